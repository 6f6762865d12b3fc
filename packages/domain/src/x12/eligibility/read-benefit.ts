import {
  AUTHORIZATION_INDICATOR_CODES,
  BENEFIT_INFORMATION_CODES,
  COVERAGE_LEVEL_CODES,
  INSURANCE_TYPE_CODES,
  NETWORK_INDICATOR_CODES,
  QUANTITY_QUALIFIER_CODES,
  TIME_PERIOD_CODES,
} from '../codes/benefit-codes.ts';
import { SERVICE_TYPE_CODES } from '../codes/service-type-codes.ts';
import { checkCode, requireElement } from '../core/check-code.ts';
import { readAddressSegment, readParty, readQualifiedDate, readReference } from '../core/party.ts';
import type { X12Problem } from '../core/problems.ts';
import { readRejection } from '../core/rejection.ts';
import type { X12Segment } from '../core/segment.ts';
import { components, element, optionalElement, problemAt, repetitions } from '../core/segment.ts';
import { parseCents, parseDecimal } from '../core/values.ts';
import type { Benefit, NetworkIndicator, RelatedEntity } from './eligibility-types.ts';

const RELATED_ENTITY_MEANINGS: Readonly<Record<string, string>> = {
  '13': 'Contracted service provider',
  '1I': 'Preferred provider organization',
  '1P': 'Provider',
  '2B': 'Third-party administrator',
  '36': 'Employer',
  '73': 'Other physician',
  FA: 'Facility',
  GP: 'Gateway provider',
  GW: 'Group',
  I3: 'Independent physicians association',
  IL: 'Insured or subscriber',
  LR: 'Legal representative',
  P3: 'Primary care provider',
  P4: 'Prior insurance carrier',
  P5: 'Plan sponsor',
  PR: 'Payer',
  PRP: 'Primary payer',
  SEP: 'Secondary payer',
  TTP: 'Tertiary payer',
  VER: 'Party performing verification',
  VN: 'Vendor',
  VY: 'Organization completing configuration change',
  X3: 'Utilization management organization',
  Y2: 'Managed care organization',
};

function readNetwork(value: string): NetworkIndicator {
  if (value === 'Y') return 'in';
  if (value === 'N') return 'out';
  if (value === 'W') return 'both';
  return null;
}

function readAmount(eb: X12Segment, n: number, problems: X12Problem[]): number | null {
  const raw = element(eb, n);
  if (raw === '') return null;
  const cents = parseCents(raw);
  if (cents === null) {
    problems.push(
      problemAt(
        eb,
        n,
        'error',
        'INVALID_VALUE',
        `EB${String(n).padStart(2, '0')} "${raw}" is not an amount.`,
      ),
    );
  }
  return cents;
}

/**
 * EB08 is a fraction (0.20 = 20%). Some payers write the percentage itself (20): a value above 1
 * and up to 100 is read as a percentage, with a warning, since a person would read it that way.
 */
function readPercent(eb: X12Segment, problems: X12Problem[]): number | null {
  const raw = element(eb, 8);
  if (raw === '') return null;
  const value = parseDecimal(raw);
  if (value === null || value < 0 || value > 100) {
    problems.push(
      problemAt(
        eb,
        8,
        'error',
        'INVALID_VALUE',
        `EB08 "${raw}" is not a percentage written as a decimal (0.20 = 20%).`,
      ),
    );
    return null;
  }
  if (value > 1) {
    problems.push(
      problemAt(
        eb,
        8,
        'warning',
        'INVALID_VALUE',
        `EB08 "${raw}" should be a decimal fraction (0.20 = 20%); read as ${raw}%.`,
      ),
    );
    return Math.round(value * 100) / 10_000;
  }
  return value;
}

function readQuantity(eb: X12Segment, problems: X12Problem[]): Benefit['quantity'] {
  const qualifier = element(eb, 9);
  const raw = element(eb, 10);
  if (qualifier === '' && raw === '') return null;
  if (qualifier === '' || raw === '') {
    problems.push(
      problemAt(
        eb,
        qualifier === '' ? 9 : 10,
        'error',
        'MISSING_ELEMENT',
        'EB09 and EB10 (quantity qualifier and quantity) must appear together.',
      ),
    );
    return null;
  }
  checkCode(QUANTITY_QUALIFIER_CODES, eb, 9, problems);
  const value = parseDecimal(raw);
  if (value === null) {
    problems.push(problemAt(eb, 10, 'error', 'INVALID_VALUE', `EB10 "${raw}" is not a quantity.`));
    return null;
  }
  return {
    qualifier,
    meaning: QUANTITY_QUALIFIER_CODES.byCode.get(qualifier)?.meaning ?? null,
    value,
  };
}

function readProcedure(eb: X12Segment): Benefit['procedure'] {
  const [qualifier = '', code = '', ...rest] = components(eb, 13);
  if (qualifier === '' && code === '') return null;
  return { qualifier, code, modifiers: rest.slice(0, 4).filter((m) => m !== '') };
}

function checkBenefitCodes(eb: X12Segment, problems: X12Problem[]): void {
  if (requireElement(eb, 1, problems, 'EB01 (eligibility or benefit information code)')) {
    checkCode(BENEFIT_INFORMATION_CODES, eb, 1, problems);
  }
  checkCode(COVERAGE_LEVEL_CODES, eb, 2, problems);
  checkCode(SERVICE_TYPE_CODES, eb, 3, problems, { repeating: true });
  checkCode(INSURANCE_TYPE_CODES, eb, 4, problems);
  checkCode(TIME_PERIOD_CODES, eb, 6, problems);
  checkCode(AUTHORIZATION_INDICATOR_CODES, eb, 11, problems);
  checkCode(NETWORK_INDICATOR_CODES, eb, 12, problems);
}

/** Reads an EB line and the segments of its loop (up to the next EB). */
export function readBenefit(loop: readonly X12Segment[], problems: X12Problem[]): Benefit | null {
  const eb = loop[0];
  if (eb?.id !== 'EB') return null;
  checkBenefitCodes(eb, problems);
  const code = element(eb, 1);
  const entry = BENEFIT_INFORMATION_CODES.byCode.get(code);
  const timePeriod = optionalElement(eb, 6);
  const auth = element(eb, 11);
  const benefit: Benefit = {
    segmentIndex: eb.index,
    code,
    meaning: entry?.meaning ?? `Unknown EB01 code "${code}"`,
    category: entry?.category ?? 'other',
    coverageLevel: optionalElement(eb, 2),
    serviceTypes: repetitions(eb, 3),
    insuranceType: optionalElement(eb, 4),
    planDescription: optionalElement(eb, 5),
    timePeriod,
    timePeriodMeaning:
      timePeriod === null ? null : (TIME_PERIOD_CODES.byCode.get(timePeriod)?.meaning ?? null),
    amountCents: readAmount(eb, 7, problems),
    percent: readPercent(eb, problems),
    quantity: readQuantity(eb, problems),
    authorizationRequired: auth === 'Y' ? true : auth === 'N' ? false : null,
    network: readNetwork(element(eb, 12)),
    procedure: readProcedure(eb),
    dates: [],
    references: [],
    deliveries: [],
    messages: [],
    relatedEntities: [],
    rejections: [],
  };
  readBenefitDetails(loop.slice(1), benefit, problems);
  return benefit;
}

function readBenefitDetails(
  segments: readonly X12Segment[],
  benefit: Benefit,
  problems: X12Problem[],
): void {
  let entity: RelatedEntity | null = null;
  let inEntityLoop = false;
  for (const segment of segments) {
    switch (segment.id) {
      case 'LS':
        inEntityLoop = true;
        break;
      case 'LE':
        inEntityLoop = false;
        entity = null;
        break;
      case 'NM1': {
        const party = readParty(segment);
        entity = {
          ...party,
          meaningOfEntity: RELATED_ENTITY_MEANINGS[party.entityCode] ?? null,
          address: null,
          contacts: [],
        };
        benefit.relatedEntities.push(entity);
        break;
      }
      case 'N3':
      case 'N4':
        if (entity !== null) entity.address = readAddressSegment(segment, entity.address);
        break;
      case 'PER':
        if (entity !== null) entity.contacts.push(readContact(segment));
        break;
      case 'MSG':
        benefit.messages.push(element(segment, 1));
        break;
      case 'DTP': {
        const date = readQualifiedDate(segment, problems);
        if (date !== null && !inEntityLoop) benefit.dates.push(date);
        break;
      }
      case 'REF':
        if (!inEntityLoop) benefit.references.push(readReference(segment));
        break;
      case 'HSD':
        benefit.deliveries.push(segment.elements.slice(1));
        break;
      case 'AAA':
        benefit.rejections.push(readRejection(segment, 'benefit', problems));
        break;
      default:
        break;
    }
  }
}

/** PER: name, then up to three (qualifier, number) pairs. */
export function readContact(per: X12Segment): RelatedEntity['contacts'][number] {
  const channels: { qualifier: string; value: string }[] = [];
  for (let n = 3; n <= 7; n += 2) {
    const qualifier = element(per, n);
    const value = element(per, n + 1);
    if (qualifier !== '' && value !== '') channels.push({ qualifier, value });
  }
  return { name: optionalElement(per, 2), channels };
}
