import { describe, expect, it } from 'vitest';
import type { RouteBenefitsInput } from './benefit-routing.types.ts';
import { buildExpectedCharges } from './build-expected-charges.ts';
import { DRUG_CATALOG } from './drug-catalog.ts';
import type { TherapyPlan } from './expected-charges.types.ts';
import { DEMO_FEE_SCHEDULE } from './fee-schedule.demo.ts';
import type { FeeSchedule } from './fee-schedule.ts';
import {
  HIT_G_CODES,
  NURSING_CODES,
  PN_CODES,
  PUMP_CODES,
  SUPPLY_CODES,
} from './medicare-codes.ts';
import { PER_DIEM_CODES } from './per-diem-codes.ts';
import { routeBenefits } from './route-benefits.ts';

function charges(
  routing: Partial<RouteBenefitsInput> & Pick<RouteBenefitsInput, 'drug'>,
  plan: Partial<TherapyPlan>,
  schedule: FeeSchedule = DEMO_FEE_SCHEDULE,
) {
  const fullPlan: TherapyPlan = {
    startDate: '2025-06-25',
    durationDays: 14,
    dose: { value: 1, unit: 'g' },
    frequency: 'q24h',
    nursing: { schedule: 'weekly', visitsPerWeek: 1, hoursPerVisit: 1 },
    ...plan,
  };
  const routed = routeBenefits({
    administrationMethod: 'electronic-pump',
    diagnosisCodes: [],
    planType: 'medicare-ffs',
    date: fullPlan.startDate,
    frequency: fullPlan.frequency,
    ...routing,
  });
  return buildExpectedCharges(fullPlan, schedule, routed);
}

const summary = (lines: readonly { month: string; code: string; units: number }[]) =>
  lines.map((line) => `${line.month} ${line.code} ×${line.units}`);

describe('buildExpectedCharges', () => {
  it('counts a Medicare DME + HIT therapy across two months', () => {
    const result = charges(
      { drug: 'acyclovir' },
      {
        dose: { value: 700, unit: 'mg' },
        frequency: 'q8h',
        nursing: { schedule: 'weekly', visitsPerWeek: 1, hoursPerVisit: 1, firstVisitHours: 3 },
      },
    );
    // 700 mg of a per-5-mg code = 140 units a dose, 3 doses a day; 6 days in June, 8 in July.
    // Lines run in date order: July's drug starts on the 1st, the second visit is on the 2nd.
    expect(summary(result.lines)).toEqual([
      '2025-06 J0133 ×2520',
      '2025-06 G0088 ×1',
      '2025-06 E0781 ×1',
      '2025-06 A4221 ×1',
      '2025-06 A4222 ×18',
      '2025-07 J0133 ×3360',
      '2025-07 A4222 ×24',
      '2025-07 G0068 ×1',
      '2025-07 A4221 ×1',
    ]);
    const drug = result.lines.find((line) => line.code === 'J0133');
    expect(drug).toMatchObject({
      benefit: 'part-b-dme',
      serviceType: '12',
      allowedCents: 2520 * 15,
    });
    expect(result.lines.find((line) => line.code === 'E0781')?.serviceType).toBe('18');
    expect(result.lines.find((line) => line.code === 'G0088')?.serviceType).toBe('42');
    expect(result.isDemoPricing).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('counts a commercial per diem therapy: drug per dose, S-code per day, nursing with 99602', () => {
    const result = charges(
      { drug: 'cefazolin', planType: 'commercial' },
      {
        startDate: '2025-03-01',
        durationDays: 42,
        dose: { value: 2, unit: 'g' },
        frequency: 'q8h',
        nursing: { schedule: 'weekly', visitsPerWeek: 1, hoursPerVisit: 1, firstVisitHours: 3 },
      },
    );
    expect(summary(result.lines)).toEqual([
      '2025-03 J0690 ×372',
      '2025-03 S9502 ×31',
      '2025-03 99601 ×5',
      '2025-03 99602 ×1',
      '2025-04 J0690 ×132',
      '2025-04 S9502 ×11',
      '2025-04 99601 ×1',
    ]);
    const perDiem = result.lines.find((line) => line.code === 'S9502');
    expect(perDiem).toMatchObject({ benefit: 'per-diem-contract', serviceType: '42' });
    expect(result.lines.find((line) => line.code === 'J0690')?.serviceType).toBe('1');
  });

  it('bills home IVIG for PID per infusion: drug units and one Q2052 per visit', () => {
    const result = charges(
      { drug: 'Privigen', diagnosisCodes: ['D80.1'], administrationMethod: 'gravity' },
      {
        startDate: '2025-01-06',
        durationDays: 84,
        dose: { value: 30, unit: 'g' },
        frequency: 'every 4 weeks',
        nursing: { schedule: 'each-dose-day', hoursPerVisit: 4 },
      },
    );
    expect(summary(result.lines)).toEqual([
      '2025-01 J1459 ×60',
      '2025-01 Q2052 ×1',
      '2025-02 J1459 ×60',
      '2025-02 Q2052 ×1',
      '2025-03 J1459 ×60',
      '2025-03 Q2052 ×1',
    ]);
  });

  it('bills the IVIG per diem on infusion days only when dosing is less often than every 72 hours', () => {
    const result = charges(
      { drug: 'Privigen', planType: 'commercial' },
      {
        startDate: '2025-01-06',
        durationDays: 84,
        dose: { value: 30, unit: 'g' },
        frequency: 'every 4 weeks',
        nursing: { schedule: 'each-dose-day', hoursPerVisit: 4 },
      },
    );
    const perDiemUnits = result.lines
      .filter((line) => line.code === 'S9338')
      .reduce((sum, line) => sum + line.units, 0);
    expect(perDiemUnits).toBe(3);
    const extraHours = result.lines.filter((line) => line.code === '99602');
    expect(extraHours.map((line) => line.units)).toEqual([2, 2, 2]);
  });

  it('prices Part D drug lines under pharmacy cost sharing and uncovered services at self-pay', () => {
    const result = charges(
      { drug: 'vancomycin', administrationMethod: 'gravity' },
      { frequency: 'q12h', startDate: '2025-06-01', durationDays: 7 },
    );
    const drug = result.lines.find((line) => line.code === 'J3370');
    expect(drug).toMatchObject({
      benefit: 'part-d',
      serviceType: '88',
      destination: 'part-d-plan',
    });
    const perDiem = result.lines.find((line) => line.code === 'S9501');
    expect(perDiem).toMatchObject({ benefit: 'not-covered', serviceType: null, units: 7 });
    expect(perDiem?.selfPayCents).toBe(7 * 11000);
  });

  it('skips the initial HIT code when a G-code was billed in the last 60 days', () => {
    const result = charges({ drug: 'acyclovir' }, { hitBilledWithin60Days: true });
    expect(result.lines.map((line) => line.code)).not.toContain('G0088');
    expect(result.lines.filter((line) => line.code === 'G0068')).toHaveLength(2);
  });

  it('warns instead of guessing when the dose unit cannot be converted to the code unit', () => {
    const result = charges(
      { drug: 'vancomycin', planType: 'commercial' },
      {
        dose: { value: 15, unit: 'mg/kg' },
      },
    );
    expect(result.warnings).toContainEqual({
      kind: 'dose-unit-mismatch',
      code: 'J3370',
      doseUnit: 'mg/kg',
      codeUnit: 'mg',
    });
    expect(result.lines.map((line) => line.code)).not.toContain('J3370');
  });

  it('marks lines unpriced and warns when the fee schedule has no rate', () => {
    const empty: FeeSchedule = { ...DEMO_FEE_SCHEDULE, id: 'empty', isDemo: false, rates: {} };
    const result = charges({ drug: 'ceftriaxone', planType: 'commercial' }, {}, empty);
    expect(result.lines.every((line) => !line.isPriced && line.allowedCents === 0)).toBe(true);
    expect(result.warnings).toContainEqual({ kind: 'no-rate', code: 'J0696' });
  });

  it('refuses a plan shorter than one day', () => {
    expect(() => charges({ drug: 'ceftriaxone' }, { durationDays: 0 })).toThrow(RangeError);
  });
});

describe('demo fee schedule', () => {
  it('prices every catalog drug code and every code the routing can bill', () => {
    const codes = [
      ...DRUG_CATALOG.flatMap((entry) => (entry.hcpcs === null ? [] : [entry.hcpcs.code])),
      ...[...HIT_G_CODES, ...PUMP_CODES, ...SUPPLY_CODES, ...PN_CODES, ...NURSING_CODES].map(
        (row) => row.code,
      ),
      ...PER_DIEM_CODES.map((row) => row.code),
      'Q2052',
    ];
    const missing = codes.filter((code) => DEMO_FEE_SCHEDULE.rates[code] === undefined);
    expect(missing).toEqual([]);
  });

  it('is labelled as demo pricing', () => {
    expect(DEMO_FEE_SCHEDULE.isDemo).toBe(true);
    expect(DEMO_FEE_SCHEDULE.name).toMatch(/not a real contract/);
  });
});
