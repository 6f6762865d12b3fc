// The dashboard's cohort as one SQL common table expression: every referral received in the range
// (days counted in the caller's time zone) that the caller may see, joined to its admission, with
// the group it falls in, where it stands (outcome), the reason when it was not admitted or
// declined, and its referral-to-start-of-care hours. Everything else aggregates over this.
import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { scopesFor } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { admissions, referrals } from '../intake/intake.tables.ts';
import type { GroupBy } from './analytics.contracts.ts';
import type { DashboardRange } from './dashboard-range.ts';
import type { CohortOutcome } from './intake-figures.ts';

/**
 * Dashboard rows are aggregates over branches: 'all' sees every branch, 'branch' the caller's
 * branches, anything else nothing (deny by default).
 */
export function dashboardBranchScope(
  access: Pick<AccessContext, 'roles' | 'branchIds'>,
  branchColumn: AnyPgColumn,
): SQL {
  const scopes = scopesFor(access.roles, 'dashboard', 'read');
  if (scopes.includes('all')) return sql`true`;
  if (scopes.includes('branch') && access.branchIds.length > 0)
    return inArray(branchColumn, access.branchIds);
  return sql`false`;
}

/** Blank text counts as not recorded. */
const recorded = (value: SQL): SQL<string | null> =>
  sql<string | null>`nullif(btrim(${value}), '')`;

export function groupKeyOf(groupBy: GroupBy): SQL<string | null> {
  switch (groupBy) {
    case 'none':
      return sql<string | null>`'all'`;
    case 'branch':
      return sql<string | null>`${referrals.branchId}::text`;
    case 'payer':
      return recorded(
        sql`coalesce(${admissions.payerName}, ${referrals.draft} #>> '{coverages,0,payerName}')`,
      );
    case 'therapy':
      return recorded(sql`coalesce(${admissions.therapy}, ${referrals.therapy})`);
    case 'referral-source':
      return recorded(sql`coalesce(${admissions.referralSource}, ${referrals.sourceName})`);
  }
}

const isDeclined = sql`(${referrals.status} = 'declined' or ${referrals.response} = 'declined')`;

/**
 * One value per referral, first match wins (README "Definitions"). A declined referral whose
 * admission was already open is closed as not admitted by the intake module; it counts once, as
 * declined, with the referral's reason.
 */
const OUTCOME = sql<CohortOutcome>`case
  when ${admissions.startOfCareAt} is not null then 'admitted'
  when ${isDeclined} then 'declined'
  when ${admissions.status} = 'not-admitted' then 'not-admitted'
  when ${admissions.status} in ('cancelled', 'discharged') then 'cancelled'
  when ${admissions.status} = 'on-hold' then 'on-hold'
  else 'open' end`;

const REASON = sql<string | null>`case
  when ${admissions.startOfCareAt} is not null then null
  when ${isDeclined} then ${referrals.responseReasonCode}
  when ${admissions.status} = 'not-admitted' then ${admissions.statusReasonCode}
  else null end`;

const SOC_HOURS = sql<number | null>`case when ${admissions.startOfCareAt} is not null
  then extract(epoch from (${admissions.startOfCareAt} - ${admissions.receivedAt}))::float8 / 3600
  end`;

export interface CohortParams {
  access: Pick<AccessContext, 'roles' | 'branchIds'>;
  range: DashboardRange;
  groupBy: GroupBy;
  branchId: string | undefined;
}

/** Start (inclusive) and end (exclusive) instants of the range's days in its time zone. */
export function rangeBounds(range: DashboardRange): { start: SQL; end: SQL } {
  return {
    start: sql`(${range.from}::date::timestamp at time zone ${range.timeZone})`,
    end: sql`((${range.to}::date + 1)::timestamp at time zone ${range.timeZone})`,
  };
}

export function buildCohort(db: DbOrTx, params: CohortParams) {
  const { start, end } = rangeBounds(params.range);
  return db.$with('cohort').as(
    db
      .select({
        groupKey: groupKeyOf(params.groupBy).as('c_group_key'),
        outcome: OUTCOME.as('c_outcome'),
        reasonCode: REASON.as('c_reason_code'),
        socHours: SOC_HOURS.as('c_soc_hours'),
        admissionId: sql<string | null>`${admissions.id}`.as('c_admission_id'),
        admissionStatus: sql<string | null>`${admissions.status}`.as('c_admission_status'),
        stage: sql<string | null>`${admissions.stage}`.as('c_stage'),
        stageEnteredAt: sql<Date | null>`${admissions.stageEnteredAt}`.as('c_stage_entered_at'),
      })
      .from(referrals)
      .leftJoin(admissions, eq(admissions.referralId, referrals.id))
      .where(
        and(
          gte(referrals.receivedAt, start),
          lt(referrals.receivedAt, end),
          dashboardBranchScope(params.access, referrals.branchId),
          params.branchId === undefined ? undefined : eq(referrals.branchId, params.branchId),
        ),
      ),
  );
}
