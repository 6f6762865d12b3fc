// Reads for the intake dashboard. Set-based: three grouped queries over the cohort (outcomes with
// referral-to-start-of-care hours, completed stage stays, running stage stays), each returning one
// row per group × outcome/stage with the values as an array; the statistics are then computed by
// the shared helpers in @infusio/domain/intake. Aggregates only: no patient column leaves SQL.
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { admissionEvents, reasonCodes } from '../intake/intake.tables.ts';
import { branches } from '../locations/locations.tables.ts';
import type { GroupBy, IntakeDashboardResponse } from './analytics.contracts.ts';
import type { DashboardRange } from './dashboard-range.ts';
import { readLocalTargets } from './dashboard-targets.ts';
import { buildCohort, dashboardBranchScope, type CohortParams } from './intake-cohort.ts';
import {
  assembleDashboardFigures,
  INTAKE_WAIT_STAGES,
  type OutcomeRow,
  type StageRow,
} from './intake-figures.ts';
import { buildSocHistogram, BIN_HOURS } from './soc-histogram.ts';

export interface IntakeDashboardParams {
  range: DashboardRange;
  groupBy: GroupBy;
  branchId: string | undefined;
}

type Access = Pick<AccessContext, 'roles' | 'branchIds'>;

export async function listDashboardBranches(db: DbOrTx, access: Access) {
  return db
    .select({ id: branches.id, code: branches.code, name: branches.name })
    .from(branches)
    .where(dashboardBranchScope(access, branches.id))
    .orderBy(asc(branches.name));
}

async function selectOutcomeRows(db: DbOrTx, params: CohortParams): Promise<OutcomeRow[]> {
  const cohort = buildCohort(db, params);
  const rows = await db
    .with(cohort)
    .select({
      groupKey: cohort.groupKey,
      outcome: cohort.outcome,
      reasonCode: cohort.reasonCode,
      count: sql<number>`count(*)::int`.mapWith(Number),
      socHours: sql<
        number[] | null
      >`array_agg(${cohort.socHours}) filter (where ${cohort.socHours} is not null)`,
    })
    .from(cohort)
    .groupBy(cohort.groupKey, cohort.outcome, cohort.reasonCode);
  return rows.map((row) => ({ ...row, socHours: (row.socHours ?? []).map(Number) }));
}

async function selectCompletedStageRows(db: DbOrTx, params: CohortParams): Promise<StageRow[]> {
  const cohort = buildCohort(db, params);
  const rows = await db
    .with(cohort)
    .select({
      groupKey: cohort.groupKey,
      stage: sql<string>`${admissionEvents.fromStage}`,
      hours: sql<number[]>`array_agg(${admissionEvents.secondsInPrevious}::float8 / 3600)`,
    })
    .from(cohort)
    .innerJoin(
      admissionEvents,
      and(
        eq(admissionEvents.admissionId, cohort.admissionId),
        eq(admissionEvents.kind, 'stage'),
        inArray(admissionEvents.fromStage, [...INTAKE_WAIT_STAGES]),
        isNotNull(admissionEvents.secondsInPrevious),
      ),
    )
    .groupBy(cohort.groupKey, admissionEvents.fromStage);
  return rows.map((row) => ({ ...row, running: false, hours: row.hours.map(Number) }));
}

async function selectRunningStageRows(
  db: DbOrTx,
  params: CohortParams,
  now: Date,
): Promise<StageRow[]> {
  const cohort = buildCohort(db, params);
  const rows = await db
    .with(cohort)
    .select({
      groupKey: cohort.groupKey,
      stage: sql<string>`${cohort.stage}`,
      hours: sql<
        number[]
      >`array_agg(extract(epoch from (${now.toISOString()}::timestamptz - ${cohort.stageEnteredAt}))::float8 / 3600)`,
    })
    .from(cohort)
    .where(
      and(
        inArray(cohort.admissionStatus, ['open', 'on-hold']),
        isNull(cohort.socHours),
        inArray(cohort.stage, [...INTAKE_WAIT_STAGES]),
      ),
    )
    .groupBy(cohort.groupKey, cohort.stage);
  return rows.map((row) => ({ ...row, running: true, hours: row.hours.map(Number) }));
}

async function selectReasonLabels(db: DbOrTx): Promise<Map<string, string>> {
  const rows = await db
    .select({ kind: reasonCodes.kind, code: reasonCodes.code, label: reasonCodes.label })
    .from(reasonCodes)
    .where(inArray(reasonCodes.kind, ['not-admitted', 'referral-declined']));
  return new Map(rows.map((r) => [`${r.kind}:${r.code}`, r.label]));
}

/**
 * The whole dashboard for a caller. Runs in one read-only repeatable-read transaction so the
 * counts, the hours and the stage stays describe the same moment. A branch filter the caller may
 * not see answers 404 (as if it did not exist).
 */
export async function loadIntakeDashboard(
  db: DbOrTx,
  access: Access,
  params: IntakeDashboardParams,
  now: Date,
): Promise<IntakeDashboardResponse> {
  return db.transaction(
    async (tx) => {
      const visibleBranches = await listDashboardBranches(tx, access);
      if (params.branchId !== undefined && !visibleBranches.some((b) => b.id === params.branchId))
        throw notFound('The branch');
      const cohortParams: CohortParams = { access, ...params };
      const outcomeRows = await selectOutcomeRows(tx, cohortParams);
      const completed = await selectCompletedStageRows(tx, cohortParams);
      const running = await selectRunningStageRows(tx, cohortParams, now);
      const reasonLabels = await selectReasonLabels(tx);
      const targets = await readLocalTargets(tx);
      const figures = assembleDashboardFigures({
        outcomeRows,
        stageRows: [...completed, ...running],
        reasonLabels,
        groupLabels:
          params.groupBy === 'branch'
            ? new Map(visibleBranches.map((b) => [b.id, b.name]))
            : new Map(),
      });
      return {
        range: { ...params.range, groupBy: params.groupBy, branchId: params.branchId ?? null },
        generatedAt: now.toISOString(),
        targets,
        branches: visibleBranches,
        overall: figures.overall,
        groups: figures.groups,
        histogram: { binHours: BIN_HOURS, bins: buildSocHistogram(figures.socHours) },
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
