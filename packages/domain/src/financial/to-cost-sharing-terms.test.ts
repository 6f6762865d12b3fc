import { describe, expect, it } from 'vitest';
import { toCostSharingTerms } from './to-cost-sharing-terms.ts';

describe('toCostSharingTerms', () => {
  it('keeps the figures a 271 gave', () => {
    const result = toCostSharingTerms(
      {
        deductibleRemainingCents: 500_00,
        coinsuranceRate: 0.2,
        copayCents: 40_00,
        oopRemainingCents: 3_000_00,
      },
      'after-deductible',
    );
    expect(result).toEqual({
      terms: {
        deductibleRemainingCents: 500_00,
        coinsuranceRate: 0.2,
        copayCents: 40_00,
        copayMode: 'after-deductible',
        oopRemainingCents: 3_000_00,
      },
      assumed: [],
    });
  });

  it('counts missing figures as zero, says so, and keeps a missing OOP as no maximum', () => {
    const result = toCostSharingTerms(
      {
        deductibleRemainingCents: null,
        coinsuranceRate: null,
        copayCents: null,
        oopRemainingCents: null,
      },
      'instead-of-deductible',
    );
    expect(result.terms).toMatchObject({
      copayMode: 'none',
      oopRemainingCents: null,
      deductibleRemainingCents: 0,
    });
    expect(result.assumed).toEqual(['deductible', 'coinsurance', 'copay']);
  });
});
