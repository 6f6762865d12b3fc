import { describe, expect, it } from 'vitest';
import { estimatePatientResponsibility } from './estimate.ts';
import { chargeLine, terms } from './estimate.test-helpers.ts';
import type { EstimateInput } from './estimate.types.ts';

function estimate(input: Partial<EstimateInput> & Pick<EstimateInput, 'lines'>) {
  return estimatePatientResponsibility({
    planType: 'commercial',
    termsByServiceType: {},
    defaultTerms: terms(),
    ...input,
  });
}

const patientShares = (result: ReturnType<typeof estimate>) =>
  result.lines.map((line) => line.patientCents);

describe('estimatePatientResponsibility (DOMAIN.md §5.1)', () => {
  it('takes the deductible first, then coinsurance, then stops at the out-of-pocket maximum', () => {
    const result = estimate({
      defaultTerms: terms({
        deductibleRemainingCents: 500_00,
        coinsuranceRate: 0.2,
        oopRemainingCents: 1_000_00,
      }),
      lines: [
        chargeLine({ code: 'J0690', allowedCents: 300_00, fromDate: '2025-01-05' }),
        chargeLine({
          code: 'S9502',
          allowedCents: 400_00,
          fromDate: '2025-01-06',
          serviceType: '42',
        }),
        chargeLine({ code: 'J0690', allowedCents: 3_000_00, fromDate: '2025-02-01' }),
        chargeLine({
          code: 'S9502',
          allowedCents: 400_00,
          fromDate: '2025-02-02',
          serviceType: '42',
        }),
      ],
    });
    // 300 all deductible; 200 deductible + 20% of 200; 20% of 3000 = 600 capped at the 460 left.
    expect(patientShares(result)).toEqual([300_00, 240_00, 460_00, 0]);
    expect(result.lines[2]?.oopCapCents).toBe(140_00);
    expect(result.totals.patientCents).toBe(1_000_00);
    expect(result.totals.payerCents).toBe(4_100_00 - 1_000_00);
  });

  it('charges only the copay when it replaces the deductible, leaving the deductible untouched', () => {
    const result = estimate({
      termsByServiceType: {
        '42': terms({
          copayCents: 50_00,
          copayMode: 'instead-of-deductible',
          deductibleRemainingCents: 1_000_00,
        }),
      },
      defaultTerms: terms({ deductibleRemainingCents: 1_000_00, coinsuranceRate: 0.2 }),
      lines: [
        chargeLine({
          code: '99601',
          allowedCents: 150_00,
          serviceType: '42',
          fromDate: '2025-03-01',
        }),
        chargeLine({
          code: '99601',
          allowedCents: 30_00,
          serviceType: '42',
          fromDate: '2025-03-08',
        }),
        chargeLine({ code: 'J0690', allowedCents: 200_00, fromDate: '2025-03-09' }),
      ],
    });
    expect(patientShares(result)).toEqual([50_00, 30_00, 200_00]);
    expect(result.lines[0]?.copayCents).toBe(50_00);
  });

  it('adds a copay after the deductible only once the deductible is met', () => {
    const result = estimate({
      defaultTerms: terms({
        deductibleRemainingCents: 100_00,
        copayCents: 30_00,
        copayMode: 'after-deductible',
      }),
      lines: [
        chargeLine({ code: 'A', allowedCents: 80_00, fromDate: '2025-03-01' }),
        chargeLine({ code: 'B', allowedCents: 150_00, fromDate: '2025-03-02' }),
        chargeLine({ code: 'C', allowedCents: 10_00, fromDate: '2025-03-03' }),
      ],
    });
    // 80 deductible; 20 deductible + 30 copay; a $10 line owes $10, not the $30 copay.
    expect(patientShares(result)).toEqual([80_00, 50_00, 10_00]);
  });

  it('has no out-of-pocket maximum for Medicare FFS Part B lines, whatever the 271 said', () => {
    const partB = terms({
      deductibleRemainingCents: 257_00,
      coinsuranceRate: 0.2,
      oopRemainingCents: 100_00,
    });
    const result = estimate({
      planType: 'medicare-ffs',
      defaultTerms: partB,
      lines: [
        chargeLine({
          code: 'G0088',
          allowedCents: 2_000_00,
          benefit: 'part-b-hit',
          serviceType: '42',
        }),
      ],
    });
    // 257 + 20% of 1,743 = 257 + 348.60
    expect(patientShares(result)).toEqual([605_60]);
  });

  it('caps Part D lines with the Part D plan’s own terms, apart from the Part B deductible', () => {
    const result = estimate({
      planType: 'medicare-ffs',
      termsByServiceType: {
        '88': terms({
          deductibleRemainingCents: 0,
          coinsuranceRate: 0.25,
          oopRemainingCents: 2_000_00,
        }),
      },
      defaultTerms: terms({ deductibleRemainingCents: 257_00, coinsuranceRate: 0.2 }),
      lines: [
        chargeLine({
          code: 'J3370',
          allowedCents: 10_000_00,
          benefit: 'part-d',
          serviceType: '88',
        }),
        chargeLine({
          code: 'E0781',
          allowedCents: 300_00,
          benefit: 'part-b-dme',
          serviceType: '18',
          component: 'pump',
        }),
      ],
    });
    expect(patientShares(result)).toEqual([2_000_00, 257_00 + 8_60]);
  });

  it('shows not-covered and self-pay lines at our self-pay price with nothing from the payer', () => {
    const result = estimate({
      planType: 'medicare-ffs',
      defaultTerms: terms({ deductibleRemainingCents: 257_00 }),
      lines: [
        chargeLine({
          code: 'S9501',
          allowedCents: 95_00,
          selfPayCents: 110_00,
          benefit: 'not-covered',
          serviceType: null,
          component: 'per-diem',
        }),
      ],
    });
    expect(result.lines[0]).toMatchObject({
      coverage: 'not-covered',
      allowedCents: 110_00,
      payerCents: 0,
      patientCents: 110_00,
    });
  });

  it('shares one deductible across medical service types but keeps pharmacy apart', () => {
    const result = estimate({
      termsByServiceType: {
        '1': terms({ deductibleRemainingCents: 100_00 }),
        '42': terms({ deductibleRemainingCents: 100_00 }),
        '88': terms({ deductibleRemainingCents: 100_00 }),
      },
      lines: [
        chargeLine({ code: 'J1', allowedCents: 70_00, serviceType: '1', fromDate: '2025-03-01' }),
        chargeLine({ code: 'S1', allowedCents: 70_00, serviceType: '42', fromDate: '2025-03-02' }),
        chargeLine({ code: 'R1', allowedCents: 70_00, serviceType: '88', fromDate: '2025-03-03' }),
      ],
    });
    expect(patientShares(result)).toEqual([70_00, 30_00, 70_00]);
  });

  it('orders lines by date before applying the deductible, whatever order they came in', () => {
    const result = estimate({
      defaultTerms: terms({ deductibleRemainingCents: 100_00 }),
      lines: [
        chargeLine({ code: 'LATE', allowedCents: 100_00, fromDate: '2025-04-01' }),
        chargeLine({ code: 'EARLY', allowedCents: 100_00, fromDate: '2025-03-01' }),
      ],
    });
    expect(result.lines.map((line) => [line.code, line.patientCents])).toEqual([
      ['EARLY', 100_00],
      ['LATE', 0],
    ]);
  });

  it('totals per month and for the whole course', () => {
    const result = estimate({
      defaultTerms: terms({ coinsuranceRate: 0.1 }),
      lines: [
        chargeLine({ code: 'A', allowedCents: 100_00, fromDate: '2025-03-01' }),
        chargeLine({ code: 'B', allowedCents: 200_00, fromDate: '2025-03-15' }),
        chargeLine({ code: 'C', allowedCents: 50_00, fromDate: '2025-04-01' }),
      ],
    });
    expect(result.months.map((m) => [m.month, m.totals.patientCents])).toEqual([
      ['2025-03', 30_00],
      ['2025-04', 5_00],
    ]);
    expect(result.totals.patientCents).toBe(35_00);
  });

  it('rounds coinsurance to whole cents half up without drifting in totals', () => {
    const lines = Array.from({ length: 30 }, (_, i) =>
      chargeLine({
        code: `L${i}`,
        allowedCents: 333,
        fromDate: `2025-03-${String(i + 1).padStart(2, '0')}`,
      }),
    );
    const result = estimate({ defaultTerms: terms({ coinsuranceRate: 0.15 }), lines });
    // 15% of 333 cents = 49.95 → 50 cents per line.
    expect(result.lines.every((line) => line.patientCents === 50)).toBe(true);
    expect(result.totals.patientCents).toBe(30 * 50);
    expect(result.totals.payerCents + result.totals.patientCents).toBe(30 * 333);
  });

  it('lists lines the fee schedule could not price', () => {
    const result = estimate({
      lines: [chargeLine({ code: 'X', allowedCents: 0, isPriced: false })],
    });
    expect(result.unpricedLineIds).toEqual(['2025-03:X']);
  });
});

describe('assistance on the estimate', () => {
  const base = {
    defaultTerms: terms({ coinsuranceRate: 0.2 }),
    lines: [
      chargeLine({ code: 'J', allowedCents: 1_000_00, fromDate: '2025-03-01' }),
      chargeLine({
        code: 'N',
        allowedCents: 500_00,
        fromDate: '2025-03-02',
        component: 'professional-services',
        serviceType: '42',
      }),
    ],
  };

  it('takes a sliding-scale percentage off the patient share as its own step', () => {
    const result = estimate({
      ...base,
      assistance: [
        {
          kind: 'percent-of-patient-share',
          programId: 'sliding-scale',
          label: 'Sliding scale 75%',
          rate: 0.75,
        },
      ],
    });
    expect(result.totals.patientCents).toBe(300_00);
    expect(result.totals.assistanceCents).toBe(225_00);
    expect(result.totals.patientAfterAssistanceCents).toBe(75_00);
    expect(result.assistanceSteps).toEqual([
      {
        programId: 'sliding-scale',
        label: 'Sliding scale 75%',
        kind: 'percent-of-patient-share',
        appliedCents: 225_00,
      },
    ]);
  });

  it('spends a fixed grant in date order on the components it covers, never below zero', () => {
    const result = estimate({
      ...base,
      assistance: [
        {
          kind: 'fixed-grant',
          programId: 'fund',
          label: 'Foundation grant',
          amountCents: 5_000_00,
          components: ['drug'],
        },
      ],
    });
    expect(result.lines.map((line) => line.patientAfterAssistanceCents)).toEqual([0, 100_00]);
    expect(result.assistanceSteps[0]?.appliedCents).toBe(200_00);
  });
});

describe('bad input', () => {
  it.each([
    ['a negative allowed amount', { lines: [chargeLine({ code: 'A', allowedCents: -1 })] }],
    ['fractional cents', { lines: [chargeLine({ code: 'A', allowedCents: 10.5 })] }],
    ['a coinsurance above 100%', { lines: [], defaultTerms: terms({ coinsuranceRate: 1.2 }) }],
    ['a negative deductible', { lines: [], defaultTerms: terms({ deductibleRemainingCents: -5 }) }],
    ['a negative OOP remaining', { lines: [], defaultTerms: terms({ oopRemainingCents: -5 }) }],
  ] as const)('rejects %s', (_, input) => {
    expect(() => estimate(input)).toThrow(RangeError);
  });

  it('rejects a discount rate outside 0..1', () => {
    expect(() =>
      estimate({
        lines: [chargeLine({ code: 'A', allowedCents: 100 })],
        assistance: [{ kind: 'percent-of-patient-share', programId: 'x', label: 'x', rate: 2 }],
      }),
    ).toThrow(RangeError);
  });
});
