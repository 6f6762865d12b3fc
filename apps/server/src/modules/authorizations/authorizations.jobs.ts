// The hourly 'authorizations.reminders' job: approvals whose period has ended become expired, then
// every authorization that may call for a reminder (waiting on the payer, in force, expired, or
// with an open reminder) has its reminders raised or resolved (authorization-reminders.ts).
import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.ts';
import type { Db } from '../../platform/db/types.ts';
import { enqueueJob, type JobHandler } from '../../platform/jobs/job-queue.ts';
import type { JobSchedule } from '../../platform/jobs/schedule.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { tasks } from '../tasks/tasks.tables.ts';
import { authorizations } from './authorizations.tables.ts';
import { appendAuthorizationEvent } from './authorization-events.ts';
import { syncAuthorizationReminders } from './authorization-reminders.ts';
import { AWAITING_DECISION, IN_FORCE, REMINDER_KINDS } from './authorization-vocabulary.ts';

export const AUTHORIZATION_REMINDERS_JOB = 'authorizations.reminders';
/** Hourly, through the platform scheduler (one job per hour slot, whichever process enqueues it). */
export const AUTHORIZATION_JOB_SCHEDULES: readonly JobSchedule[] = [
  { kind: AUTHORIZATION_REMINDERS_JOB, every: { minutes: 60 } },
];

const SYSTEM = { userId: null, username: 'system', roles: ['system'] };

/** Approvals whose last approved day has passed are expired (by the system, with an event). */
async function expireEnded(db: Db, now: Date): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    const ended = await tx
      .select({
        id: authorizations.id,
        patientId: authorizations.patientId,
        status: authorizations.status,
      })
      .from(authorizations)
      .where(
        and(inArray(authorizations.status, [...IN_FORCE]), lt(authorizations.approvedEnd, today)),
      )
      .for('update');
    if (ended.length === 0) return 0;
    await tx
      .update(authorizations)
      .set({ status: 'expired', updatedAt: now })
      .where(
        inArray(
          authorizations.id,
          ended.map((row) => row.id),
        ),
      );
    for (const row of ended)
      await appendAuthorizationEvent(tx, {
        authorizationId: row.id,
        kind: 'expired',
        fromStatus: row.status,
        toStatus: 'expired',
        detail: { automatic: true },
        actorName: 'system',
        at: now,
      });
    await recordAudit(
      tx,
      SYSTEM,
      ended.map((row) => ({
        action: 'expire',
        resourceType: 'authorization',
        resourceId: row.id,
        patientId: row.patientId,
        details: { automatic: true },
      })),
      now,
    );
    return ended.length;
  });
}

export async function runAuthorizationReminders(ctx: Pick<AppContext, 'db' | 'clock'>) {
  const now = ctx.clock.now();
  const expired = await expireEnded(ctx.db, now);
  const withOpenTask = sql`${authorizations.id}::text in (select ${tasks.params}->>'authorizationId' from ${tasks} where ${tasks.status} = 'open' and ${inArray(tasks.kind, [...REMINDER_KINDS])})`;
  const candidates = await ctx.db
    .select()
    .from(authorizations)
    .where(
      or(
        inArray(authorizations.status, [...AWAITING_DECISION, ...IN_FORCE, 'expired']),
        withOpenTask,
      ),
    );
  let raised = 0;
  let resolved = 0;
  for (const candidate of candidates) {
    const sync = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(authorizations)
        .where(eq(authorizations.id, candidate.id))
        .for('update');
      return row ? syncAuthorizationReminders(tx, row, now) : { raised: 0, resolved: 0 };
    });
    raised += sync.raised;
    resolved += sync.resolved;
  }
  return { checked: candidates.length, expired, raised, resolved };
}

export function authorizationJobHandlers(ctx: AppContext): Record<string, JobHandler> {
  return {
    [AUTHORIZATION_REMINDERS_JOB]: async () => ({ ...(await runAuthorizationReminders(ctx)) }),
  };
}

/** Queues one reminders run now (operators and tests; the scheduler queues the hourly ones). */
export function enqueueAuthorizationReminders(
  ctx: Pick<AppContext, 'db' | 'clock'>,
): Promise<string> {
  return enqueueJob(ctx.db, { kind: AUTHORIZATION_REMINDERS_JOB, runAt: ctx.clock.now() });
}
