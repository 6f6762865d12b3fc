// Raising and closing work-queue tasks. Raising is idempotent per dedupe key while the task is open,
// so a nightly job can raise "authorization expires in 14 days" every night and it appears once.
import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '@infusio/domain/access';
import type { DbOrTx } from '../../platform/db/types.ts';
import { tasks } from './tasks.tables.ts';

export interface NewTask {
  kind: string;
  ownerRole: Role;
  patientId?: string | null;
  admissionId?: string | null;
  branchId?: string | null;
  params?: Record<string, unknown>;
  dedupeKey: string;
  dueAt?: Date | null;
}

/** Returns true when a new task was raised, false when the same one was already open. */
export async function raiseTask(db: DbOrTx, task: NewTask, now: Date): Promise<boolean> {
  const inserted = await db
    .insert(tasks)
    .values({
      kind: task.kind,
      ownerRole: task.ownerRole,
      patientId: task.patientId ?? null,
      admissionId: task.admissionId ?? null,
      branchId: task.branchId ?? null,
      params: task.params ?? {},
      dedupeKey: task.dedupeKey,
      dueAt: task.dueAt ?? null,
      createdAt: now,
    })
    .onConflictDoNothing({ target: tasks.dedupeKey, where: sql`status = 'open'` })
    .returning({ id: tasks.id });
  return inserted.length > 0;
}

/** Closes the open task with this dedupe key, if any (the condition it reminded of went away). */
export async function resolveTaskByKey(
  db: DbOrTx,
  dedupeKey: string,
  userId: string | null,
  now: Date,
): Promise<void> {
  await db
    .update(tasks)
    .set({ status: 'done', resolvedAt: now, resolvedBy: userId })
    .where(and(eq(tasks.dedupeKey, dedupeKey), eq(tasks.status, 'open')));
}
