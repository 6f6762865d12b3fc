import { describe, expect, it } from 'vitest';
import type { PlanType } from '../coverage/index.ts';
import { renderAssistanceReasonEn } from './assistance-messages.ts';
import { screenForAssistance, type ScreenForAssistanceInput } from './screen-for-assistance.ts';

function screen(overrides: Partial<ScreenForAssistanceInput>) {
  return screenForAssistance({
    householdSize: 2,
    annualIncomeCents: 40_000_00,
    region: 'contiguous',
    year: 2025,
    planType: 'commercial',
    diagnosisCodes: [],
    drug: 'Privigen',
    ...overrides,
  });
}

const statusOf = (result: ReturnType<typeof screen>, programId: string) =>
  result.programs.find((program) => program.programId === programId)?.status;

describe('screenForAssistance (DOMAIN.md §5.2)', () => {
  it('offers a copay card for a brand drug on commercial insurance', () => {
    expect(statusOf(screen({}), 'manufacturer-copay-card')).toBe('eligible');
  });

  it.each([
    'medicare-ffs',
    'medicare-advantage',
    'medicaid',
    'managed-medicaid',
    'tricare',
    'va-community-care',
  ] as const)('never offers a copay card when %s pays (OIG 2014)', (planType) => {
    const result = screen({ planType });
    expect(statusOf(result, 'manufacturer-copay-card')).toBe('not-eligible');
    const card = result.programs.find((p) => p.programId === 'manufacturer-copay-card');
    expect(card?.reasons.map(renderAssistanceReasonEn).join(' ')).toMatch(/government program/);
  });

  it('offers no manufacturer program for a multi-source generic', () => {
    const result = screen({ drug: 'vancomycin' });
    expect(statusOf(result, 'manufacturer-copay-card')).toBe('not-eligible');
    expect(statusOf(result, 'manufacturer-pap')).toBe('not-eligible');
  });

  it('offers the free-drug program to the uninsured and only case by case under Medicare', () => {
    expect(statusOf(screen({ planType: 'self-pay' }), 'manufacturer-pap')).toBe('eligible');
    expect(statusOf(screen({ planType: 'medicare-ffs' }), 'manufacturer-pap')).toBe('case-by-case');
    expect(statusOf(screen({ planType: 'medicaid' }), 'manufacturer-pap')).toBe('not-eligible');
  });

  it('matches independent foundation funds by diagnosis, Medicare patients included', () => {
    const result = screen({ planType: 'medicare-ffs', diagnosisCodes: ['D80.0'] });
    expect(statusOf(result, 'foundation-primary-immunodeficiency')).toBe('conditional');
    expect(statusOf(result, 'foundation-multiple-sclerosis')).toBe('not-eligible');
    expect(statusOf(screen({ diagnosisCodes: ['K50.90'] }), 'foundation-ibd')).toBe('conditional');
    expect(statusOf(screen({ diagnosisCodes: ['C18.7'] }), 'foundation-cancer')).toBe(
      'conditional',
    );
  });

  it('requires insurance for foundation grants', () => {
    expect(
      statusOf(
        screen({ planType: 'self-pay', diagnosisCodes: ['G35'] }),
        'foundation-multiple-sclerosis',
      ),
    ).toBe('not-eligible');
  });

  it('stops a program at its income limit', () => {
    const rich = screen({ diagnosisCodes: ['G35'], annualIncomeCents: 200_000_00 });
    expect(statusOf(rich, 'foundation-multiple-sclerosis')).toBe('not-eligible');
  });

  it('puts a low-income commercial patient on the sliding scale', () => {
    const result = screen({ annualIncomeCents: 30_000_00 });
    expect(result.percentOfPovertyLevel).toBe(141.8);
    expect(result.slidingScale).toMatchObject({ status: 'eligible', discountRate: 0.75 });
  });

  it('allows Medicare and Medicaid waivers only case by case after a documented need review', () => {
    for (const planType of ['medicare-ffs', 'medicaid'] satisfies PlanType[]) {
      const result = screen({ planType, annualIncomeCents: 15_000_00 });
      expect(result.slidingScale.status).toBe('case-by-case');
      expect(result.slidingScale.tier.discountRate).toBe(1);
    }
  });

  it('gives no sliding-scale discount above the last tier', () => {
    const result = screen({ annualIncomeCents: 150_000_00 });
    expect(result.slidingScale).toMatchObject({ status: 'not-eligible', discountRate: 0 });
    expect(statusOf(result, 'provider-sliding-scale')).toBe('not-eligible');
  });

  it('refers low-income patients to Medicaid or Medicare savings programs', () => {
    expect(
      statusOf(screen({ planType: 'self-pay', annualIncomeCents: 20_000_00 }), 'medicaid-referral'),
    ).toBe('refer');
    expect(
      statusOf(
        screen({ planType: 'medicare-ffs', annualIncomeCents: 25_000_00 }),
        'medicare-savings-and-extra-help',
      ),
    ).toBe('refer');
  });

  it('flags an Alaska screen as resting on an unverified increment', () => {
    expect(screen({ region: 'alaska' }).guidelineMark).toBe('unverified');
  });
});
