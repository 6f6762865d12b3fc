// Background work of the coverage module: the monthly re-verification of patients in care.
// Scheduled daily (platform/jobs/schedule.ts); each run re-checks only the active coverages of
// open or on-hold admissions that have no answered check yet this calendar month, then marks
// 'lapsed' the coverages whose last active check is older than VERIFICATION_FRESH_DAYS.
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.ts';
import { executeRows } from '../../platform/db/execute-rows.ts';
import type { JobHandler } from '../../platform/jobs/job-queue.ts';
import type { JobSchedule } from '../../platform/jobs/schedule.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { admissions } from '../intake/intake.tables.ts';
import { eligibilityChecks, patientCoverages } from './coverage.tables.ts';
import { lapseStaleVerifications, reverifyCoverage } from './reverify-coverage.ts';

export const REVERIFY_MONTHLY_JOB = 'coverage.reverify-monthly';

export const COVERAGE_JOB_SCHEDULES: readonly JobSchedule[] = [
  { kind: REVERIFY_MONTHLY_JOB, every: 'day' },
];

/** First instant of the calendar month (UTC) that `at` falls in. */
export function startOfMonth(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

interface DueCoverage {
  coverage_id: string;
  admission_id: string;
}

/** Active (or lapsed) coverages of patients in care without an answered check this month. */
export async function findCoveragesDue(db: AppContext['db'], now: Date): Promise<DueCoverage[]> {
  const monthStart = startOfMonth(now).toISOString();
  return executeRows<DueCoverage>(
    db,
    sql`select c.id as coverage_id, a.id as admission_id
        from ${patientCoverages} c
        join lateral (
          select ${admissions.id} as id from ${admissions}
          where ${admissions.patientId} = c.patient_id and ${admissions.status} in ('open', 'on-hold')
          order by ${admissions.receivedAt} desc limit 1
        ) a on true
        where c.status in ('active', 'lapsed')
          and not exists (
            select 1 from ${eligibilityChecks} e
            where e.coverage_id = c.id and e.status <> 'error' and e.checked_at >= ${monthStart}::timestamptz
          )
        order by c.patient_id, c.coverage_order`,
  );
}

/** What a run did: coverages due, answers by status, coverages skipped, tasks raised, lapsed. */
export type MonthlyReverificationResult = {
  due: number;
  active: number;
  inactive: number;
  rejected: number;
  error: number;
  skipped: number;
  tasks: number;
  lapsed: number;
};

export async function runMonthlyReverification(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  reportProgress: (progress: number, message?: string) => Promise<void> = () => Promise.resolve(),
): Promise<MonthlyReverificationResult> {
  const due = await findCoveragesDue(ctx.db, ctx.clock.now());
  const counts = {
    due: due.length,
    active: 0,
    inactive: 0,
    rejected: 0,
    error: 0,
    skipped: 0,
    tasks: 0,
  };
  for (const [index, item] of due.entries()) {
    try {
      const result = await reverifyCoverage(
        ctx,
        item.coverage_id,
        'scheduled-monthly',
        item.admission_id,
      );
      if (
        result.status === 'active' ||
        result.status === 'inactive' ||
        result.status === 'rejected' ||
        result.status === 'error'
      )
        counts[result.status] += 1;
      counts.tasks += result.tasksRaised.length;
    } catch (error) {
      // A coverage that cannot be asked about (no payer id, an unwritable name) waits for a person.
      if (!(error instanceof AppError)) throw error;
      counts.skipped += 1;
    }
    await reportProgress(
      (index + 1) / Math.max(1, due.length),
      `${String(index + 1)} of ${String(due.length)} coverages checked`,
    );
  }
  const lapsed = await lapseStaleVerifications(ctx.db, ctx.clock.now());
  return { ...counts, lapsed };
}

export function coverageJobHandlers(ctx: AppContext): Record<string, JobHandler> {
  return {
    [REVERIFY_MONTHLY_JOB]: async (job) =>
      runMonthlyReverification(ctx, (progress, message) => job.reportProgress(progress, message)),
  };
}
