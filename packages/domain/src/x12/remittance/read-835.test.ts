import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkX12 } from '../analyze.ts';
import { read835 } from '../read-x12.ts';
import type { RemittanceAdvice } from './remittance-types.ts';

const text = (file: string): string =>
  readFileSync(
    new URL(`../../../../../fixtures/external/x12/835/${file}`, import.meta.url),
    'utf8',
  );
const advice = (file: string): RemittanceAdvice => {
  const [first] = read835(text(file)).remittances;
  if (first === undefined) throw new Error(`${file} holds no 835`);
  return first;
};

describe('reading 835 remittances', () => {
  it('reads the managed-care remit: payment, trace, payer, payee and two balanced claims', () => {
    const remit = advice('linuxforhealth__managed-care.835');
    // BPR16 in the file is 20002316, not a date: read as null and warned about.
    expect(remit.payment).toEqual({
      handling: 'I',
      amountCents: 94_500,
      creditDebit: 'C',
      method: 'ACH',
      date: null,
    });
    expect(remit.trace).toEqual({ number: '7170066655', originatorId: '1935665544' });
    expect(remit.productionDate).toBe('2002-03-14');
    expect(remit.payer?.name).toBe('RUSHMORE LIFE');
    expect(remit.payee).toMatchObject({
      name: 'ACME MEDICAL CENTER',
      idQualifier: 'XX',
      id: '5544667733',
    });
    expect(
      remit.claims.map((c) => [
        c.patientControlNumber,
        c.status,
        c.chargeCents,
        c.paidCents,
        c.patientResponsibilityCents,
        c.isBalanced,
      ]),
    ).toEqual([
      ['5554555444', '1', 80_000, 45_000, 30_000, true],
      ['8765432112', '1', 120_000, 49_500, 60_000, true],
    ]);
    const [first] = remit.claims;
    expect(first?.adjustments).toEqual([
      expect.objectContaining({ group: 'CO', reason: 'A2', amountCents: 5000 }),
    ]);
    expect(first?.patient).toMatchObject({ name: 'BUDD, WILLIAM', id: '33344555510' });
    expect(first?.services[0]).toMatchObject({
      procedure: { qualifier: 'HC', code: '99211', modifiers: [] },
      chargeCents: 80_000,
      paidCents: 50_000,
      dates: [
        { qualifier: '150', meaning: 'Service period start', date: '2002-03-01' },
        { qualifier: '151', meaning: 'Service period end', date: '2002-03-04' },
      ],
      adjustments: [
        expect.objectContaining({
          group: 'PR',
          reason: '1',
          reasonMeaning: 'Deductible amount',
          amountCents: 30_000,
        }),
      ],
      isBalanced: true,
    });
    expect(remit.isBalanced).toBe(true);
  });

  it('balances the Medicare Part A remit with a negative provider-level adjustment', () => {
    const remit = advice('linuxforhealth__medicare-part-a.835');
    expect(remit.payment?.amountCents).toBe(15_000_000);
    expect(
      remit.claims.map((c) => [
        c.patientControlNumber,
        c.chargeCents,
        c.paidCents,
        c.filingIndicator,
      ]),
    ).toEqual([
      ['666123', 21_136_697, 13_801_840, 'MA'],
      ['777777', 1_500_000, 1_198_033, 'MB'],
    ]);
    expect(remit.providerAdjustments).toEqual([
      {
        segmentIndex: 29,
        providerId: '6543210903',
        fiscalPeriodEnd: '2002-12-31',
        reason: 'CV',
        reference: 'CP',
        amountCents: -127,
      },
    ]);
    expect(remit.isBalanced).toBe(true);
    expect(remit.claims.every((c) => c.isBalanced)).toBe(true);
  });

  it('balances the secondary-payment remit line by line', () => {
    const remit = advice('linuxforhealth__secondary-payment.835');
    const second = remit.claims[1];
    expect(second).toMatchObject({
      patientControlNumber: '0001000053',
      status: '2',
      chargeCents: 75_150,
      paidCents: 31_000,
      isBalanced: true,
    });
    expect(
      second?.services.map((s) => [s.chargeCents, s.paidCents, s.units, s.isBalanced]),
    ).toEqual([
      [16_650, 3000, 1, true],
      [58_500, 28_000, 1, true],
    ]);
    expect(second?.services[0]?.amounts).toEqual([{ qualifier: 'B6', amountCents: 15_000 }]);
    expect(second?.services[1]?.adjustments.map((a) => [a.group, a.reason, a.amountCents])).toEqual(
      [
        ['PR', '1', 15_000],
        ['PR', '2', 7000],
        ['CO', '42', 8500],
      ],
    );
  });

  it('warns that its SVC01 uses ">" while ISA16 declares ":", and keeps the raw value', () => {
    const problems = checkX12(text('linuxforhealth__secondary-payment.835'));
    expect(problems.map((p) => [p.severity, p.code, p.segmentIndex, p.element])).toEqual([
      ['warning', 'UNKNOWN_CODE', 29, 'SVC01'],
      ['warning', 'UNKNOWN_CODE', 34, 'SVC01'],
    ]);
    expect(problems[0]?.message).toContain('The component separator declared in ISA16 is ":"');
    expect(
      advice('linuxforhealth__secondary-payment.835').claims[1]?.services[0]?.procedure.qualifier,
    ).toBe('HC>12345>26');
  });

  it('reads all three interchanges of the de-identified Nebraska Medicaid file', () => {
    const { remittances } = read835(text('oopfactory__ExampleFromNth.txt'));
    expect(
      remittances.map((r) => [
        r.transaction.interchangeControlNumber,
        r.claims.length,
        r.payment?.amountCents,
      ]),
    ).toEqual([
      ['000000031', 19, 99_999],
      ['000000032', 23, 999_999],
      ['000000033', 14, 48_213],
    ]);
    expect(remittances.flatMap((r) => r.claims)).toHaveLength(56);
  });

  it('flags a claim whose adjustments do not add up', () => {
    const tampered = text('linuxforhealth__managed-care.835').replace(
      'CAS*CO*A2*50.00',
      'CAS*CO*A2*40.00',
    );
    const problems = checkX12(tampered).filter((p) => p.code.endsWith('OUT_OF_BALANCE'));
    expect(problems.map((p) => [p.code, p.segmentIndex, p.element])).toEqual([
      ['CLAIM_OUT_OF_BALANCE', 13, 'CLP03'],
    ]);
    expect(problems[0]?.message).toBe(
      'Claim 5554555444 does not balance: charge $800.00 ≠ paid $450.00 + adjustments $340.00 (off by $10.00).',
    );
    expect(read835(tampered).remittances[0]?.claims[0]?.isBalanced).toBe(false);
  });
});
