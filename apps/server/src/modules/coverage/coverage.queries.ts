// Reads of coverages and eligibility checks, each limited to the patients the caller may see.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Action } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { users } from '../identity/identity.tables.ts';
import { admissions } from '../intake/intake.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { patients } from '../patients/patients.tables.ts';
import type {
  AdmissionCoveragesResponse,
  CoverageStatus,
  CoverageView,
  EligibilityCheckDetail,
  EligibilityCheckSummary,
  RecentCheck,
  RecentChecksQuery,
} from './coverage.contracts.ts';
import { eligibilityChecks, patientCoverages, payerPlans } from './coverage.tables.ts';
import { toCheckDetail, toCheckSummary, type EligibilityCheckRow } from './eligibility-views.ts';
import { toPayerPlan } from './payers.queries.ts';

export type CoverageRow = typeof patientCoverages.$inferSelect;

/** The coverage when the caller may perform `action` on the patient's coverages. */
export async function findCoverageInScope(
  db: DbOrTx,
  access: AccessContext,
  coverageId: string,
  action: Action,
  now: Date,
): Promise<(CoverageRow & { patientState: string }) | undefined> {
  const [row] = await db
    .select({ coverage: patientCoverages, patientState: patients.state })
    .from(patientCoverages)
    .innerJoin(patients, eq(patients.id, patientCoverages.patientId))
    .where(
      and(
        eq(patientCoverages.id, coverageId),
        patientScope(access, 'coverage', action, patientCoverages.patientId, now),
      ),
    );
  return row === undefined ? undefined : { ...row.coverage, patientState: row.patientState };
}

async function checkedByNames(db: DbOrTx, rows: readonly EligibilityCheckRow[]) {
  const ids = [...new Set(rows.map((r) => r.checkedBy).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map<string, string>();
  const found = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(found.map((u) => [u.id, u.name]));
}

function nameOf(names: ReadonlyMap<string, string>, row: EligibilityCheckRow): string | null {
  return row.checkedBy === null ? null : (names.get(row.checkedBy) ?? null);
}

/** Every check of the coverage, newest first. */
export async function listCoverageChecks(
  db: DbOrTx,
  coverage: CoverageRow,
): Promise<EligibilityCheckSummary[]> {
  const rows = await db
    .select()
    .from(eligibilityChecks)
    .where(eq(eligibilityChecks.coverageId, coverage.id))
    .orderBy(desc(eligibilityChecks.checkedAt))
    .limit(200);
  const names = await checkedByNames(db, rows);
  return rows.map((row) =>
    toCheckSummary(row, {
      payerName: coverage.payerName,
      memberId: coverage.memberId,
      checkedByName: nameOf(names, row),
    }),
  );
}

export async function getCheckDetail(
  db: DbOrTx,
  access: AccessContext,
  checkId: string,
  now: Date,
): Promise<EligibilityCheckDetail | undefined> {
  const [row] = await db
    .select({
      check: eligibilityChecks,
      payerName: patientCoverages.payerName,
      memberId: patientCoverages.memberId,
    })
    .from(eligibilityChecks)
    .innerJoin(patientCoverages, eq(patientCoverages.id, eligibilityChecks.coverageId))
    .where(
      and(
        eq(eligibilityChecks.id, checkId),
        patientScope(access, 'coverage', 'read', eligibilityChecks.patientId, now),
      ),
    );
  if (!row) return undefined;
  const names = await checkedByNames(db, [row.check]);
  return toCheckDetail(row.check, {
    payerName: row.payerName,
    memberId: row.memberId,
    checkedByName: nameOf(names, row.check),
  });
}

export async function toCoverageViews(
  db: DbOrTx,
  coverages: readonly CoverageRow[],
): Promise<CoverageView[]> {
  if (coverages.length === 0) return [];
  const planIds = coverages.map((c) => c.payerPlanId).filter((id): id is string => id !== null);
  const plans =
    planIds.length === 0
      ? []
      : await db.select().from(payerPlans).where(inArray(payerPlans.id, planIds));
  const planById = new Map(plans.map((p) => [p.id, toPayerPlan(p)]));
  const latest = await db
    .selectDistinctOn([eligibilityChecks.coverageId])
    .from(eligibilityChecks)
    .where(
      inArray(
        eligibilityChecks.coverageId,
        coverages.map((c) => c.id),
      ),
    )
    .orderBy(eligibilityChecks.coverageId, desc(eligibilityChecks.checkedAt));
  const names = await checkedByNames(db, latest);
  const latestByCoverage = new Map(latest.map((check) => [check.coverageId, check]));
  return coverages.map((coverage) => {
    const check = latestByCoverage.get(coverage.id);
    return {
      id: coverage.id,
      patientId: coverage.patientId,
      coverageOrder: coverage.coverageOrder,
      payerName: coverage.payerName,
      payerId: coverage.payerId,
      planName: coverage.planName,
      memberId: coverage.memberId,
      groupNumber: coverage.groupNumber,
      subscriberName: coverage.subscriberName,
      relationship: coverage.relationship,
      status: coverage.status as CoverageStatus,
      verifiedAt: coverage.verifiedAt?.toISOString() ?? null,
      plan: coverage.payerPlanId === null ? null : (planById.get(coverage.payerPlanId) ?? null),
      latestCheck:
        check === undefined
          ? null
          : toCheckSummary(check, {
              payerName: coverage.payerName,
              memberId: coverage.memberId,
              checkedByName: nameOf(names, check),
            }),
    };
  });
}

/** The admission's patient and every coverage on file, with its directory plan and latest check. */
export async function listAdmissionCoverages(
  db: DbOrTx,
  access: AccessContext,
  admissionId: string,
  now: Date,
): Promise<AdmissionCoveragesResponse | undefined> {
  const [admission] = await db
    .select({
      id: admissions.id,
      patientId: admissions.patientId,
      therapy: admissions.therapy,
      givenName: patients.givenName,
      familyName: patients.familyName,
      state: patients.state,
    })
    .from(admissions)
    .innerJoin(patients, eq(patients.id, admissions.patientId))
    .where(
      and(
        eq(admissions.id, admissionId),
        patientScope(access, 'coverage', 'read', admissions.patientId, now),
      ),
    );
  if (!admission) return undefined;
  const coverages = await db
    .select()
    .from(patientCoverages)
    .where(eq(patientCoverages.patientId, admission.patientId))
    .orderBy(asc(patientCoverages.coverageOrder), asc(patientCoverages.createdAt));
  return {
    admissionId: admission.id,
    patientId: admission.patientId,
    patientName: `${admission.familyName}, ${admission.givenName}`,
    patientState: admission.state,
    therapy: admission.therapy,
    coverages: await toCoverageViews(db, coverages),
  };
}

/**
 * Recent checks across the caller's patients, newest first. needsAction: only coverages whose
 * latest check is rejected, inactive or failed — the coordinator's list of things to fix.
 */
export async function listRecentChecks(
  db: DbOrTx,
  access: AccessContext,
  query: RecentChecksQuery,
  now: Date,
): Promise<RecentCheck[]> {
  const scope = patientScope(access, 'coverage', 'read', eligibilityChecks.patientId, now);
  const latestOnly = sql`${eligibilityChecks.checkedAt} = (select max(e2.checked_at) from ${eligibilityChecks} e2 where e2.coverage_id = ${eligibilityChecks.coverageId})`;
  const rows = await db
    .select({
      check: eligibilityChecks,
      payerName: patientCoverages.payerName,
      memberId: patientCoverages.memberId,
      givenName: patients.givenName,
      familyName: patients.familyName,
    })
    .from(eligibilityChecks)
    .innerJoin(patientCoverages, eq(patientCoverages.id, eligibilityChecks.coverageId))
    .innerJoin(patients, eq(patients.id, eligibilityChecks.patientId))
    .where(
      query.needsAction
        ? and(
            scope,
            latestOnly,
            inArray(eligibilityChecks.status, ['rejected', 'inactive', 'error']),
          )
        : scope,
    )
    .orderBy(desc(eligibilityChecks.checkedAt))
    .limit(query.limit);
  const names = await checkedByNames(
    db,
    rows.map((r) => r.check),
  );
  return rows.map((row) => ({
    ...toCheckSummary(row.check, {
      payerName: row.payerName,
      memberId: row.memberId,
      checkedByName: nameOf(names, row.check),
    }),
    patientName: `${row.familyName}, ${row.givenName}`,
    memberId: row.memberId,
  }));
}
