import { ADJUSTMENT_GROUP_CODES, ADJUSTMENT_REASON_CODES } from '../codes/remittance-codes.ts';
import { REMITTANCE_DATE_QUALIFIER_CODES } from '../codes/date-qualifier-codes.ts';
import { checkCode } from '../core/check-code.ts';
import type { X12Party } from '../core/party.ts';
import type { X12Problem } from '../core/problems.ts';
import type { X12Segment } from '../core/segment.ts';
import { components, element, optionalElement, problemAt } from '../core/segment.ts';
import { parseCents, parseDate8, parseDecimal } from '../core/values.ts';
import type { Adjustment, RemittanceAmount, RemittanceDate } from './remittance-types.ts';

/** A money element in cents; reports and returns 0 when it is not an amount (the file is then refused). */
export function readMoney(
  segment: X12Segment,
  n: number,
  problems: X12Problem[],
  required = true,
): number | null {
  const raw = element(segment, n);
  if (raw === '') {
    if (required) {
      problems.push(
        problemAt(
          segment,
          n,
          'error',
          'MISSING_ELEMENT',
          `${segment.id}${String(n).padStart(2, '0')} (amount) is required.`,
        ),
      );
      return 0;
    }
    return null;
  }
  const cents = parseCents(raw);
  if (cents === null) {
    problems.push(
      problemAt(
        segment,
        n,
        'error',
        'INVALID_VALUE',
        `${segment.id}${String(n).padStart(2, '0')} "${raw}" is not an amount.`,
      ),
    );
    return 0;
  }
  return cents;
}

export function readQuantity(
  segment: X12Segment,
  n: number,
  problems: X12Problem[],
): number | null {
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
        `${segment.id}${String(n).padStart(2, '0')} "${raw}" is not a quantity.`,
      ),
    );
  }
  return value;
}

/** CAS: a group code and up to six (reason, amount, quantity) triples. */
export function readAdjustments(cas: X12Segment, problems: X12Problem[]): Adjustment[] {
  checkCode(ADJUSTMENT_GROUP_CODES, cas, 1, problems);
  const group = element(cas, 1);
  const adjustments: Adjustment[] = [];
  for (let n = 2; n <= 17; n += 3) {
    const reason = element(cas, n);
    if (reason === '') {
      if (element(cas, n + 1) !== '') {
        problems.push(
          problemAt(
            cas,
            n,
            'error',
            'MISSING_ELEMENT',
            'An adjustment amount needs its reason code.',
          ),
        );
      }
      continue;
    }
    adjustments.push({
      group,
      groupMeaning: ADJUSTMENT_GROUP_CODES.byCode.get(group)?.meaning ?? null,
      reason,
      reasonMeaning: ADJUSTMENT_REASON_CODES.byCode.get(reason)?.meaning ?? null,
      amountCents: readMoney(cas, n + 1, problems) ?? 0,
      quantity: readQuantity(cas, n + 2, problems),
      segmentIndex: cas.index,
    });
  }
  if (adjustments.length === 0) {
    problems.push(
      problemAt(
        cas,
        2,
        'error',
        'MISSING_ELEMENT',
        'CAS needs at least one reason code and amount.',
      ),
    );
  }
  return adjustments;
}

export function readRemittanceDate(dtm: X12Segment, problems: X12Problem[]): RemittanceDate | null {
  checkCode(REMITTANCE_DATE_QUALIFIER_CODES, dtm, 1, problems);
  const date = parseDate8(element(dtm, 2));
  if (date === null) {
    problems.push(
      problemAt(
        dtm,
        2,
        'error',
        'INVALID_VALUE',
        `DTM02 "${element(dtm, 2)}" is not a date CCYYMMDD.`,
      ),
    );
    return null;
  }
  const qualifier = element(dtm, 1);
  return {
    qualifier,
    meaning: REMITTANCE_DATE_QUALIFIER_CODES.byCode.get(qualifier)?.meaning ?? null,
    date,
  };
}

export function readAmount(amt: X12Segment, problems: X12Problem[]): RemittanceAmount {
  return { qualifier: element(amt, 1), amountCents: readMoney(amt, 2, problems) ?? 0 };
}

/** SVC01 / SVC06 composite: qualifier, code, up to four modifiers. */
export function readProcedure(
  segment: X12Segment,
  n: number,
): { qualifier: string; code: string; modifiers: string[] } | null {
  const [qualifier = '', code = '', ...modifiers] = components(segment, n);
  if (qualifier === '' && code === '') return null;
  return { qualifier, code, modifiers: modifiers.slice(0, 4).filter((m) => m !== '') };
}

/** N1 (835 payer/payee): N101 entity, N102 name, N103/N104 id. */
export function readN1(n1: X12Segment): X12Party {
  return {
    entityCode: element(n1, 1),
    entityType: 'organization',
    name: element(n1, 2),
    lastName: optionalElement(n1, 2),
    firstName: null,
    middleName: null,
    suffix: null,
    idQualifier: optionalElement(n1, 3),
    id: optionalElement(n1, 4),
    segmentIndex: n1.index,
  };
}
