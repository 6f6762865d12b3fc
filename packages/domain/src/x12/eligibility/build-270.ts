import { isValidNpi } from '../../identifiers/npi.ts';
import { HOME_INFUSION_SERVICE_TYPES, SERVICE_TYPE_CODES } from '../codes/service-type-codes.ts';
import type { EnvelopeInput, WriteOptions } from '../core/write.ts';
import {
  DEFAULT_SEPARATORS,
  SegmentWriter,
  X12BuildError,
  writeInterchange,
} from '../core/write.ts';
import type { DateRange } from '../core/values.ts';
import { formatDate8, parseDate8 } from '../core/values.ts';

export interface InquiryPerson {
  lastName: string;
  firstName: string;
  middleName?: string;
  /** ISO date YYYY-MM-DD. */
  birthDate?: string;
  sex?: 'F' | 'M' | 'U';
}

export interface InquirySubscriber extends InquiryPerson {
  memberId: string;
  groupNumber?: string;
}

/** The provider asking: an organization name or a person, with its NPI. */
export type InquiryProvider =
  { organizationName: string; npi: string } | { lastName: string; firstName: string; npi: string };

/** Everything a 005010X279A1 270 needs for one patient; control numbers come from the caller. */
export interface EligibilityInquiry {
  envelope: EnvelopeInput;
  /** BHT03, our reference for the inquiry. */
  reference: string;
  payer: { name: string; id: string; idQualifier?: 'PI' | 'XV' };
  provider: InquiryProvider;
  subscriber: InquirySubscriber;
  /** Only when the patient is a dependent without an own member id. */
  dependent?: InquiryPerson;
  /** TRN02 our trace number, TRN03 the originating company id (10 characters, e.g. '1' + EIN). */
  trace: { number: string; originatorId: string };
  /** EQ01 service types; default 30, 1, 12, 18, 42, 88, 78 (DOMAIN.md §2.1). */
  serviceTypes?: readonly string[];
  /** How to ask several service types: one EQ with repetitions (default) or one EQ each. */
  serviceTypeEncoding?: 'repeat' | 'separate';
  /** Date of service asked about (DTP*291): a date or a range. */
  serviceDate: string | DateRange;
}

function checkDate(value: string, field: string): string {
  if (parseDate8(formatDate8(value)) === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new X12BuildError(field, `"${value}" is not a date YYYY-MM-DD.`);
  }
  return formatDate8(value);
}

function checkText(value: string, max: number, field: string): string {
  if (value.trim() === '') throw new X12BuildError(field, 'is required.');
  if (value.length > max) throw new X12BuildError(field, `at most ${String(max)} characters.`);
  return value;
}

function dateElements(value: string | DateRange, field: string): [string, string] {
  if (typeof value === 'string') return ['D8', checkDate(value, field)];
  const start = checkDate(value.start, `${field}.start`);
  const end = checkDate(value.end, `${field}.end`);
  if (end < start) throw new X12BuildError(field, 'the range ends before it starts.');
  return start === end ? ['D8', start] : ['RD8', `${start}-${end}`];
}

function checkServiceTypes(codes: readonly string[]): readonly string[] {
  if (codes.length === 0 || codes.length > 99) {
    throw new X12BuildError('serviceTypes', 'ask 1 to 99 service types.');
  }
  for (const code of codes) {
    if (!SERVICE_TYPE_CODES.byCode.has(code)) {
      throw new X12BuildError('serviceTypes', `"${code}" is not a service type code.`);
    }
  }
  return codes;
}

function writePerson(
  w: SegmentWriter,
  entity: 'IL' | '03',
  person: InquiryPerson,
  memberId: string | null,
  field: string,
): void {
  w.add(
    'NM1',
    [
      entity,
      '1',
      checkText(person.lastName, 60, `${field}.lastName`),
      checkText(person.firstName, 35, `${field}.firstName`),
      person.middleName ?? '',
      '',
      '',
      memberId === null ? '' : 'MI',
      memberId ?? '',
    ],
    field,
  );
}

function writePatientDetails(
  w: SegmentWriter,
  inquiry: EligibilityInquiry,
  person: InquiryPerson,
  field: string,
): void {
  if (person.birthDate !== undefined || person.sex !== undefined) {
    w.add(
      'DMG',
      [
        'D8',
        person.birthDate === undefined ? '' : checkDate(person.birthDate, `${field}.birthDate`),
        person.sex ?? '',
      ],
      field,
    );
  }
  w.add('DTP', ['291', ...dateElements(inquiry.serviceDate, 'serviceDate')], 'serviceDate');
  const codes = checkServiceTypes(inquiry.serviceTypes ?? HOME_INFUSION_SERVICE_TYPES);
  if (inquiry.serviceTypeEncoding === 'separate') {
    for (const code of codes) w.add('EQ', [code], 'serviceTypes');
  } else {
    w.add('EQ', [{ repeated: codes }], 'serviceTypes');
  }
}

function writeTrace(w: SegmentWriter, inquiry: EligibilityInquiry): void {
  const { number, originatorId } = inquiry.trace;
  checkText(number, 50, 'trace.number');
  if (!/^[0-9A-Z]{10}$/.test(originatorId)) {
    throw new X12BuildError(
      'trace.originatorId',
      'TRN03 is 10 characters (e.g. "1" followed by the EIN).',
    );
  }
  w.add('TRN', ['1', number, originatorId], 'trace');
}

function writeProvider(w: SegmentWriter, provider: InquiryProvider): void {
  if (!isValidNpi(provider.npi))
    throw new X12BuildError('provider.npi', `"${provider.npi}" is not a valid NPI.`);
  if ('organizationName' in provider) {
    w.add(
      'NM1',
      [
        '1P',
        '2',
        checkText(provider.organizationName, 60, 'provider.organizationName'),
        '',
        '',
        '',
        '',
        'XX',
        provider.npi,
      ],
      'provider',
    );
  } else {
    w.add(
      'NM1',
      [
        '1P',
        '1',
        checkText(provider.lastName, 60, 'provider.lastName'),
        checkText(provider.firstName, 35, 'provider.firstName'),
        '',
        '',
        '',
        'XX',
        provider.npi,
      ],
      'provider',
    );
  }
}

/**
 * Builds a 005010X279A1 270 for one patient. Pure: the envelope's control numbers, date and time
 * are inputs. Throws X12BuildError naming the field when an input cannot be written.
 */
export function buildEligibilityInquiry(
  inquiry: EligibilityInquiry,
  options: WriteOptions = {},
): string {
  const w = new SegmentWriter(options.separators ?? DEFAULT_SEPARATORS);
  const { envelope, payer, subscriber, dependent } = inquiry;
  w.add(
    'BHT',
    [
      '0022',
      '13',
      checkText(inquiry.reference, 50, 'reference'),
      formatDate8(envelope.date),
      envelope.time.replace(':', ''),
    ],
    'reference',
  );
  w.add('HL', ['1', '', '20', '1']);
  w.add(
    'NM1',
    [
      'PR',
      '2',
      checkText(payer.name, 60, 'payer.name'),
      '',
      '',
      '',
      '',
      payer.idQualifier ?? 'PI',
      checkText(payer.id, 80, 'payer.id'),
    ],
    'payer',
  );
  w.add('HL', ['2', '1', '21', '1']);
  writeProvider(w, inquiry.provider);
  w.add('HL', ['3', '2', '22', dependent === undefined ? '0' : '1']);
  if (dependent === undefined) writeTrace(w, inquiry);
  writePerson(
    w,
    'IL',
    subscriber,
    checkText(subscriber.memberId, 80, 'subscriber.memberId'),
    'subscriber',
  );
  if (subscriber.groupNumber !== undefined)
    w.add('REF', ['6P', subscriber.groupNumber], 'subscriber.groupNumber');
  if (dependent === undefined) {
    writePatientDetails(w, inquiry, subscriber, 'subscriber');
  } else {
    if (subscriber.birthDate !== undefined || subscriber.sex !== undefined) {
      w.add(
        'DMG',
        [
          'D8',
          subscriber.birthDate === undefined
            ? ''
            : checkDate(subscriber.birthDate, 'subscriber.birthDate'),
          subscriber.sex ?? '',
        ],
        'subscriber',
      );
    }
    w.add('HL', ['4', '3', '23', '0']);
    writeTrace(w, inquiry);
    writePerson(w, '03', dependent, null, 'dependent');
    writePatientDetails(w, inquiry, dependent, 'dependent');
  }
  return writeInterchange(
    envelope,
    { type: '270', functionalId: 'HS', implementation: '005010X279A1' },
    w,
    options,
  );
}
