import { describe, expect, it } from 'vitest';
import { buildSocHistogram } from './soc-histogram.ts';

describe('the referral-to-start-of-care histogram', () => {
  it('counts values in one-day bins, a boundary value going to the later bin', () => {
    const bins = buildSocHistogram([0, 23.9, 24, 47, 50, 100]);
    expect(bins).toEqual([
      { fromHours: 0, toHours: 24, count: 2 },
      { fromHours: 24, toHours: 48, count: 2 },
      { fromHours: 48, toHours: 72, count: 1 },
      { fromHours: 72, toHours: 96, count: 0 },
      { fromHours: 96, toHours: 120, count: 1 },
    ]);
  });

  it('keeps five empty days when there is nothing to show', () => {
    expect(buildSocHistogram([]).map((b) => b.count)).toEqual([0, 0, 0, 0, 0]);
  });

  it('extends to the last day used and gathers two weeks or more in one open bin', () => {
    const bins = buildSocHistogram([10, 200, 400, 2000]);
    expect(bins).toHaveLength(15);
    expect(bins[8]).toEqual({ fromHours: 192, toHours: 216, count: 1 });
    expect(bins[14]).toEqual({ fromHours: 336, toHours: null, count: 2 });
  });

  it('loses no value', () => {
    const values = Array.from({ length: 500 }, (_, i) => (i * 7.3) % 420);
    const total = buildSocHistogram(values).reduce((sum, b) => sum + b.count, 0);
    expect(total).toBe(values.length);
  });
});
