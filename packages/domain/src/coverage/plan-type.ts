import type { SourcedRow } from './rule-source.ts';

/** Kinds of coverage a patient can have (issue 4, payer directory). */
export type PlanType =
  | 'commercial'
  | 'employer-self-funded'
  | 'medicare-ffs'
  | 'medicare-advantage'
  | 'medicaid'
  | 'managed-medicaid'
  | 'tricare'
  | 'va-community-care'
  | 'workers-comp'
  | 'self-pay';

export const PLAN_TYPES: readonly PlanType[] = [
  'commercial',
  'employer-self-funded',
  'medicare-ffs',
  'medicare-advantage',
  'medicaid',
  'managed-medicaid',
  'tricare',
  'va-community-care',
  'workers-comp',
  'self-pay',
];

export interface PlanTypeRow extends SourcedRow {
  planType: PlanType;
  /**
   * A federal health care program pays (Medicare incl. MA and Part D, Medicaid, TRICARE, VA):
   * manufacturer copay coupons may not be used (OIG Special Advisory Bulletin, 16 Sep 2014).
   */
  isGovernmentProgram: boolean;
  /** Medicare Part B itself (FFS) pays, so Part B rules apply: no out-of-pocket maximum. */
  isMedicareFeeForService: boolean;
  /** Any insurance at all (self-pay is none). */
  isInsurance: boolean;
}

const ASSISTANCE_SOURCE =
  'DOMAIN.md §5.2 (OIG Special Advisory Bulletin on manufacturer copayment coupons, 16 Sep 2014)';

function row(
  planType: PlanType,
  isGovernmentProgram: boolean,
  options: { ffs?: boolean; insurance?: boolean; mark?: PlanTypeRow['mark'] } = {},
): PlanTypeRow {
  return {
    planType,
    isGovernmentProgram,
    isMedicareFeeForService: options.ffs ?? false,
    isInsurance: options.insurance ?? true,
    source: ASSISTANCE_SOURCE,
    mark: options.mark ?? 'verified',
    effectiveFrom: '2014-09-16',
    effectiveTo: null,
  };
}

export const PLAN_TYPE_TABLE: readonly PlanTypeRow[] = [
  row('commercial', false),
  row('employer-self-funded', false),
  row('medicare-ffs', true, { ffs: true }),
  row('medicare-advantage', true),
  row('medicaid', true),
  row('managed-medicaid', true),
  row('tricare', true),
  // VA care is federal money; the 2014 bulletin names Medicare, Medicaid, TRICARE… (⚠️ VA by analogy).
  row('va-community-care', true, { mark: 'secondary' }),
  // Workers' compensation is not a federal health care program; no patient cost sharing either.
  row('workers-comp', false, { mark: 'secondary' }),
  row('self-pay', false, { insurance: false }),
];

export function getPlanTypeRow(planType: PlanType): PlanTypeRow {
  const found = PLAN_TYPE_TABLE.find((candidate) => candidate.planType === planType);
  if (found === undefined) throw new Error(`No plan type row for ${planType}`);
  return found;
}

export function isGovernmentProgram(planType: PlanType): boolean {
  return getPlanTypeRow(planType).isGovernmentProgram;
}
