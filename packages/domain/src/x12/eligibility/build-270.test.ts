import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLuhnCheckDigit } from '../../identifiers/npi.ts';
import { checkX12 } from '../analyze.ts';
import { SERVICE_TYPE_CODES } from '../codes/service-type-codes.ts';
import { X12BuildError } from '../core/write.ts';
import { read270 } from '../read-x12.ts';
import type { EligibilityInquiry } from './build-270.ts';
import { buildEligibilityInquiry } from './build-270.ts';

const BASE: EligibilityInquiry = {
  envelope: {
    sender: { qualifier: 'ZZ', id: 'INFUSIO' },
    receiver: { qualifier: 'ZZ', id: 'CLEARINGHOUSE' },
    interchangeControlNumber: 17,
    groupControlNumber: 17,
    transactionControlNumber: 17,
    date: '2026-03-02',
    time: '09:30',
    usage: 'T',
  },
  reference: 'ADM-17',
  payer: { name: 'DEMO HEALTH', id: '12345' },
  provider: { organizationName: 'INFUSIO HOME INFUSION', npi: '1234567893' },
  subscriber: {
    memberId: 'W123456789',
    lastName: 'DOE',
    firstName: 'JOHN',
    birthDate: '1958-11-30',
    sex: 'M',
  },
  trace: { number: 'ADM-17-1', originatorId: '1999999999' },
  serviceDate: '2026-03-02',
};

describe('buildEligibilityInquiry', () => {
  it('asks for a dependent with the TR3 hierarchy: payer, provider, subscriber, dependent', () => {
    const text = buildEligibilityInquiry(
      {
        ...BASE,
        dependent: { lastName: 'DOE', firstName: 'JANE', birthDate: '2012-06-01', sex: 'F' },
      },
      { lineBreaks: false },
    );
    expect(text.split('~').slice(4, -4)).toEqual([
      'HL*1**20*1',
      'NM1*PR*2*DEMO HEALTH*****PI*12345',
      'HL*2*1*21*1',
      'NM1*1P*2*INFUSIO HOME INFUSION*****XX*1234567893',
      'HL*3*2*22*1',
      'NM1*IL*1*DOE*JOHN****MI*W123456789',
      'DMG*D8*19581130*M',
      'HL*4*3*23*0',
      'TRN*1*ADM-17-1*1999999999',
      'NM1*03*1*DOE*JANE',
      'DMG*D8*20120601*F',
      'DTP*291*D8*20260302',
      'EQ*30^1^12^18^42^88^78',
    ]);
    expect(checkX12(text)).toEqual([]);
    const [inquiry] = read270(text).inquiries;
    expect(inquiry?.patientRole).toBe('dependent');
    expect(inquiry?.dependent?.birthDate).toBe('2012-06-01');
  });

  it('writes a fixed-width ISA and matching control numbers and counts', () => {
    const lines = buildEligibilityInquiry(BASE).trimEnd().split('\n');
    expect(lines[0]).toHaveLength(106);
    expect(lines[0]).toBe(
      'ISA*00*          *00*          *ZZ*INFUSIO        *ZZ*CLEARINGHOUSE  *260302*0930*^*00501*000000017*0*T*:~',
    );
    expect(lines.slice(-3)).toEqual(['SE*13*0017~', 'GE*1*17~', 'IEA*1*000000017~']);
  });

  it('can ask each service type in its own EQ', () => {
    const text = buildEligibilityInquiry({
      ...BASE,
      serviceTypes: ['30', '42'],
      serviceTypeEncoding: 'separate',
    });
    expect(text).toContain('EQ*30~\nEQ*42~');
    expect(read270(text).inquiries[0]?.serviceTypes).toEqual(['30', '42']);
  });

  it.each([
    [{ subscriber: { ...BASE.subscriber, lastName: 'DOE*SMITH' } }, 'subscriber'],
    [{ provider: { organizationName: 'INFUSIO', npi: '1234567890' } }, 'provider.npi'],
    [{ serviceTypes: ['30', 'HOME'] }, 'serviceTypes'],
    [{ serviceDate: '2026-02-30' }, 'serviceDate'],
    [{ trace: { number: 'T1', originatorId: '123' } }, 'trace.originatorId'],
    [
      { envelope: { ...BASE.envelope, interchangeControlNumber: 0 } },
      'envelope.interchangeControlNumber',
    ],
  ] as [Partial<EligibilityInquiry>, string][])(
    'refuses an input it cannot write and names the field (%#)',
    (change, field) => {
      expect(() => buildEligibilityInquiry({ ...BASE, ...change })).toThrow(X12BuildError);
      try {
        buildEligibilityInquiry({ ...BASE, ...change });
      } catch (error) {
        expect(error instanceof X12BuildError ? error.field : null).toBe(field);
      }
    },
  );
});

const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const nameArb = fc
  .tuple(
    upper,
    fc.array(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ -.'".split('')), { maxLength: 20 }),
  )
  .map(([first, rest]) => `${first}${rest.join('')}`.trimEnd());
const idArb = fc
  .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('')), {
    minLength: 1,
    maxLength: 20,
  })
  .map((c) => c.join(''));
const dateArb = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const npiArb = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .map((digits) => {
    const payload = `1${digits.slice(1).join('')}`;
    return `${payload}${String(computeLuhnCheckDigit(`80840${payload}`))}`;
  });
const personArb = fc.record(
  {
    lastName: nameArb,
    firstName: nameArb,
    birthDate: dateArb,
    sex: fc.constantFrom('F' as const, 'M' as const, 'U' as const),
  },
  { requiredKeys: ['lastName', 'firstName'] },
);
const inquiryArb: fc.Arbitrary<EligibilityInquiry> = fc.record(
  {
    envelope: fc.record({
      sender: fc.record({ qualifier: fc.constant('ZZ'), id: idArb.map((s) => s.slice(0, 15)) }),
      receiver: fc.record({ qualifier: fc.constant('ZZ'), id: idArb.map((s) => s.slice(0, 15)) }),
      interchangeControlNumber: fc.integer({ min: 1, max: 999_999_999 }),
      groupControlNumber: fc.integer({ min: 1, max: 999_999_999 }),
      transactionControlNumber: fc.integer({ min: 1, max: 999_999_999 }),
      date: dateArb,
      time: fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      usage: fc.constantFrom('T' as const, 'P' as const),
    }),
    reference: idArb,
    payer: fc.record({ name: nameArb, id: idArb }),
    provider: fc.oneof(
      fc.record({ organizationName: nameArb, npi: npiArb }),
      fc.record({ lastName: nameArb, firstName: nameArb, npi: npiArb }),
    ),
    subscriber: fc.tuple(personArb, idArb).map(([person, memberId]) => ({ ...person, memberId })),
    dependent: fc.option(personArb, { nil: undefined }),
    trace: fc.record({
      number: idArb,
      originatorId: fc
        .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
        .map((d) => `1${d.join('')}`),
    }),
    serviceTypes: fc.uniqueArray(
      fc.constantFrom(...SERVICE_TYPE_CODES.entries.map((e) => e.code)),
      { minLength: 1, maxLength: 12 },
    ),
    serviceTypeEncoding: fc.constantFrom('repeat' as const, 'separate' as const),
    serviceDate: fc.oneof(
      dateArb,
      fc
        .tuple(dateArb, dateArb)
        .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
    ),
  },
  {
    requiredKeys: [
      'envelope',
      'reference',
      'payer',
      'provider',
      'subscriber',
      'trace',
      'serviceTypes',
      'serviceDate',
    ],
  },
);

describe('build → check → read round trip', () => {
  it('holds for arbitrary valid inquiries', () => {
    fc.assert(
      fc.property(inquiryArb, fc.boolean(), (inquiry, lineBreaks) => {
        const text = buildEligibilityInquiry(inquiry, { lineBreaks });
        expect(checkX12(text)).toEqual([]);
        const [read] = read270(text).inquiries;
        const patient = inquiry.dependent ?? inquiry.subscriber;
        const readPatient = inquiry.dependent === undefined ? read?.subscriber : read?.dependent;
        expect(read?.patientRole).toBe(
          inquiry.dependent === undefined ? 'subscriber' : 'dependent',
        );
        expect(read?.subscriber?.id).toBe(inquiry.subscriber.memberId);
        expect(read?.subscriber?.lastName).toBe(inquiry.subscriber.lastName);
        expect(readPatient?.firstName).toBe(patient.firstName);
        expect(readPatient?.birthDate ?? undefined).toBe(patient.birthDate);
        expect(read?.payer?.id).toBe(inquiry.payer.id);
        expect(read?.provider?.id).toBe(inquiry.provider.npi);
        expect(read?.traces.map((t) => t.number)).toEqual([inquiry.trace.number]);
        expect(read?.serviceTypes).toEqual(inquiry.serviceTypes);
        const asked =
          typeof inquiry.serviceDate === 'string'
            ? { start: inquiry.serviceDate, end: inquiry.serviceDate }
            : inquiry.serviceDate;
        expect(read?.dates.find((d) => d.qualifier === '291')).toMatchObject(asked);
        expect(read?.transaction.interchangeControlNumber).toBe(
          String(inquiry.envelope.interchangeControlNumber).padStart(9, '0'),
        );
      }),
      { numRuns: 300 },
    );
  });
});
