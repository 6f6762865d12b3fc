// Automatic re-verification: before each new authorization period (the authorizations module calls
// reverifyBeforeAuthorization) and monthly for patients in care (the 'coverage.reverify-monthly'
// job). Each new answer is compared with the coverage's previous one and turned into work:
// changed benefits → 'benefits-changed' for reimbursement, coverage gone inactive →
// 'coverage-inactive' for reimbursement, a rejection → 'coverage-rejected' for intake.
import { and, desc, eq, inArray, lt, ne } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { admissions } from '../intake/intake.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import { recordChartChange } from '../patients/record-change.ts';
import { raiseTask } from '../tasks/raise-task.ts';
import { resolveClearinghouse } from './clearinghouse.ts';
import { compareBenefits, type BenefitChange } from './compare-benefits.ts';
import {
  runEligibilityCheck,
  TASK_KEYS,
  type CheckActor,
  type CheckOutcome,
} from './check-eligibility.ts';
import type { CheckTrigger } from './coverage.contracts.ts';
import { eligibilityChecks, patientCoverages } from './coverage.tables.ts';
import { costSharingOf, rejectionsOf, type EligibilityCheckRow } from './eligibility-views.ts';

export const SYSTEM_ACTOR: CheckActor = {
  audit: { username: 'system', roles: ['system'] },
  userId: null,
  name: 'Infusio (automatic re-verification)',
};

export interface ReverificationResult {
  coverageId: string;
  checkId: string;
  status: string;
  changes: BenefitChange[];
  tasksRaised: string[];
}

async function previousAnswer(
  db: DbOrTx,
  coverageId: string,
  exceptId: string,
): Promise<EligibilityCheckRow | undefined> {
  const [row] = await db
    .select()
    .from(eligibilityChecks)
    .where(
      and(
        eq(eligibilityChecks.coverageId, coverageId),
        inArray(eligibilityChecks.status, ['active', 'inactive']),
        ne(eligibilityChecks.id, exceptId),
      ),
    )
    .orderBy(desc(eligibilityChecks.checkedAt))
    .limit(1);
  return row;
}

async function raiseWork(
  db: DbOrTx,
  outcome: Extract<CheckOutcome, { kind: 'answered' }>,
  context: { branchId: string; payerName: string; admissionId: string | null },
  previous: EligibilityCheckRow | undefined,
  now: Date,
): Promise<{ changes: BenefitChange[]; tasksRaised: string[] }> {
  const { check } = outcome;
  const common = {
    patientId: check.patientId,
    admissionId: context.admissionId,
    branchId: context.branchId,
  };
  const tasksRaised: string[] = [];
  let changes: BenefitChange[] = [];
  if (check.status === 'rejected') {
    const [rejection] = rejectionsOf(check);
    const raised = await raiseTask(
      db,
      {
        ...common,
        kind: 'coverage-rejected',
        ownerRole: 'intake',
        dedupeKey: TASK_KEYS.rejected(check.coverageId),
        params: {
          coverageId: check.coverageId,
          checkId: check.id,
          payerName: context.payerName,
          code: rejection?.code ?? null,
          category: rejection?.category ?? null,
          action: rejection?.action ?? null,
        },
      },
      now,
    );
    if (raised) tasksRaised.push('coverage-rejected');
  } else if (check.status === 'inactive') {
    const raised = await raiseTask(
      db,
      {
        ...common,
        kind: 'coverage-inactive',
        ownerRole: 'reimbursement',
        dedupeKey: TASK_KEYS.inactive(check.coverageId),
        params: {
          coverageId: check.coverageId,
          checkId: check.id,
          payerName: context.payerName,
          previousStatus: previous?.status ?? null,
          planEnd: check.planEnd,
        },
      },
      now,
    );
    if (raised) tasksRaised.push('coverage-inactive');
  } else if (previous !== undefined) {
    changes = compareBenefits(
      { status: previous.status, costSharing: costSharingOf(previous) },
      { status: check.status, costSharing: costSharingOf(check) },
    );
    if (changes.length > 0) {
      const raised = await raiseTask(
        db,
        {
          ...common,
          kind: 'benefits-changed',
          ownerRole: 'reimbursement',
          dedupeKey: `benefits-changed:${check.coverageId}:${check.id}`,
          params: {
            coverageId: check.coverageId,
            checkId: check.id,
            previousCheckId: previous.id,
            payerName: context.payerName,
            changes,
          },
        },
        now,
      );
      if (raised) tasksRaised.push('benefits-changed');
    }
  }
  return { changes, tasksRaised };
}

/** Checks one coverage again and raises the work its answer calls for. */
export async function reverifyCoverage(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  coverageId: string,
  trigger: Exclude<CheckTrigger, 'manual'>,
  admissionId: string | null,
): Promise<ReverificationResult> {
  const now = ctx.clock.now();
  const connection = await resolveClearinghouse(ctx);
  const outcome = await runEligibilityCheck(ctx.db, connection, SYSTEM_ACTOR, now, {
    coverageId,
    admissionId,
    trigger,
  });
  if (outcome.kind !== 'answered')
    return { coverageId, checkId: outcome.check.id, status: 'error', changes: [], tasksRaised: [] };
  const [context] = await ctx.db
    .select({ branchId: patients.branchId, payerName: patientCoverages.payerName })
    .from(patientCoverages)
    .innerJoin(patients, eq(patients.id, patientCoverages.patientId))
    .where(eq(patientCoverages.id, coverageId));
  if (!context) throw notFound('The coverage');
  const previous = await previousAnswer(ctx.db, coverageId, outcome.check.id);
  const work = await raiseWork(ctx.db, outcome, { ...context, admissionId }, previous, now);
  return { coverageId, checkId: outcome.check.id, status: outcome.check.status, ...work };
}

/**
 * Before a new authorization period: checks the admission's patient's primary coverage and every
 * other coverage that is active. Returns one result per coverage (empty when the patient has none).
 */
export async function reverifyBeforeAuthorization(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  admissionId: string,
): Promise<ReverificationResult[]> {
  const [admission] = await ctx.db
    .select({ patientId: admissions.patientId })
    .from(admissions)
    .where(eq(admissions.id, admissionId));
  if (!admission) throw notFound('The admission');
  const coverages = await ctx.db
    .select({
      id: patientCoverages.id,
      order: patientCoverages.coverageOrder,
      status: patientCoverages.status,
    })
    .from(patientCoverages)
    .where(eq(patientCoverages.patientId, admission.patientId))
    .orderBy(patientCoverages.coverageOrder, patientCoverages.createdAt);
  const primaryId = coverages[0]?.id;
  const results: ReverificationResult[] = [];
  for (const coverage of coverages) {
    if (coverage.id !== primaryId && coverage.status !== 'active') continue;
    results.push(await reverifyCoverage(ctx, coverage.id, 'before-authorization', admissionId));
  }
  return results;
}

/** Verification older than this no longer answers "active coverage verified" (local policy ❌). */
export const VERIFICATION_FRESH_DAYS = 30;

/** Active coverages whose last active check is older than the freshness window become 'lapsed'. */
export async function lapseStaleVerifications(db: DbOrTx, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - VERIFICATION_FRESH_DAYS * 86_400_000);
  return db.transaction(async (tx) => {
    const lapsed = await tx
      .update(patientCoverages)
      .set({ status: 'lapsed', updatedAt: now })
      .where(and(eq(patientCoverages.status, 'active'), lt(patientCoverages.verifiedAt, cutoff)))
      .returning({ id: patientCoverages.id, patientId: patientCoverages.patientId });
    for (const coverage of lapsed)
      await recordChartChange(tx, {
        patientId: coverage.patientId,
        entity: 'coverage',
        entityId: coverage.id,
        change: 'updated',
        fields: [{ field: 'status', oldValue: 'active', newValue: 'lapsed' }],
        actor: { userId: null, name: SYSTEM_ACTOR.name },
        at: now,
      });
    return lapsed.length;
  });
}
