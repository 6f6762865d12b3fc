import type { ConfidenceMark } from '../coverage/index.ts';
import { isAtOrBelowPercentOfPoverty } from './poverty-guidelines.ts';

export interface SlidingScaleTier {
  /** Inclusive upper bound in % of the poverty guideline; null for "above every other tier". */
  upToPercentFpl: number | null;
  /** Share of the patient's responsibility taken off, 0..1. */
  discountRate: number;
}

export interface SlidingScalePolicy {
  id: string;
  name: string;
  /** Ascending by upToPercentFpl, ending with a null (open) tier. */
  tiers: readonly SlidingScaleTier[];
  source: string;
  mark: ConfidenceMark;
}

/**
 * Our default financial assistance policy. DOMAIN.md §5.2: "100% FPL → full waiver, 200–400% FPL
 * → sliding discount — tiers are our policy choice ❌ no standard". Configurable per organisation.
 */
export const DEFAULT_SLIDING_SCALE: SlidingScalePolicy = {
  id: 'default-2025',
  name: 'Default sliding scale (policy choice, configurable)',
  tiers: [
    { upToPercentFpl: 100, discountRate: 1 },
    { upToPercentFpl: 200, discountRate: 0.75 },
    { upToPercentFpl: 300, discountRate: 0.5 },
    { upToPercentFpl: 400, discountRate: 0.25 },
    { upToPercentFpl: null, discountRate: 0 },
  ],
  source: 'DOMAIN.md §5.2 (provider financial assistance); tiers are an Infusio policy choice',
  mark: 'unverified',
};

/** The first tier whose bound the income is at or below (exact integer comparison). */
export function selectSlidingScaleTier(
  annualIncomeCents: number,
  guidelineCents: number,
  policy: SlidingScalePolicy = DEFAULT_SLIDING_SCALE,
): SlidingScaleTier {
  const tier = policy.tiers.find(
    (candidate) =>
      candidate.upToPercentFpl === null ||
      isAtOrBelowPercentOfPoverty(annualIncomeCents, guidelineCents, candidate.upToPercentFpl),
  );
  return tier ?? { upToPercentFpl: null, discountRate: 0 };
}
