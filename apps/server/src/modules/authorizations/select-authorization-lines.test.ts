import { describe, expect, it } from 'vitest';
import { buildExpectedCharges, DEMO_FEE_SCHEDULE, routeBenefits } from '@infusio/domain/coverage';
import type { PlanType } from '@infusio/domain/coverage';
import { selectAuthorizationLines, type SelectLinesInput } from './select-authorization-lines.ts';

function inputFor(
  planType: PlanType,
  overrides: Partial<SelectLinesInput> = {},
  drug = 'vancomycin',
): SelectLinesInput {
  const ivig = drug !== 'vancomycin';
  const routing = routeBenefits({
    drug,
    administrationMethod: ivig ? 'electronic-pump' : 'gravity',
    diagnosisCodes: [ivig ? 'D80.0' : 'M86.172'],
    planType,
    date: '2026-11-24',
    frequency: ivig ? 'every 4 weeks' : 'q12h',
  });
  const charges = buildExpectedCharges(
    {
      startDate: '2026-11-24',
      durationDays: 42,
      dose: ivig ? { value: 30, unit: 'g' } : { value: 1250, unit: 'mg' },
      frequency: ivig ? 'every 4 weeks' : 'q12h',
      nursing: { schedule: 'weekly', visitsPerWeek: 1, hoursPerVisit: 1, firstVisitHours: 2.5 },
    },
    DEMO_FEE_SCHEDULE,
    routing,
  );
  return {
    routing,
    lines: charges.lines,
    planPriorAuthTherapies: ['anti-infective', 'ivig'],
    eligibilityAuthRequired: null,
    therapyPeriod: { start: '2026-11-24', end: '2027-01-04' },
    frequencies: { drug: 'q12h', nursing: '1 visit a week' },
    ...overrides,
  };
}

const summary = (input: SelectLinesInput) =>
  selectAuthorizationLines(input).map((l) => [
    l.serviceLine,
    l.procedureCode,
    l.unitsRequested,
    l.unitType,
    l.needsAuthorization,
  ]);

describe('selecting the lines to authorize from the therapy plan', () => {
  it('asks for the drug, per diem days and nursing visits over the whole course', () => {
    expect(summary(inputFor('commercial'))).toEqual([
      ['drug', 'J3370', 252, 'units', true],
      ['per-diem', 'S9501', 42, 'days', true],
      ['nursing', '99601', 6, 'visits', true],
      ['nursing', '99602', 1, 'units', true],
    ]);
    const [drug] = selectAuthorizationLines(inputFor('commercial'));
    expect(drug).toMatchObject({
      startDate: '2026-11-24',
      endDate: '2027-01-04',
      frequency: 'q12h',
      reason: { kind: 'plan-lists-therapy', therapy: 'anti-infective' },
    });
    expect(selectAuthorizationLines(inputFor('commercial'))[1]?.frequency).toBe(
      'every day of therapy',
    );
  });

  it('needs nothing when the plan does not list the therapy and the 271 is silent', () => {
    const lines = selectAuthorizationLines(inputFor('commercial', { planPriorAuthTherapies: [] }));
    expect(lines.every((l) => !l.needsAuthorization)).toBe(true);
    expect(lines[0]?.reason.kind).toBe('plan-does-not-list-therapy');
  });

  it('follows the 271: EB11 Y on home health care makes per diem and nursing need it', () => {
    const lines = selectAuthorizationLines(
      inputFor('commercial', {
        planPriorAuthTherapies: [],
        eligibilityAuthRequired: new Map([
          ['42', true],
          ['1', false],
        ]),
      }),
    );
    expect(lines.map((l) => [l.procedureCode, l.needsAuthorization, l.reason.kind])).toEqual([
      ['J3370', false, 'eligibility-not-required'],
      ['S9501', true, 'eligibility-requires'],
      ['99601', true, 'eligibility-requires'],
      ['99602', true, 'eligibility-requires'],
    ]);
  });

  it('proposes every billed line when the plan is not in the directory and no 271 says', () => {
    const lines = selectAuthorizationLines(
      inputFor('commercial', { planPriorAuthTherapies: null }),
    );
    expect(lines.every((l) => l.needsAuthorization && l.reason.kind === 'plan-unknown')).toBe(true);
  });

  it('leaves out what the payer is not billed for (Medicare FFS Part D drug: services self-pay)', () => {
    const lines = selectAuthorizationLines(
      inputFor('medicare-ffs', { planPriorAuthTherapies: null }),
    );
    expect(lines.map((l) => l.procedureCode)).toEqual(['J3370']);
  });

  it('asks for IVIG under Medicare Part B: the drug and the Q2052 visits', () => {
    const lines = selectAuthorizationLines(
      inputFor('medicare-ffs', { planPriorAuthTherapies: [] }, 'Gamunex-C'),
    );
    expect(lines.map((l) => [l.serviceLine, l.procedureCode, l.needsAuthorization])).toEqual([
      ['drug', 'J1561', false],
      ['nursing', 'Q2052', false],
    ]);
  });
});
