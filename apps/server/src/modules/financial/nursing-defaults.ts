// The nursing visits an estimate counts when the request does not give its own schedule: one row
// per therapy, with where the figures come from. Staff change the schedule in the request (the
// estimate stores which one it used), so these are defaults, not rules.
import type { ConfidenceMark, NursingPlan } from '@infusio/domain/coverage';
import type { TherapyType } from '@infusio/domain/intake';

export interface NursingDefaultRow {
  therapy: TherapyType;
  plan: NursingPlan;
  source: string;
  mark: ConfidenceMark;
  /** Why this schedule, in a few words (shown as the estimate's assumption). */
  assumption: string;
}

const DURATIONS = 'DOMAIN.md §4.3 nurse visit durations (⚠️ typical lengths)';
const OUR_CHOICE = `${DURATIONS}; visit frequency is an Infusio planning default ❌`;

function weekly(
  therapy: TherapyType,
  hoursPerVisit: number,
  firstVisitHours: number,
  assumption: string,
): NursingDefaultRow {
  return {
    therapy,
    plan: { schedule: 'weekly', visitsPerWeek: 1, hoursPerVisit, firstVisitHours },
    source: OUR_CHOICE,
    mark: 'unverified',
    assumption,
  };
}

export const NURSING_DEFAULTS: readonly NursingDefaultRow[] = [
  weekly(
    'anti-infective',
    1,
    2.5,
    'Start-of-care teaching visit of 2.5 h, then a weekly 1 h visit (site care, dressing, labs).',
  ),
  {
    therapy: 'ivig',
    plan: { schedule: 'each-dose-day', hoursPerVisit: 4, firstVisitHours: 5 },
    source: `${DURATIONS}; IVIG visits 3–4 h, the first slower (✅)`,
    mark: 'secondary',
    assumption: 'A nurse gives every infusion: 4 h each, the first 5 h (slower first rate).',
  },
  weekly(
    'scig',
    2,
    3,
    'A 3 h teaching visit, then a weekly 2 h visit while the patient learns to self-infuse.',
  ),
  {
    therapy: 'chemotherapy',
    plan: { schedule: 'each-dose-day', hoursPerVisit: 2, firstVisitHours: 3 },
    source: OUR_CHOICE,
    mark: 'unverified',
    assumption: 'A nurse connects the pump on every dosing day: 2 h, the first 3 h.',
  },
  weekly(
    'parenteral-nutrition',
    1,
    3,
    'A 3 h teaching visit, then a weekly 1 h visit (line care, labs).',
  ),
  weekly('hydration', 1, 2.5, 'A 2.5 h first visit, then a weekly 1 h visit.'),
  weekly('inotrope', 1, 3, 'A 3 h first visit, then a weekly 1 h visit (line care, labs).'),
  weekly('pain-management', 1, 2.5, 'A 2.5 h first visit, then a weekly 1 h visit.'),
  weekly('pulmonary-hypertension', 1, 3, 'A 3 h teaching visit, then a weekly 1 h visit.'),
  {
    therapy: 'biologic',
    plan: { schedule: 'each-dose-day', hoursPerVisit: 3, firstVisitHours: 4 },
    source: OUR_CHOICE,
    mark: 'unverified',
    assumption: 'A nurse gives every infusion: 3 h each, the first 4 h.',
  },
  weekly('other', 1, 2.5, 'A 2.5 h first visit, then a weekly 1 h visit.'),
];

export function findNursingDefault(therapy: TherapyType): NursingDefaultRow {
  const row =
    NURSING_DEFAULTS.find((candidate) => candidate.therapy === therapy) ??
    NURSING_DEFAULTS.find((candidate) => candidate.therapy === 'other');
  if (row === undefined) throw new Error('The nursing defaults lost their "other" row');
  return row;
}
