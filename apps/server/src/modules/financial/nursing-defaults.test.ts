import { describe, expect, it } from 'vitest';
import { findNursingDefault, NURSING_DEFAULTS } from './nursing-defaults.ts';

const THERAPIES = [
  'anti-infective',
  'ivig',
  'scig',
  'chemotherapy',
  'parenteral-nutrition',
  'hydration',
  'inotrope',
  'pain-management',
  'pulmonary-hypertension',
  'biologic',
  'other',
] as const;

describe('default nursing schedules', () => {
  it('has one sourced row per therapy, with a longer or equal first visit', () => {
    expect(NURSING_DEFAULTS.map((r) => r.therapy).sort()).toEqual([...THERAPIES].sort());
    for (const row of NURSING_DEFAULTS) {
      expect(row.source).toContain('DOMAIN.md §4.3');
      expect(row.plan.firstVisitHours ?? row.plan.hoursPerVisit).toBeGreaterThanOrEqual(
        row.plan.hoursPerVisit,
      );
    }
  });

  it('visits every IVIG infusion (3–4 h, DOMAIN.md §4.3) and weekly for antibiotics', () => {
    expect(findNursingDefault('ivig').plan).toEqual({
      schedule: 'each-dose-day',
      hoursPerVisit: 4,
      firstVisitHours: 5,
    });
    expect(findNursingDefault('anti-infective').plan).toMatchObject({
      schedule: 'weekly',
      visitsPerWeek: 1,
    });
  });
});
