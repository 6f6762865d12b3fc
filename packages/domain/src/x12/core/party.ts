import type { X12Problem } from './problems.ts';
import type { X12Segment } from './segment.ts';
import { element, optionalElement, problemAt } from './segment.ts';
import type { DateRange } from './values.ts';
import { parseDate8, parseDateValue } from './values.ts';
import { DATE_QUALIFIER_CODES } from '../codes/date-qualifier-codes.ts';
import { checkCode } from './check-code.ts';

/** A person or organization named by an NM1 (payer, provider, subscriber, related entity). */
export interface X12Party {
  /** NM101, e.g. PR payer, 1P provider, IL subscriber, 03 dependent, P3 primary care provider. */
  entityCode: string;
  entityType: 'person' | 'organization' | null;
  /** Organization name, or "LAST, FIRST MIDDLE" for a person. */
  name: string;
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  suffix: string | null;
  /** NM108, e.g. PI payer id, XX NPI, MI member id. */
  idQualifier: string | null;
  id: string | null;
  segmentIndex: number;
}

export interface X12Address {
  lines: string[];
  city: string | null;
  state: string | null;
  postalCode: string | null;
}

export interface X12Reference {
  qualifier: string;
  value: string;
  description: string | null;
}

export interface QualifiedDate extends DateRange {
  qualifier: string;
  meaning: string;
  segmentIndex: number;
}

export function readParty(nm1: X12Segment): X12Party {
  const type = element(nm1, 2);
  const lastName = optionalElement(nm1, 3);
  const firstName = optionalElement(nm1, 4);
  const middleName = optionalElement(nm1, 5);
  const person = type === '1';
  const given = [firstName, middleName].filter((v) => v !== null).join(' ');
  return {
    entityCode: element(nm1, 1),
    entityType: person ? 'person' : type === '2' ? 'organization' : null,
    name: person && given !== '' ? `${lastName ?? ''}, ${given}` : (lastName ?? ''),
    lastName,
    firstName,
    middleName,
    suffix: optionalElement(nm1, 7),
    idQualifier: optionalElement(nm1, 8),
    id: optionalElement(nm1, 9),
    segmentIndex: nm1.index,
  };
}

/** Adds an N3 (address lines) or N4 (city, state, ZIP) to an address. */
export function readAddressSegment(segment: X12Segment, address: X12Address | null): X12Address {
  const result = address ?? { lines: [], city: null, state: null, postalCode: null };
  if (segment.id === 'N3') {
    result.lines.push(...[element(segment, 1), element(segment, 2)].filter((v) => v !== ''));
  } else if (segment.id === 'N4') {
    result.city = optionalElement(segment, 1);
    result.state = optionalElement(segment, 2);
    result.postalCode = optionalElement(segment, 3);
  }
  return result;
}

export function readReference(ref: X12Segment): X12Reference {
  return {
    qualifier: element(ref, 1),
    value: element(ref, 2),
    description: optionalElement(ref, 3),
  };
}

export interface Demographics {
  birthDate: string | null;
  sex: 'F' | 'M' | 'U' | null;
}

export function readDemographics(dmg: X12Segment, problems: X12Problem[]): Demographics {
  const format = element(dmg, 1);
  const raw = element(dmg, 2);
  let birthDate: string | null = null;
  if (raw !== '') {
    birthDate = format === 'D8' ? parseDate8(raw) : null;
    if (birthDate === null) {
      problems.push(
        problemAt(
          dmg,
          2,
          'error',
          'INVALID_VALUE',
          `DMG02 "${raw}" is not a date CCYYMMDD (DMG01 D8).`,
        ),
      );
    }
  }
  const sexCode = element(dmg, 3);
  let sex: Demographics['sex'] = null;
  if (sexCode === 'F' || sexCode === 'M' || sexCode === 'U') sex = sexCode;
  else if (sexCode !== '') {
    problems.push(
      problemAt(dmg, 3, 'warning', 'UNKNOWN_CODE', `DMG03 "${sexCode}" is not F, M or U.`),
    );
  }
  return { birthDate, sex };
}

/** A DTP segment (qualifier, D8/RD8 format, value) checked against the qualifier table. */
export function readQualifiedDate(dtp: X12Segment, problems: X12Problem[]): QualifiedDate | null {
  checkCode(DATE_QUALIFIER_CODES, dtp, 1, problems);
  const range = parseDateValue(element(dtp, 2), element(dtp, 3));
  if (range === null) {
    problems.push(
      problemAt(
        dtp,
        3,
        'error',
        'INVALID_VALUE',
        `DTP03 "${element(dtp, 3)}" is not a valid ${element(dtp, 2) || 'date'} value (D8 CCYYMMDD or RD8 CCYYMMDD-CCYYMMDD).`,
      ),
    );
    return null;
  }
  const qualifier = element(dtp, 1);
  return {
    qualifier,
    meaning: DATE_QUALIFIER_CODES.byCode.get(qualifier)?.meaning ?? 'Unknown date qualifier',
    ...range,
    segmentIndex: dtp.index,
  };
}

export interface TraceNumber {
  /** TRN01: 1 current transaction trace (ours), 2 referenced (echoed back). */
  type: string;
  number: string;
  originatorId: string | null;
  supplementalId: string | null;
}

export function readTrace(trn: X12Segment): TraceNumber {
  return {
    type: element(trn, 1),
    number: element(trn, 2),
    originatorId: optionalElement(trn, 3),
    supplementalId: optionalElement(trn, 4),
  };
}
