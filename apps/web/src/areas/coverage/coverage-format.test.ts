import { describe, expect, it } from 'vitest';
import { accumulatorParts, formatCents, formatRate, searchParams } from './coverage-format.ts';

describe('coverage figures on screen', () => {
  it('shows cents as dollars and rates as percentages in either language', () => {
    expect(formatCents(28_300, 'en')).toBe('$283.00');
    expect(formatCents(150_000, 'zh-CN')).toBe('US$1,500.00');
    expect(formatRate(0.2, 'en')).toBe('20%');
    expect(formatRate(0.125, 'en')).toBe('12.5%');
  });

  it('reads a deductible as amount, met and remaining, leaving out what the payer did not say', () => {
    expect(
      accumulatorParts({ amountCents: 150_000, remainingCents: 50_000, metCents: 100_000 }, 'en'),
    ).toEqual({
      amount: '$1,500.00',
      met: '$1,000.00',
      remaining: '$500.00',
    });
    expect(accumulatorParts(null, 'en')).toEqual({ amount: null, met: null, remaining: null });
  });

  it('sends only the filters chosen, and no empty query', () => {
    expect(searchParams({ q: '  blue ', planType: null, state: 'IL', limit: 20 })).toBe(
      'limit=20&q=blue&state=IL',
    );
    expect(
      searchParams({
        q: '   ',
        planType: 'medicaid',
        state: null,
        includeInactive: true,
        limit: 5,
      }),
    ).toBe('limit=5&planType=medicaid&includeInactive=true');
  });
});
