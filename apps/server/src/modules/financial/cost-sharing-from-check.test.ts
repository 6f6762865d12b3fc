import { describe, expect, it } from 'vitest';
import { readCostSharing, termsFromCostSharing } from './cost-sharing-from-check.ts';

const summary = (serviceType: string, figures: Record<string, unknown>) => ({
  serviceType,
  network: 'in',
  status: 'active',
  deductibleRemainingCents: null,
  coinsuranceRate: null,
  copayCents: null,
  oopRemainingCents: null,
  ...figures,
});

describe('terms from an eligibility check’s stored cost sharing', () => {
  it('reads the coverage module’s shape: per service type, in and out of network', () => {
    const stored = {
      '30': {
        in: summary('30', {
          deductibleRemainingCents: 500_00,
          coinsuranceRate: 0.2,
          oopRemainingCents: 3_200_00,
        }),
        out: summary('30', { deductibleRemainingCents: 3_000_00, coinsuranceRate: 0.4 }),
      },
      '88': { in: summary('88', { copayCents: 30_00 }), out: summary('88', {}) },
    };
    const terms = termsFromCostSharing(stored);
    expect(terms.defaultTerms).toEqual({
      deductibleRemainingCents: 500_00,
      coinsuranceRate: 0.2,
      copayCents: 0,
      copayMode: 'none',
      oopRemainingCents: 3_200_00,
    });
    expect(terms.termsByServiceType['88']).toMatchObject({
      copayCents: 30_00,
      copayMode: 'instead-of-deductible',
    });
    // 30 states a deductible and coinsurance, so its missing copay is simply none; 88 states a
    // copay only, so its missing coinsurance is normal, but its missing deductible is worth a call.
    expect(terms.assumptions).toEqual([
      { code: 'copayModeDefault', params: { serviceType: '88', mode: 'instead-of-deductible' } },
      { code: 'figureAssumedZero', params: { figure: 'deductible', serviceType: '88' } },
    ]);
  });

  it('takes the copay mode the request gives and says so', () => {
    const stored = { '88': { in: summary('88', { copayCents: 30_00 }) } };
    const terms = termsFromCostSharing(stored, { '88': 'after-deductible' });
    expect(terms.termsByServiceType['88']?.copayMode).toBe('after-deductible');
    expect(terms.assumptions).toContainEqual({
      code: 'copayModeGiven',
      params: { serviceType: '88', mode: 'after-deductible' },
    });
  });

  it('lists each missing figure once with every service type it is missing for', () => {
    const terms = termsFromCostSharing({
      '1': { in: summary('1', {}) },
      '42': { in: summary('42', {}) },
    });
    expect(terms.assumptions.filter((a) => a.code === 'figureAssumedZero')).toEqual([
      { code: 'figureAssumedZero', params: { figure: 'deductible', serviceType: '1,42' } },
      { code: 'figureAssumedZero', params: { figure: 'coinsurance', serviceType: '1,42' } },
      { code: 'figureAssumedZero', params: { figure: 'copay', serviceType: '1,42' } },
    ]);
  });

  it('gives no terms for a service type the payer does not cover, and no default without plan figures', () => {
    const stored = [
      summary('88', { status: 'not-covered' }),
      summary('42', { coinsuranceRate: 0.2 }),
    ];
    const terms = termsFromCostSharing(stored);
    expect(terms.termsByServiceType['88']).toBeUndefined();
    expect(terms.termsByServiceType['42']?.coinsuranceRate).toBe(0.2);
    expect(terms.defaultTerms.coinsuranceRate).toBe(0);
    expect(terms.assumptions.map((a) => a.code)).toEqual(
      expect.arrayContaining(['serviceTypeNotCovered', 'noGeneralFigures']),
    );
  });

  it('ignores figures that are not cents or rates, and service types we do not use', () => {
    const figures = readCostSharing({
      '1': { in: { deductibleRemainingCents: -5, coinsuranceRate: 20, copayCents: 12.5 } },
      '99': { in: { deductibleRemainingCents: 100 } },
      junk: 'x',
    });
    expect([...figures.keys()]).toEqual(['1']);
    expect(figures.get('1')).toMatchObject({
      deductibleRemainingCents: null,
      coinsuranceRate: null,
      copayCents: null,
    });
    expect(readCostSharing(null).size).toBe(0);
  });
});
