import { applyRate } from './money.ts';
import type { CostSharingTerms } from './estimate.types.ts';

/** The running deductible and out-of-pocket amounts of one accumulator. */
export interface Accumulator {
  deductibleRemainingCents: number;
  /** null: no out-of-pocket maximum (Medicare Part B) or the plan has none. */
  oopRemainingCents: number | null;
}

export interface CostShareResult {
  patientCents: number;
  payerCents: number;
  deductibleCents: number;
  coinsuranceCents: number;
  copayCents: number;
  oopCapCents: number;
}

/**
 * DOMAIN.md §5.1 for one covered line, updating the accumulator:
 *   copay instead of deductible: patient = min(copay, allowed)
 *   otherwise: the deductible first, then coinsurance on the rest, plus the copay when it applies
 *   after the deductible (never more than the rest: a patient never owes more than allowed);
 *   then capped by the out-of-pocket remaining, which goes down by what the patient owes.
 * `oopApplies` false ignores the accumulator's OOP (Medicare Part B has none).
 */
export function applyCostSharing(
  allowedCents: number,
  terms: CostSharingTerms,
  accumulator: Accumulator,
  oopApplies: boolean,
): CostShareResult {
  let deductibleCents = 0;
  let coinsuranceCents = 0;
  let copayCents = 0;
  if (terms.copayMode === 'instead-of-deductible') {
    copayCents = Math.min(terms.copayCents, allowedCents);
  } else {
    deductibleCents = Math.min(allowedCents, accumulator.deductibleRemainingCents);
    accumulator.deductibleRemainingCents -= deductibleCents;
    const rest = allowedCents - deductibleCents;
    coinsuranceCents = Math.min(rest, applyRate(rest, terms.coinsuranceRate));
    if (terms.copayMode === 'after-deductible' && rest > 0) {
      copayCents = Math.min(rest - coinsuranceCents, terms.copayCents);
    }
  }
  const uncapped = deductibleCents + coinsuranceCents + copayCents;
  let patientCents = uncapped;
  if (oopApplies && accumulator.oopRemainingCents !== null) {
    patientCents = Math.min(uncapped, accumulator.oopRemainingCents);
    accumulator.oopRemainingCents -= patientCents;
  }
  return {
    patientCents,
    payerCents: allowedCents - patientCents,
    deductibleCents,
    coinsuranceCents,
    copayCents,
    oopCapCents: uncapped - patientCents,
  };
}
