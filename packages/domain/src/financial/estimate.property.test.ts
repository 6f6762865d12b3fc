import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Benefit, CostShareServiceType, ExpectedChargeLine } from '../coverage/index.ts';
import { estimatePatientResponsibility } from './estimate.ts';
import { chargeLine } from './estimate.test-helpers.ts';
import type { CostSharingTerms, EstimateInput } from './estimate.types.ts';

const SERVICE_TYPES: CostShareServiceType[] = ['1', '12', '18', '42', '88'];
const BENEFITS: Benefit[] = ['medical-benefit', 'per-diem-contract', 'part-d', 'not-covered'];

const termsArb: fc.Arbitrary<CostSharingTerms> = fc.record({
  deductibleRemainingCents: fc.integer({ min: 0, max: 500_000 }),
  coinsuranceRate: fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100),
  copayCents: fc.integer({ min: 0, max: 20_000 }),
  copayMode: fc.constantFrom('none', 'instead-of-deductible', 'after-deductible'),
  oopRemainingCents: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
});

const lineArb: fc.Arbitrary<ExpectedChargeLine> = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 3 }),
    serviceType: fc.constantFrom(...SERVICE_TYPES),
    benefit: fc.constantFrom(...BENEFITS),
    allowedCents: fc.integer({ min: 0, max: 2_000_000 }),
    selfPayCents: fc.integer({ min: 0, max: 2_000_000 }),
  })
  .map((raw) => {
    const fromDate = `2025-0${raw.month}-${String(raw.day).padStart(2, '0')}`;
    return chargeLine({
      code: `C${raw.serviceType}${raw.benefit}`,
      fromDate,
      allowedCents: raw.allowedCents,
      selfPayCents: raw.selfPayCents,
      benefit: raw.benefit,
      serviceType: raw.benefit === 'not-covered' ? null : raw.serviceType,
    });
  });

/** Unique ids so a line can be found again after sorting. */
const linesArb = fc
  .array(lineArb, { maxLength: 12 })
  .map((lines) => lines.map((line, index) => ({ ...line, id: `${line.id}#${index}` })));

const inputArb: fc.Arbitrary<EstimateInput> = fc.record({
  planType: fc.constantFrom('commercial', 'medicare-advantage', 'medicare-ffs'),
  lines: linesArb,
  termsByServiceType: fc.dictionary(fc.constantFrom(...SERVICE_TYPES), termsArb),
  defaultTerms: termsArb,
});

const PROPERTY_RUNS = { numRuns: 400 };

describe('estimate properties', () => {
  it('never gives anyone a negative amount', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = estimatePatientResponsibility(input);
        for (const line of result.lines) {
          expect(line.patientCents).toBeGreaterThanOrEqual(0);
          expect(line.payerCents).toBeGreaterThanOrEqual(0);
          expect(line.patientAfterAssistanceCents).toBeGreaterThanOrEqual(0);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('splits each line exactly: patient + payer = allowed', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const line of estimatePatientResponsibility(input).lines) {
          expect(line.patientCents + line.payerCents).toBe(line.allowedCents);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('never charges covered lines more than the out-of-pocket remaining', () => {
    const commercial = inputArb.map((input) => ({
      ...input,
      planType: 'commercial' as const,
      // One accumulator for every service type, so one OOP bounds all covered lines.
      sharedAccumulators: [SERVICE_TYPES],
      termsByServiceType: {},
    }));
    fc.assert(
      fc.property(commercial, (input) => {
        const oop = input.defaultTerms.oopRemainingCents;
        fc.pre(oop !== null);
        const covered = estimatePatientResponsibility(input).lines.filter(
          (line) => line.coverage === 'covered',
        );
        const owed = covered.reduce((sum, line) => sum + line.patientCents, 0);
        expect(owed).toBeLessThanOrEqual(oop);
      }),
      PROPERTY_RUNS,
    );
  });

  it('is monotone in charges: raising one line never lowers what the patient owes', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.nat(),
        fc.integer({ min: 1, max: 500_000 }),
        (input, pick, increase) => {
          fc.pre(input.lines.length > 0);
          const index = pick % input.lines.length;
          const raised = input.lines.map((line, i) =>
            i === index
              ? {
                  ...line,
                  allowedCents: line.allowedCents + increase,
                  selfPayCents: line.selfPayCents + increase,
                }
              : line,
          );
          const before = estimatePatientResponsibility(input).totals.patientCents;
          const after = estimatePatientResponsibility({ ...input, lines: raised }).totals
            .patientCents;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('never lets assistance take more than the patient share', () => {
    const withAssistance = fc.tuple(
      inputArb,
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 0, max: 1_000_000 }),
    );
    fc.assert(
      fc.property(withAssistance, ([input, percent, grant]) => {
        const result = estimatePatientResponsibility({
          ...input,
          assistance: [
            { kind: 'percent-of-patient-share', programId: 'p', label: 'p', rate: percent / 100 },
            { kind: 'fixed-grant', programId: 'g', label: 'g', amountCents: grant },
          ],
        });
        for (const line of result.lines) {
          expect(line.assistanceCents).toBeLessThanOrEqual(line.patientCents);
          expect(line.assistanceCents + line.patientAfterAssistanceCents).toBe(line.patientCents);
        }
        const applied = result.assistanceSteps.reduce((sum, step) => sum + step.appliedCents, 0);
        expect(applied).toBe(result.totals.assistanceCents);
      }),
      PROPERTY_RUNS,
    );
  });
});
