// The frame of every command on one authorization: in one transaction, lock the row the caller may
// change, check the command applies to its status, write the change, its authorization_events row
// and its audit entry, and bring the work-queue reminders in step.
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx, Tx } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { authorizations } from './authorizations.tables.ts';
import { appendAuthorizationEvent } from './authorization-events.ts';
import { syncAuthorizationReminders } from './authorization-reminders.ts';
import { assertCanRun, type AuthorizationCommand } from './authorization-transitions.ts';
import type { AuthorizationRow } from './authorization-views.ts';

export function actorOf(access: AccessContext): AuditActor {
  return {
    userId: access.userId,
    username: access.username,
    roles: access.roles,
    clientIp: access.clientIp,
    requestId: access.requestId,
  };
}

export interface Change {
  set: Partial<typeof authorizations.$inferInsert>;
  event: { kind: string; units?: number | null; detail?: Record<string, unknown> };
  /** Audit details: ids, codes and counts only (no PHI). */
  audit: { action: string; details?: Record<string, unknown> };
}

/** Writes a change to a locked row, with its event, audit entry and reminders. */
export async function applyChange(
  tx: DbOrTx,
  access: AccessContext,
  row: AuthorizationRow,
  change: Change,
  now: Date,
): Promise<AuthorizationRow> {
  const [updated] = await tx
    .update(authorizations)
    .set({ ...change.set, updatedAt: now })
    .where(eq(authorizations.id, row.id))
    .returning();
  if (!updated) throw new Error(`authorization ${row.id} vanished while locked`);
  await appendAuthorizationEvent(tx, {
    authorizationId: row.id,
    kind: change.event.kind,
    fromStatus: row.status,
    toStatus: updated.status,
    units: change.event.units ?? null,
    detail: change.event.detail ?? {},
    actorUserId: access.userId,
    actorName: access.displayName,
    at: now,
  });
  await recordAudit(
    tx,
    actorOf(access),
    [
      {
        action: change.audit.action,
        resourceType: 'authorization',
        resourceId: row.id,
        patientId: row.patientId,
        details: { serviceLine: row.serviceLine, ...change.audit.details },
      },
    ],
    now,
  );
  await syncAuthorizationReminders(tx, updated, now);
  return updated;
}

/** Locks the authorization for update within the caller's scope (404 otherwise) and checks the command applies. */
export async function lockAuthorization(
  tx: Tx,
  access: AccessContext,
  id: string,
  command: AuthorizationCommand,
  now: Date,
): Promise<AuthorizationRow> {
  const [row] = await tx
    .select()
    .from(authorizations)
    .where(
      and(
        eq(authorizations.id, id),
        patientScope(access, 'authorization', 'update', authorizations.patientId, now),
      ),
    )
    .for('update');
  if (!row) throw notFound('The authorization');
  assertCanRun(command, row.status);
  return row;
}

/** One command in one transaction: lock, decide the change, apply it. */
export async function runAuthorizationCommand(
  ctx: AppContext,
  access: AccessContext,
  id: string,
  command: AuthorizationCommand,
  decide: (row: AuthorizationRow, tx: Tx, now: Date) => Promise<Change> | Change,
): Promise<AuthorizationRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await lockAuthorization(tx, access, id, command, now);
    return applyChange(tx, access, row, await decide(row, tx, now), now);
  });
}
