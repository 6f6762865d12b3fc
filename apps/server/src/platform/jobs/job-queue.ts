// A job queue on PostgreSQL: enqueue is an insert; a worker claims the oldest due job with
// FOR UPDATE SKIP LOCKED, so several processes can run workers without taking the same job.
// Handlers report progress (0..1 and a message) that the web app shows as a progress bar.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/types.ts';
import type { Clock } from '../clock.ts';
import { jobs } from './jobs.tables.ts';

export type JobRow = typeof jobs.$inferSelect;

export interface JobContext {
  job: JobRow;
  reportProgress(progress: number, message?: string): Promise<void>;
}

export type JobHandler = (context: JobContext) => Promise<Record<string, unknown>>;

export async function enqueueJob(
  db: Db,
  input: {
    kind: string;
    payload?: Record<string, unknown>;
    runAt?: Date;
    createdBy?: string | null;
    maxAttempts?: number;
  },
): Promise<string> {
  const [row] = await db
    .insert(jobs)
    .values({
      kind: input.kind,
      payload: input.payload ?? {},
      runAt: input.runAt ?? new Date(),
      createdBy: input.createdBy ?? null,
      maxAttempts: input.maxAttempts ?? 3,
    })
    .returning({ id: jobs.id });
  if (!row) throw new Error('enqueue returned no row');
  return row.id;
}

export async function getJob(db: Db, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

async function claimNext(
  db: Db,
  workerId: string,
  kinds: string[],
  now: Date,
): Promise<JobRow | undefined> {
  return db.transaction(async (tx) => {
    const [due] = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          eq(jobs.status, 'queued'),
          lte(jobs.runAt, now),
          sql`${jobs.kind} = any(${sql.param(kinds)}::text[])`,
        ),
      )
      .orderBy(asc(jobs.runAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!due) return undefined;
    const [claimed] = await tx
      .update(jobs)
      .set({
        status: 'running',
        lockedBy: workerId,
        lockedAt: now,
        attempts: sql`${jobs.attempts} + 1`,
      })
      .where(eq(jobs.id, due.id))
      .returning();
    return claimed;
  });
}

export interface JobWorker {
  /** Runs every due job now (tests and the CLI call this instead of waiting for the poll). */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export function startJobWorker(
  db: Db,
  clock: Clock,
  handlers: Record<string, JobHandler>,
  options: {
    pollMs?: number;
    autoStart?: boolean;
    onError?: (error: unknown, job: JobRow) => void;
  } = {},
): JobWorker {
  const workerId = `worker-${randomUUID().slice(0, 8)}`;
  const kinds = Object.keys(handlers);
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);
  let timer: NodeJS.Timeout | undefined;

  async function runOne(job: JobRow): Promise<void> {
    const handler = handlers[job.kind];
    if (!handler) return;
    try {
      const result = await handler({
        job,
        reportProgress: async (progress, message) => {
          await db
            .update(jobs)
            .set({ progress: Math.max(0, Math.min(1, progress)), progressMessage: message ?? null })
            .where(eq(jobs.id, job.id));
        },
      });
      await db
        .update(jobs)
        .set({ status: 'succeeded', progress: 1, result, finishedAt: clock.now(), lockedBy: null })
        .where(eq(jobs.id, job.id));
    } catch (error) {
      options.onError?.(error, job);
      const message = error instanceof Error ? error.message : String(error);
      const retry = job.attempts < job.maxAttempts;
      await db
        .update(jobs)
        .set({
          status: retry ? 'queued' : 'failed',
          lastError: message.slice(0, 2000),
          lockedBy: null,
          runAt: retry ? new Date(clock.now().getTime() + 30_000 * job.attempts) : job.runAt,
          finishedAt: retry ? null : clock.now(),
        })
        .where(eq(jobs.id, job.id));
    }
  }

  async function drainOnce(): Promise<number> {
    let done = 0;
    for (;;) {
      if (stopped) return done;
      const job = await claimNext(db, workerId, kinds, clock.now());
      if (!job) return done;
      await runOne(job);
      done += 1;
    }
  }

  function drain(): Promise<number> {
    running = running.then(drainOnce, drainOnce);
    return running;
  }

  function schedule(): void {
    if (stopped || options.autoStart === false) return;
    timer = setTimeout(() => {
      void drain().finally(schedule);
    }, options.pollMs ?? 1000);
  }
  schedule();

  return {
    drain,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running.catch(() => 0);
    },
  };
}
