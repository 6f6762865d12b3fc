import { describe, expect, it } from 'vitest';
import { DEFAULT_SLIDING_SCALE, type SlidingScaleTier } from './sliding-scale.ts';
import { findSlidingScaleProblems, type SlidingScaleDraft } from './sliding-scale-rules.ts';

function draft(tiers: readonly SlidingScaleTier[], more: Partial<SlidingScaleDraft> = {}) {
  return {
    name: 'Board policy 2026',
    decidedBy: 'Finance committee, 3 March 2026',
    tiers,
    ...more,
  };
}

const problemsOf = (tiers: readonly SlidingScaleTier[]) =>
  findSlidingScaleProblems(draft(tiers)).map((p) => `${p.field}:${p.code}`);

describe('findSlidingScaleProblems', () => {
  it('accepts the default tiers', () => {
    expect(findSlidingScaleProblems(draft(DEFAULT_SLIDING_SCALE.tiers))).toEqual([]);
  });

  it('accepts a single open tier (no discount for anyone)', () => {
    expect(problemsOf([{ upToPercentFpl: null, discountRate: 0 }])).toEqual([]);
  });

  it('asks for a name and who decided it', () => {
    const problems = findSlidingScaleProblems(
      draft(DEFAULT_SLIDING_SCALE.tiers, { name: ' ', decidedBy: '' }),
    );
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      '/name:required',
      '/decidedBy:required',
    ]);
  });

  it.each([
    [
      'bounds not ascending',
      [
        { upToPercentFpl: 200, discountRate: 1 },
        { upToPercentFpl: 150, discountRate: 0.5 },
        { upToPercentFpl: null, discountRate: 0 },
      ],
      '/tiers/1/upToPercentFpl:bound_not_ascending',
    ],
    [
      'a bound repeated',
      [
        { upToPercentFpl: 200, discountRate: 1 },
        { upToPercentFpl: 200, discountRate: 0.5 },
        { upToPercentFpl: null, discountRate: 0 },
      ],
      '/tiers/1/upToPercentFpl:bound_not_ascending',
    ],
    [
      'a fractional bound',
      [
        { upToPercentFpl: 150.5, discountRate: 1 },
        { upToPercentFpl: null, discountRate: 0 },
      ],
      '/tiers/0/upToPercentFpl:bound_whole',
    ],
    [
      'a bound of zero',
      [
        { upToPercentFpl: 0, discountRate: 1 },
        { upToPercentFpl: null, discountRate: 0 },
      ],
      '/tiers/0/upToPercentFpl:bound_range',
    ],
    [
      'a bound above 1000%',
      [
        { upToPercentFpl: 1001, discountRate: 1 },
        { upToPercentFpl: null, discountRate: 0 },
      ],
      '/tiers/0/upToPercentFpl:bound_range',
    ],
    [
      'an open tier before the last',
      [
        { upToPercentFpl: null, discountRate: 1 },
        { upToPercentFpl: null, discountRate: 0 },
      ],
      '/tiers/0/upToPercentFpl:open_tier_not_last',
    ],
    [
      'no open tier',
      [
        { upToPercentFpl: 100, discountRate: 1 },
        { upToPercentFpl: 400, discountRate: 0 },
      ],
      '/tiers/1/upToPercentFpl:open_tier_missing',
    ],
    [
      'a discount above 100%',
      [
        { upToPercentFpl: 100, discountRate: 1.5 },
        { upToPercentFpl: null, discountRate: 0 },
      ],
      '/tiers/0/discountRate:discount_range',
    ],
    [
      'a negative discount',
      [
        { upToPercentFpl: 100, discountRate: 1 },
        { upToPercentFpl: null, discountRate: -0.1 },
      ],
      '/tiers/1/discountRate:discount_range',
    ],
    [
      'a discount finer than a basis point',
      [
        { upToPercentFpl: 100, discountRate: 0.12345 },
        { upToPercentFpl: null, discountRate: 0 },
      ],
      '/tiers/0/discountRate:discount_precision',
    ],
    [
      'a discount that rises with income',
      [
        { upToPercentFpl: 100, discountRate: 0.5 },
        { upToPercentFpl: 200, discountRate: 0.75 },
        { upToPercentFpl: null, discountRate: 0 },
      ],
      '/tiers/1/discountRate:discount_increases',
    ],
  ] as const)('names the field for %s', (_, tiers, expected) => {
    expect(problemsOf(tiers)).toEqual([expected]);
  });

  it('refuses no tiers and too many tiers at /tiers', () => {
    expect(problemsOf([])).toEqual(['/tiers:no_tiers']);
    const many = Array.from({ length: 21 }, (_, i) => ({
      upToPercentFpl: i === 20 ? null : (i + 1) * 10,
      discountRate: 0,
    }));
    expect(problemsOf(many)).toEqual(['/tiers:too_many_tiers']);
  });

  it('compares each tier with the last valid one before it', () => {
    expect(
      problemsOf([
        { upToPercentFpl: 100, discountRate: 1 },
        { upToPercentFpl: 5000, discountRate: 0.5 },
        { upToPercentFpl: 150, discountRate: 0.25 },
        { upToPercentFpl: null, discountRate: 0 },
      ]),
    ).toEqual(['/tiers/1/upToPercentFpl:bound_range']);
  });
});
