import { describe, expect, it } from 'vitest';
import { DEFAULT_SLIDING_SCALE } from '@infusio/domain/financial';
import { requestOf, tiersDraft, toPercent, withTierAdded } from './sliding-scale-drafts.ts';

const draft = (tiers = tiersDraft(DEFAULT_SLIDING_SCALE.tiers)) => ({
  name: 'Board policy',
  decidedBy: 'Finance committee',
  tiers,
});

describe('the sliding scale draft', () => {
  it('round-trips the default tiers through percentages', () => {
    expect(requestOf(draft()).tiers).toEqual(DEFAULT_SLIDING_SCALE.tiers);
    expect(toPercent(0.125)).toBe(12.5);
  });

  it('sends typed percentages as rates in basis points, the last tier open', () => {
    const tiers = tiersDraft(DEFAULT_SLIDING_SCALE.tiers).map((t) => ({ ...t, discount: '33.33' }));
    const sent = requestOf(draft(tiers)).tiers;
    expect(sent[0]).toEqual({ upToPercentFpl: 100, discountRate: 0.3333 });
    expect(sent.at(-1)?.upToPercentFpl).toBeNull();
  });

  it('sends an empty figure as null for the server to name', () => {
    const tiers = tiersDraft(DEFAULT_SLIDING_SCALE.tiers);
    const [first, ...rest] = tiers;
    if (!first) throw new Error('no tier');
    const sent = requestOf(draft([{ ...first, bound: '', discount: '' }, ...rest])).tiers;
    expect(sent[0]).toEqual({ upToPercentFpl: null, discountRate: null });
  });

  it('adds a tier just below the open one with the open tier’s discount', () => {
    const added = withTierAdded(tiersDraft(DEFAULT_SLIDING_SCALE.tiers));
    expect(added.map((t) => [t.bound, t.discount])).toEqual([
      [100, 100],
      [200, 75],
      [300, 50],
      [400, 25],
      [500, 0],
      ['', 0],
    ]);
  });
});
