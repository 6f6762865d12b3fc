import { describe, expect, it } from 'vitest';
import {
  findPovertyGuideline,
  percentOfPovertyLevel,
  povertyGuidelineCents,
  povertyRegionOf,
  POVERTY_GUIDELINES,
} from './poverty-guidelines.ts';
import { DEFAULT_SLIDING_SCALE, selectSlidingScaleTier } from './sliding-scale.ts';

describe('2025 HHS poverty guidelines (DOMAIN.md §5.3)', () => {
  it.each([
    [1, 15_650, 31_300, 62_600],
    [2, 21_150, 42_300, 84_600],
    [3, 26_650, 53_300, 106_600],
    [4, 32_150, 64_300, 128_600],
    [5, 37_650, 75_300, 150_600],
    [6, 43_150, 86_300, 172_600],
    [7, 48_650, 97_300, 194_600],
    [8, 54_150, 108_300, 216_600],
  ])('household of %i: 100%% = $%i, 200%% = $%i, 400%% = $%i', (size, p100, p200, p400) => {
    expect(povertyGuidelineCents(size, 'contiguous', 2025)).toBe(p100 * 100);
    expect(percentOfPovertyLevel(p200 * 100, size, 'contiguous', 2025)).toBe(200);
    expect(percentOfPovertyLevel(p400 * 100, size, 'contiguous', 2025)).toBe(400);
  });

  it('uses the Alaska and Hawaii bases and flags their increments as unverified', () => {
    expect(povertyGuidelineCents(1, 'alaska', 2025)).toBe(19_550_00);
    expect(povertyGuidelineCents(1, 'hawaii', 2025)).toBe(17_990_00);
    expect(findPovertyGuideline(2025, 'alaska').mark).toBe('unverified');
    expect(findPovertyGuideline(2025, 'contiguous').mark).toBe('verified');
  });

  it('maps AK and HI to their own tables and everything else to the contiguous one', () => {
    expect(povertyRegionOf('ak')).toBe('alaska');
    expect(povertyRegionOf('HI')).toBe('hawaii');
    expect(povertyRegionOf('DC')).toBe('contiguous');
  });

  it('reports income as a percentage to one decimal', () => {
    expect(percentOfPovertyLevel(50_000_00, 3, 'contiguous', 2025)).toBe(187.6);
    expect(percentOfPovertyLevel(0, 1, 'contiguous', 2025)).toBe(0);
  });

  it('refuses a year that is not in the table instead of guessing', () => {
    expect(() => povertyGuidelineCents(2, 'contiguous', 2031)).toThrow(/add it to the table/);
  });

  it('accepts an edited table for another year', () => {
    const table = [
      ...POVERTY_GUIDELINES,
      {
        ...POVERTY_GUIDELINES[0],
        year: 2026,
        baseCents: 16_000_00,
      } as (typeof POVERTY_GUIDELINES)[number],
    ];
    expect(povertyGuidelineCents(1, 'contiguous', 2026, table)).toBe(16_000_00);
  });

  it.each([0, -1, 2.5, 51])('rejects a household size of %s', (size) => {
    expect(() => povertyGuidelineCents(size, 'contiguous', 2025)).toThrow(RangeError);
  });

  it('rejects a negative or fractional income', () => {
    expect(() => percentOfPovertyLevel(-100, 1, 'contiguous', 2025)).toThrow(RangeError);
    expect(() => percentOfPovertyLevel(100.5, 1, 'contiguous', 2025)).toThrow(RangeError);
  });
});

describe('sliding scale (default tiers are our policy choice ❌)', () => {
  const guideline = povertyGuidelineCents(4, 'contiguous', 2025);

  it.each([
    [0, 1],
    [32_150_00, 1],
    [32_150_01, 0.75],
    [64_300_00, 0.75],
    [96_450_00, 0.5],
    [128_600_00, 0.25],
    [128_600_01, 0],
  ])('gives an income of %i cents a %s discount', (income, rate) => {
    expect(selectSlidingScaleTier(income, guideline).discountRate).toBe(rate);
  });

  it('is marked as an unverified policy choice', () => {
    expect(DEFAULT_SLIDING_SCALE.mark).toBe('unverified');
  });
});
