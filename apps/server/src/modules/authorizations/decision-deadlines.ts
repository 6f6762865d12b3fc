// When the payer owes a decision, as data with sources. CMS-0057-F binds Medicare Advantage and
// Medicaid/CHIP (fee-for-service and managed care) from 1 January 2026: 72 hours for expedited
// (urgent) and 7 calendar days for standard requests (DOMAIN.md §2.3 ✅). It does not bind Medicare
// fee-for-service or commercial/employer group plans: for those (and before 2026) the same figures
// are only a follow-up target the organisation may change, and the screen says so.
import type { ConfidenceMark, PlanType, SourcedRow } from '@infusio/domain/coverage';
import type { ReviewLevel } from './authorization-vocabulary.ts';

export type DeadlineKind = 'initial' | 'appeal';

export interface DeadlineRule extends SourcedRow {
  id: string;
  kind: DeadlineKind;
  level: ReviewLevel;
  hours: number;
  /** The plan types the rule binds; empty for the organisation's informational default. */
  planTypes: readonly PlanType[];
}

const CMS_0057_F =
  'CMS-0057-F Interoperability and Prior Authorization final rule (89 FR 8758, published 17 Jan 2024), DOMAIN.md §2.3';
const CMS_PLAN_TYPES: readonly PlanType[] = ['medicare-advantage', 'medicaid', 'managed-medicaid'];
const MA_APPEALS =
  '42 CFR 422.590 (MA reconsiderations: 72 h expedited, 30 days standard pre-service) and 42 CFR 438.408 (Medicaid managed care appeals), from memory — not in DOMAIN.md';
const LOCAL =
  'Infusio default follow-up target (the CMS-0057-F figures); not a legal time limit for this plan — configurable in the "authorizations" setting';

function rule(
  id: string,
  kind: DeadlineKind,
  level: ReviewLevel,
  hours: number,
  planTypes: readonly PlanType[],
  source: string,
  mark: ConfidenceMark,
  effectiveFrom: string,
): DeadlineRule {
  return { id, kind, level, hours, planTypes, source, mark, effectiveFrom, effectiveTo: null };
}

/** Binding rules first; the first row whose plan types, level, kind and date match wins. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  rule(
    'cms-0057-f-expedited',
    'initial',
    'urgent',
    72,
    CMS_PLAN_TYPES,
    CMS_0057_F,
    'verified',
    '2026-01-01',
  ),
  rule(
    'cms-0057-f-standard',
    'initial',
    'standard',
    7 * 24,
    CMS_PLAN_TYPES,
    CMS_0057_F,
    'verified',
    '2026-01-01',
  ),
  rule(
    'appeal-expedited',
    'appeal',
    'urgent',
    72,
    ['medicare-advantage', 'managed-medicaid'],
    MA_APPEALS,
    'secondary',
    '2000-01-01',
  ),
  rule(
    'appeal-standard',
    'appeal',
    'standard',
    30 * 24,
    ['medicare-advantage', 'managed-medicaid'],
    MA_APPEALS,
    'secondary',
    '2000-01-01',
  ),
  rule('local-expedited', 'initial', 'urgent', 72, [], LOCAL, 'unverified', '2000-01-01'),
  rule('local-standard', 'initial', 'standard', 7 * 24, [], LOCAL, 'unverified', '2000-01-01'),
  rule('local-appeal-expedited', 'appeal', 'urgent', 72, [], LOCAL, 'unverified', '2000-01-01'),
  rule(
    'local-appeal-standard',
    'appeal',
    'standard',
    30 * 24,
    [],
    LOCAL,
    'unverified',
    '2000-01-01',
  ),
];

/** The organisation's own follow-up targets for plans no rule binds (hours by kind and level). */
export type InformationalTargets = Partial<
  Record<DeadlineKind, Partial<Record<ReviewLevel, number>>>
>;

export interface DecisionDeadline {
  dueAt: Date;
  hours: number;
  /** True when a regulation obliges the payer; false for an informational follow-up target. */
  binding: boolean;
  ruleId: string;
  source: string;
  mark: ConfidenceMark;
}

export interface DeadlineInput {
  /** When the request (or the appeal) reached the payer. */
  from: Date;
  kind: DeadlineKind;
  level: ReviewLevel;
  /** Null when the coverage is not linked to a directory plan (treated as not bound). */
  planType: PlanType | null;
}

function applies(row: DeadlineRule, input: DeadlineInput, isoDate: string): boolean {
  if (row.kind !== input.kind || row.level !== input.level) return false;
  if (row.effectiveFrom > isoDate || (row.effectiveTo !== null && isoDate > row.effectiveTo))
    return false;
  if (row.planTypes.length === 0) return true;
  return input.planType !== null && row.planTypes.includes(input.planType);
}

/**
 * The decision deadline: `from` + 72 hours (urgent) or + 7 calendar days (standard), counted as
 * whole 24-hour days from the moment of submission.
 */
export function computeDecisionDeadline(
  input: DeadlineInput,
  targets: InformationalTargets = {},
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): DecisionDeadline {
  const isoDate = input.from.toISOString().slice(0, 10);
  const row = rules.find((candidate) => applies(candidate, input, isoDate));
  if (row === undefined) throw new Error(`No deadline rule for ${input.kind} ${input.level}`);
  const binding = row.planTypes.length > 0;
  const configured = binding ? undefined : targets[input.kind]?.[input.level];
  const hours = configured !== undefined && configured > 0 ? configured : row.hours;
  return {
    dueAt: new Date(input.from.getTime() + hours * 3_600_000),
    hours,
    binding,
    ruleId: row.id,
    source: row.source,
    mark: binding ? row.mark : 'unverified',
  };
}

/** Whether CMS-0057-F's time limits bind this plan type at all (the screen explains when not). */
export function isBoundByCms0057F(planType: PlanType | null): boolean {
  return planType !== null && CMS_PLAN_TYPES.includes(planType);
}
