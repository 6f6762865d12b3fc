import {
  CERTIFICATION_TYPE_CODES,
  LEVEL_OF_SERVICE_CODES,
  REQUEST_CATEGORY_CODES,
  REVIEW_ACTION_CODES,
  REVIEW_REFERENCE_CODES,
} from '../codes/authorization-codes.ts';
import { SERVICE_TYPE_CODES } from '../codes/service-type-codes.ts';
import { checkCode, requireElement } from '../core/check-code.ts';
import { readParty, readQualifiedDate, readReference, readTrace } from '../core/party.ts';
import type { X12Problem } from '../core/problems.ts';
import type { RejectionLevel } from '../core/rejection.ts';
import { readRejection } from '../core/rejection.ts';
import type { X12Segment } from '../core/segment.ts';
import { components, element, optionalElement, problemAt } from '../core/segment.ts';
import { parseCents, parseDate8, parseDecimal } from '../core/values.ts';
import type {
  Diagnosis,
  PatientEvent,
  ReviewDecision,
  ReviewRequest,
  ServiceDelivery,
  ServiceLine,
} from './authorization-types.ts';

function readRequest(um: X12Segment, problems: X12Problem[]): ReviewRequest {
  requireElement(um, 1, problems, 'UM01 (request category)');
  checkCode(REQUEST_CATEGORY_CODES, um, 1, problems);
  checkCode(CERTIFICATION_TYPE_CODES, um, 2, problems);
  checkCode(SERVICE_TYPE_CODES, um, 3, problems);
  checkCode(LEVEL_OF_SERVICE_CODES, um, 6, problems);
  const [facilityCode = '', facilityQualifier = ''] = components(um, 4);
  const serviceType = optionalElement(um, 3);
  const levelOfService = optionalElement(um, 6);
  return {
    category: element(um, 1),
    categoryMeaning: REQUEST_CATEGORY_CODES.byCode.get(element(um, 1))?.meaning ?? null,
    certificationType: element(um, 2),
    certificationTypeMeaning: CERTIFICATION_TYPE_CODES.byCode.get(element(um, 2))?.meaning ?? null,
    serviceType,
    serviceTypeMeaning:
      serviceType === null ? null : (SERVICE_TYPE_CODES.byCode.get(serviceType)?.meaning ?? null),
    facility:
      facilityCode === ''
        ? null
        : { code: facilityCode, qualifier: facilityQualifier === '' ? null : facilityQualifier },
    levelOfService,
    levelOfServiceMeaning:
      levelOfService === null
        ? null
        : (LEVEL_OF_SERVICE_CODES.byCode.get(levelOfService)?.meaning ?? null),
  };
}

function readDecision(hcr: X12Segment, problems: X12Problem[]): ReviewDecision {
  requireElement(hcr, 1, problems, 'HCR01 (action code)');
  checkCode(REVIEW_ACTION_CODES, hcr, 1, problems);
  const action = element(hcr, 1);
  const entry = REVIEW_ACTION_CODES.byCode.get(action);
  return {
    action,
    outcome: entry?.outcome ?? 'unknown',
    meaning: entry?.meaning ?? `Unknown HCR01 action "${action}"`,
    certificationNumber: optionalElement(hcr, 2),
    reasonCode: optionalElement(hcr, 3),
    segmentIndex: hcr.index,
  };
}

function readNumber(segment: X12Segment, n: number, problems: X12Problem[]): number | null {
  const raw = element(segment, n);
  if (raw === '') return null;
  const value = parseDecimal(raw);
  if (value === null) {
    problems.push(
      problemAt(
        segment,
        n,
        'error',
        'INVALID_VALUE',
        `${segment.id}${String(n).padStart(2, '0')} "${raw}" is not a number.`,
      ),
    );
  }
  return value;
}

function readDelivery(hsd: X12Segment, problems: X12Problem[]): ServiceDelivery {
  return {
    quantityQualifier: optionalElement(hsd, 1),
    quantity: readNumber(hsd, 2, problems),
    unit: optionalElement(hsd, 3),
    perUnit: readNumber(hsd, 4, problems),
    periodQualifier: optionalElement(hsd, 5),
    periodCount: readNumber(hsd, 6, problems),
    pattern: optionalElement(hsd, 7),
    time: optionalElement(hsd, 8),
  };
}

function readDiagnoses(hi: X12Segment): Diagnosis[] {
  const diagnoses: Diagnosis[] = [];
  for (let n = 1; n < hi.elements.length; n++) {
    const [qualifier = '', code = '', format = '', date = ''] = components(hi, n);
    if (code === '') continue;
    diagnoses.push({
      qualifier,
      code,
      principal: qualifier === 'ABK' || qualifier === 'BK',
      date: format === 'D8' ? parseDate8(date) : null,
    });
  }
  return diagnoses;
}

function readServiceLine(segment: X12Segment, problems: X12Problem[]): ServiceLine {
  const institutional = segment.id === 'SV2';
  const procedureAt = institutional ? 2 : 1;
  const [qualifier = '', code = '', ...modifiers] = components(segment, procedureAt);
  const chargeRaw = element(segment, procedureAt + 1);
  const charge = chargeRaw === '' ? null : parseCents(chargeRaw);
  if (chargeRaw !== '' && charge === null) {
    problems.push(
      problemAt(
        segment,
        procedureAt + 1,
        'error',
        'INVALID_VALUE',
        `"${chargeRaw}" is not an amount.`,
      ),
    );
  }
  return {
    kind: institutional ? 'institutional' : 'professional',
    revenueCode: institutional ? optionalElement(segment, 1) : null,
    procedure:
      code === ''
        ? null
        : { qualifier, code, modifiers: modifiers.filter((m) => m !== '').slice(0, 4) },
    chargeCents: charge,
    unitType: optionalElement(segment, procedureAt + 2),
    units: readNumber(segment, procedureAt + 3, problems),
  };
}

/** Reads a 2000E patient event or 2000F service level (without its children). */
export function readReviewLevel(
  hl: X12Segment,
  segments: readonly X12Segment[],
  level: RejectionLevel,
  problems: X12Problem[],
): PatientEvent & { line: ServiceLine | null } {
  const result: PatientEvent & { line: ServiceLine | null } = {
    segmentIndex: hl.index,
    traces: [],
    request: null,
    decision: null,
    dates: [],
    deliveries: [],
    references: [],
    messages: [],
    providers: [],
    rejections: [],
    approved: null,
    diagnoses: [],
    services: [],
    line: null,
  };
  for (const segment of segments) {
    switch (segment.id) {
      case 'TRN':
        result.traces.push(readTrace(segment));
        break;
      case 'UM':
        result.request ??= readRequest(segment, problems);
        break;
      case 'HCR':
        result.decision ??= readDecision(segment, problems);
        break;
      case 'AAA':
        result.rejections.push(readRejection(segment, level, problems));
        break;
      case 'DTP': {
        const date = readQualifiedDate(segment, problems);
        if (date !== null) result.dates.push(date);
        break;
      }
      case 'HSD':
        result.deliveries.push(readDelivery(segment, problems));
        break;
      case 'HI':
        result.diagnoses.push(...readDiagnoses(segment));
        break;
      case 'REF':
        checkCode(REVIEW_REFERENCE_CODES, segment, 1, problems);
        result.references.push(readReference(segment));
        break;
      case 'MSG':
        result.messages.push(element(segment, 1));
        break;
      case 'NM1':
        result.providers.push(readParty(segment));
        break;
      case 'SV1':
      case 'SV2':
        result.line ??= readServiceLine(segment, problems);
        break;
      default:
        break;
    }
  }
  return result;
}
