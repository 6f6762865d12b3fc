// What makes an organisation's sliding scale usable: tiers ascending by % of the poverty guideline
// (whole numbers, 1–1000), discounts 0–100 % in basis points and never rising with income, one open
// tier last, and a name and a note of who decided it (DOMAIN.md §5.2: the tiers are a policy choice).
import type { SlidingScaleTier } from './sliding-scale.ts';

export const MAX_TIER_BOUND_PERCENT = 1000;
export const MAX_SLIDING_SCALE_TIERS = 20;

export interface SlidingScaleDraft {
  name: string;
  /** Who decided the tiers and when (a committee, minutes, a date). */
  decidedBy: string;
  tiers: readonly SlidingScaleTier[];
}

export type SlidingScaleProblemCode =
  | 'required'
  | 'no_tiers'
  | 'too_many_tiers'
  | 'open_tier_not_last'
  | 'open_tier_missing'
  | 'bound_whole'
  | 'bound_range'
  | 'bound_not_ascending'
  | 'discount_range'
  | 'discount_precision'
  | 'discount_increases';

export interface SlidingScaleProblem {
  /** JSON pointer into the draft: '/name', '/tiers/2/discountRate'. */
  field: string;
  code: SlidingScaleProblemCode;
  message: string;
}

function isBasisPoints(rate: number): boolean {
  return Math.abs(rate * 10_000 - Math.round(rate * 10_000)) < 1e-6;
}

function boundProblem(
  tier: SlidingScaleTier,
  index: number,
  isLast: boolean,
  previousBound: number | null,
): SlidingScaleProblem | null {
  const field = `/tiers/${index}/upToPercentFpl`;
  const bound = tier.upToPercentFpl;
  if (isLast) {
    return bound === null
      ? null
      : {
          field,
          code: 'open_tier_missing',
          message:
            'The last tier is open (no upper bound): it covers every income above the others.',
        };
  }
  if (bound === null)
    return {
      field,
      code: 'open_tier_not_last',
      message: 'Only the last tier is open: give this tier an upper bound.',
    };
  if (!Number.isInteger(bound))
    return { field, code: 'bound_whole', message: 'Give a whole percentage.' };
  if (bound < 1 || bound > MAX_TIER_BOUND_PERCENT)
    return {
      field,
      code: 'bound_range',
      message: `Give a percentage from 1 to ${MAX_TIER_BOUND_PERCENT}.`,
    };
  if (previousBound !== null && bound <= previousBound)
    return {
      field,
      code: 'bound_not_ascending',
      message: `Must be above the tier before it (${previousBound}%).`,
    };
  return null;
}

function discountProblem(
  tier: SlidingScaleTier,
  index: number,
  previousRate: number | null,
): SlidingScaleProblem | null {
  const field = `/tiers/${index}/discountRate`;
  const rate = tier.discountRate;
  if (!Number.isFinite(rate) || rate < 0 || rate > 1)
    return { field, code: 'discount_range', message: 'Give a discount from 0 to 100%.' };
  if (!isBasisPoints(rate))
    return {
      field,
      code: 'discount_precision',
      message: 'Give the discount to two decimals of a percent at most.',
    };
  if (previousRate !== null && rate > previousRate)
    return {
      field,
      code: 'discount_increases',
      message: 'A higher income cannot get a larger discount than the tier before it.',
    };
  return null;
}

/** Every problem of a draft at once, each naming its field; empty when the scale can be used. */
export function findSlidingScaleProblems(draft: SlidingScaleDraft): SlidingScaleProblem[] {
  const problems: SlidingScaleProblem[] = [];
  if (draft.name.trim() === '')
    problems.push({ field: '/name', code: 'required', message: 'Name the policy.' });
  if (draft.decidedBy.trim() === '')
    problems.push({
      field: '/decidedBy',
      code: 'required',
      message: 'Say who decided these tiers and when.',
    });
  if (draft.tiers.length === 0)
    return [...problems, { field: '/tiers', code: 'no_tiers', message: 'Give at least one tier.' }];
  if (draft.tiers.length > MAX_SLIDING_SCALE_TIERS)
    return [
      ...problems,
      {
        field: '/tiers',
        code: 'too_many_tiers',
        message: `Give ${MAX_SLIDING_SCALE_TIERS} tiers at most.`,
      },
    ];
  let previousBound: number | null = null;
  let previousRate: number | null = null;
  draft.tiers.forEach((tier, index) => {
    const isLast = index === draft.tiers.length - 1;
    const bound = boundProblem(tier, index, isLast, previousBound);
    if (bound) problems.push(bound);
    else if (tier.upToPercentFpl !== null) previousBound = tier.upToPercentFpl;
    const discount = discountProblem(tier, index, previousRate);
    if (discount) problems.push(discount);
    else previousRate = tier.discountRate;
  });
  return problems;
}
