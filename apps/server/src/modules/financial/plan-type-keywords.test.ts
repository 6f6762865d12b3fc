import { describe, expect, it } from 'vitest';
import { guessPlanTypeFromPayerName, toPlanType } from './plan-type-keywords.ts';

describe('guessing a plan type from the payer name', () => {
  it.each([
    ['Medicare Part B', 'medicare-ffs', 'medicare'],
    ['Humana Medicare Advantage PPO', 'medicare-advantage', 'medicare advantage'],
    ['Illinois Medicaid', 'medicaid', 'medicaid'],
    ['Meridian Managed Medicaid', 'managed-medicaid', 'managed medicaid'],
    ['TRICARE East', 'tricare', 'tricare'],
    ["Workers' Compensation Fund", 'workers-comp', "workers' compensation"],
    ['Self-pay', 'self-pay', 'self-pay'],
  ])('reads %s as %s', (name, planType, phrase) => {
    expect(guessPlanTypeFromPayerName(name)).toEqual({
      planType,
      matched: phrase,
      mark: 'unverified',
    });
  });

  it('falls back to commercial and says nothing matched', () => {
    expect(guessPlanTypeFromPayerName('Blue Cross Blue Shield of Illinois')).toEqual({
      planType: 'commercial',
      matched: null,
      mark: 'unverified',
    });
  });

  it('matches whole words only (no "medicaid" inside another word)', () => {
    expect(guessPlanTypeFromPayerName('Cashmere Health Plan').planType).toBe('commercial');
  });

  it('accepts only known directory plan types', () => {
    expect(toPlanType('medicare-advantage')).toBe('medicare-advantage');
    expect(toPlanType('gold')).toBeUndefined();
    expect(toPlanType(null)).toBeUndefined();
  });
});
