// How long an admission may wait in each stage before its queue item turns amber, then red.
// DOMAIN.md §4.2: no authoritative benchmarks exist for intake turnaround (❌); these are local
// targets (one vendor quotes 1–2 days for benefits verification, payers 2–7 days for
// authorization ⚠️), configurable per organisation and labelled as such in the UI.
import type { AdmissionStage } from './journey.ts';

export type StageTargets = Readonly<Partial<Record<AdmissionStage, number>>>;

/** Hours in the stage before it is overdue; amber from AMBER_FRACTION of that. */
export const DEFAULT_STAGE_TARGET_HOURS: StageTargets = {
  'referral-received': 4,
  'information-complete': 24,
  'benefits-verified': 72,
  authorized: 24,
  'pharmacist-assessment-done': 24,
  'financial-review-acknowledged': 24,
  'medication-ready': 24,
  'first-visit-scheduled': 48,
};

export const AMBER_FRACTION = 0.5;

export type Ageing = 'fresh' | 'ageing' | 'overdue';

export function ageingOf(
  stage: AdmissionStage,
  hoursInStage: number,
  targets: StageTargets = DEFAULT_STAGE_TARGET_HOURS,
): Ageing {
  const target = targets[stage];
  if (target === undefined) return 'fresh';
  if (hoursInStage >= target) return 'overdue';
  return hoursInStage >= target * AMBER_FRACTION ? 'ageing' : 'fresh';
}
