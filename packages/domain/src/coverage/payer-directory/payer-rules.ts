import type { TherapyType } from '../../intake/referral-draft.ts';
import type { PlanType } from '../plan-type.ts';
import type { ConfidenceMark } from '../rule-source.ts';
import type { BillingModel } from './payer-directory.types.ts';

export interface PlanTypeDirectoryRule {
  planType: PlanType;
  /** Therapies the plan type usually puts under prior authorization (demo defaults). */
  priorAuthTherapies: readonly TherapyType[];
  /** Timely filing limits seen for the plan type; the generator picks one per plan. */
  timelyFilingDayChoices: readonly number[];
  billingModels: readonly BillingModel[];
  source: string;
  mark: ConfidenceMark;
}

const ALL_THERAPIES: readonly TherapyType[] = [
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
];

const SPECIALTY: readonly TherapyType[] = [
  'ivig',
  'scig',
  'chemotherapy',
  'parenteral-nutrition',
  'inotrope',
  'pain-management',
  'pulmonary-hypertension',
  'biologic',
];

const DEMO = 'Demo defaults for the generated directory (❌ real plans publish their own lists)';

/**
 * Directory defaults by plan type. Medicare FFS: no prior authorization for home infusion and
 * 12 months timely filing (⚠️ well known, not in DOMAIN.md); the rest are demo defaults (❌).
 */
export const PLAN_TYPE_DIRECTORY_RULES: readonly PlanTypeDirectoryRule[] = [
  {
    planType: 'commercial',
    priorAuthTherapies: SPECIALTY,
    timelyFilingDayChoices: [90, 120, 180],
    billingModels: ['per-diem', 'per-diem', 'per-diem', 'fee-schedule'],
    source: DEMO,
    mark: 'unverified',
  },
  {
    planType: 'employer-self-funded',
    priorAuthTherapies: SPECIALTY,
    timelyFilingDayChoices: [90, 180, 365],
    billingModels: ['per-diem', 'per-diem', 'fee-schedule'],
    source: DEMO,
    mark: 'unverified',
  },
  {
    planType: 'medicare-ffs',
    priorAuthTherapies: [],
    timelyFilingDayChoices: [365],
    billingModels: ['medicare-benefit-split'],
    source:
      'Medicare claims must be filed within 12 months of the date of service (⚠️ not in DOMAIN.md)',
    mark: 'secondary',
  },
  {
    planType: 'medicare-advantage',
    priorAuthTherapies: ALL_THERAPIES.filter((t) => t !== 'hydration'),
    timelyFilingDayChoices: [90, 180, 365],
    billingModels: ['per-diem'],
    source: DEMO,
    mark: 'unverified',
  },
  {
    planType: 'medicaid',
    priorAuthTherapies: ALL_THERAPIES,
    timelyFilingDayChoices: [90, 180, 365],
    billingModels: ['fee-schedule', 'per-diem'],
    source: DEMO,
    mark: 'unverified',
  },
  {
    planType: 'managed-medicaid',
    priorAuthTherapies: ALL_THERAPIES,
    timelyFilingDayChoices: [90, 120, 180],
    billingModels: ['per-diem', 'fee-schedule'],
    source: DEMO,
    mark: 'unverified',
  },
  {
    planType: 'tricare',
    priorAuthTherapies: ALL_THERAPIES,
    timelyFilingDayChoices: [365],
    billingModels: ['per-diem'],
    source: 'TRICARE 1-year filing limit (⚠️ not in DOMAIN.md)',
    mark: 'secondary',
  },
  {
    planType: 'va-community-care',
    priorAuthTherapies: ALL_THERAPIES,
    timelyFilingDayChoices: [180],
    billingModels: ['per-diem'],
    source: 'VA Community Care 180-day limit (⚠️ not in DOMAIN.md)',
    mark: 'secondary',
  },
  {
    planType: 'workers-comp',
    priorAuthTherapies: ALL_THERAPIES,
    timelyFilingDayChoices: [90, 180, 365],
    billingModels: ['fee-schedule'],
    source: DEMO,
    mark: 'unverified',
  },
  {
    planType: 'self-pay',
    priorAuthTherapies: [],
    timelyFilingDayChoices: [0],
    billingModels: ['fee-schedule'],
    source: DEMO,
    mark: 'unverified',
  },
];

export function getPlanTypeDirectoryRule(planType: PlanType): PlanTypeDirectoryRule {
  const rule = PLAN_TYPE_DIRECTORY_RULES.find((row) => row.planType === planType);
  if (rule === undefined) throw new Error(`No directory rule for ${planType}`);
  return rule;
}
