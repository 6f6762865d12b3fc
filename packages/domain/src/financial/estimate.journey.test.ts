import { describe, expect, it } from 'vitest';
import { buildExpectedCharges, DEMO_FEE_SCHEDULE, routeBenefits } from '../coverage/index.ts';
import { estimatePatientResponsibility } from './estimate.ts';
import { terms } from './estimate.test-helpers.ts';
import { screenForAssistance } from './screen-for-assistance.ts';

describe('from routing to what the patient owes', () => {
  it('estimates Medicare FFS vancomycin: Part D drug at plan cost sharing, services at self-pay', () => {
    const routing = routeBenefits({
      drug: 'Vancomycin HCl 1 g',
      administrationMethod: 'gravity',
      diagnosisCodes: ['M86.10'],
      planType: 'medicare-ffs',
      date: '2025-06-01',
      frequency: 'q12h',
    });
    const charges = buildExpectedCharges(
      {
        startDate: '2025-06-01',
        durationDays: 14,
        dose: { value: 1, unit: 'g' },
        frequency: 'q12h',
        nursing: { schedule: 'weekly', visitsPerWeek: 1, hoursPerVisit: 1, firstVisitHours: 2.5 },
      },
      DEMO_FEE_SCHEDULE,
      routing,
    );
    const estimate = estimatePatientResponsibility({
      planType: 'medicare-ffs',
      lines: charges.lines,
      termsByServiceType: {
        '88': terms({ coinsuranceRate: 0.25, oopRemainingCents: 2_000_00 }),
      },
      defaultTerms: terms({ deductibleRemainingCents: 257_00, coinsuranceRate: 0.2 }),
    });
    // Drug: 2 units (per 500 mg) × 2 doses × 14 days × $4.50 = $252.00, 25% = $63.00.
    // Self-pay (demo allowed + 15%, rounded up to dollars): S9501 $110 × 14 = $1,540;
    // 99601 $173 × 2 visits = $346; 99602 $87 × 1 (the 2.5 h first visit).
    const byCode = Object.fromEntries(estimate.lines.map((line) => [line.code, line]));
    expect(byCode.J3370).toMatchObject({
      coverage: 'covered',
      allowedCents: 252_00,
      patientCents: 63_00,
    });
    expect(byCode.S9501).toMatchObject({
      coverage: 'not-covered',
      patientCents: 1_540_00,
      payerCents: 0,
    });
    expect(byCode['99601']?.patientCents).toBe(346_00);
    expect(byCode['99602']?.patientCents).toBe(87_00);
    expect(estimate.totals.patientCents).toBe(63_00 + 1_540_00 + 346_00 + 87_00);
  });

  it('applies the sliding-scale discount a screen found to a commercial estimate', () => {
    const screen = screenForAssistance({
      householdSize: 2,
      annualIncomeCents: 30_000_00,
      region: 'contiguous',
      year: 2025,
      planType: 'commercial',
      diagnosisCodes: ['M86.10'],
      drug: 'cefazolin',
    });
    const routing = routeBenefits({
      drug: 'cefazolin',
      administrationMethod: 'elastomeric-pump',
      diagnosisCodes: ['M86.10'],
      planType: 'commercial',
      date: '2025-03-01',
      frequency: 'q8h',
    });
    const charges = buildExpectedCharges(
      {
        startDate: '2025-03-01',
        durationDays: 42,
        dose: { value: 2, unit: 'g' },
        frequency: 'q8h',
        nursing: { schedule: 'weekly', visitsPerWeek: 1, hoursPerVisit: 1 },
      },
      DEMO_FEE_SCHEDULE,
      routing,
    );
    const estimate = estimatePatientResponsibility({
      planType: 'commercial',
      lines: charges.lines,
      termsByServiceType: {},
      defaultTerms: terms({
        deductibleRemainingCents: 1_500_00,
        coinsuranceRate: 0.2,
        oopRemainingCents: 4_000_00,
      }),
      assistance: [
        {
          kind: 'percent-of-patient-share',
          programId: 'provider-sliding-scale',
          label: 'Sliding scale',
          rate: screen.slidingScale.discountRate,
        },
      ],
    });
    expect(screen.slidingScale.discountRate).toBe(0.75);
    expect(estimate.totals.patientCents).toBeLessThanOrEqual(4_000_00);
    expect(estimate.totals.patientAfterAssistanceCents).toBe(
      estimate.totals.patientCents - estimate.totals.assistanceCents,
    );
    // A quarter remains, give or take a cent of rounding per line.
    const quarter = estimate.totals.patientCents / 4;
    expect(Math.abs(estimate.totals.patientAfterAssistanceCents - quarter)).toBeLessThanOrEqual(
      estimate.lines.length,
    );
  });
});
