// A small scheduler on top of the job queue: every few minutes it enqueues each scheduled job kind
// that has no job yet for the current period (the day, the calendar month, or an N-minute slot).
// Idempotent per period across processes: the period key is in the job's payload and the check
// and the insert run under one transaction-scoped advisory lock.
import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import type { Db, DbOrTx } from '../db/types.ts';
import { jobs } from './jobs.tables.ts';

export interface JobSchedule {
  kind: string;
  /** A job per UTC day, per UTC calendar month, or per slot of N minutes. */
  every: 'day' | 'month' | { minutes: number };
  payload?: Record<string, unknown>;
}

const SCHEDULER_LOCK = 7_261_002;

/** The period `at` falls in: '2026-11', '2026-11-22', or '2026-11-22T15:30' for 15-minute slots. */
export function periodKey(every: JobSchedule['every'], at: Date): string {
  const iso = at.toISOString();
  if (every === 'month') return iso.slice(0, 7);
  if (every === 'day') return iso.slice(0, 10);
  const slotMs = Math.max(1, Math.floor(every.minutes)) * 60_000;
  return new Date(Math.floor(at.getTime() / slotMs) * slotMs).toISOString().slice(0, 16);
}

/** Enqueues each schedule's job for the current period unless one exists; returns the kinds enqueued. */
export async function enqueueDueJobs(
  db: Db | DbOrTx,
  clock: Clock,
  schedules: readonly JobSchedule[],
): Promise<string[]> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SCHEDULER_LOCK})`);
    const enqueued: string[] = [];
    for (const schedule of schedules) {
      const period = periodKey(schedule.every, now);
      const [existing] = await tx
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.kind, schedule.kind), sql`${jobs.payload}->>'period' = ${period}`))
        .limit(1);
      if (existing) continue;
      await tx.insert(jobs).values({
        kind: schedule.kind,
        payload: { ...schedule.payload, period, scheduled: true },
        runAt: now,
        createdAt: now,
      });
      enqueued.push(schedule.kind);
    }
    return enqueued;
  });
}

export interface JobScheduler {
  /** Enqueues what is due now (also run once at start). */
  tick(): Promise<string[]>;
  stop(): void;
}

/** Starts ticking every `intervalMinutes` (default 15); the timer never keeps the process alive. */
export function startJobScheduler(
  db: Db,
  clock: Clock,
  schedules: readonly JobSchedule[],
  options: { intervalMinutes?: number; onError?: (error: unknown) => void } = {},
): JobScheduler {
  const tick = () => enqueueDueJobs(db, clock, schedules);
  const run = (): void => {
    tick().catch((error: unknown) => options.onError?.(error));
  };
  run();
  const timer = setInterval(run, (options.intervalMinutes ?? 15) * 60_000);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
