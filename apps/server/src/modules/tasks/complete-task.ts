import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { listOpenTasks } from './tasks.queries.ts';
import { tasks } from './tasks.tables.ts';

/** Closes an open task the caller may see (owned by one of the caller's roles). */
export async function completeTask(
  ctx: AppContext,
  access: AccessContext,
  taskId: string,
  outcome: 'done' | 'dismissed',
): Promise<boolean> {
  const now = ctx.clock.now();
  for (const role of access.roles) {
    const visible = await listOpenTasks(ctx.db, access, role, now);
    const task = visible.find((t) => t.id === taskId);
    if (!task) continue;
    await ctx.db.transaction(async (tx) => {
      await tx
        .update(tasks)
        .set({ status: outcome, resolvedAt: now, resolvedBy: access.userId })
        .where(and(eq(tasks.id, taskId), eq(tasks.status, 'open')));
      await recordAudit(
        tx,
        {
          userId: access.userId,
          username: access.username,
          roles: access.roles,
          clientIp: access.clientIp,
          requestId: access.requestId,
        },
        [
          {
            action: outcome,
            resourceType: 'task',
            resourceId: taskId,
            patientId: task.patientId,
            details: { kind: task.kind },
          },
        ],
        now,
      );
    });
    return true;
  }
  return false;
}
