// Keeps an authorization's work-queue reminders in step with its state: raises each reminder its
// state calls for once per occasion (an event records that it was raised, so a reminder staff
// closed is not raised again by the next hourly run) and closes the open ones whose condition went
// away. Commands call it in their transaction; the hourly job calls it for every candidate.
import { and, eq, gt, inArray, ne, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import { admissions } from '../intake/intake.tables.ts';
import { raiseTask, resolveTaskByKey } from '../tasks/raise-task.ts';
import { tasks } from '../tasks/tasks.tables.ts';
import { authorizationEvents, authorizations } from './authorizations.tables.ts';
import { appendAuthorizationEvent } from './authorization-events.ts';
import type { AuthorizationRow } from './authorization-views.ts';
import { REMINDER_KINDS } from './authorization-vocabulary.ts';
import { evaluateReminders } from './reminder-rules.ts';

const ACTIVE_ADMISSION = ['open', 'on-hold'];

async function hasRenewal(db: DbOrTx, row: AuthorizationRow): Promise<boolean> {
  const [later] = await db
    .select({ id: authorizations.id })
    .from(authorizations)
    .where(
      and(
        eq(authorizations.admissionId, row.admissionId),
        eq(authorizations.serviceLine, row.serviceLine),
        eq(authorizations.procedureCode, row.procedureCode),
        ne(authorizations.id, row.id),
        gt(authorizations.startDate, row.startDate),
        notInArray(authorizations.status, ['cancelled', 'denied']),
      ),
    )
    .limit(1);
  return later !== undefined;
}

async function wasRaised(db: DbOrTx, authorizationId: string, dedupeKey: string) {
  const [event] = await db
    .select({ id: authorizationEvents.id })
    .from(authorizationEvents)
    .where(
      and(
        eq(authorizationEvents.authorizationId, authorizationId),
        eq(authorizationEvents.kind, 'reminder-raised'),
        sql`${authorizationEvents.detail}->>'dedupeKey' = ${dedupeKey}`,
      ),
    )
    .limit(1);
  return event !== undefined;
}

export interface ReminderSync {
  raised: number;
  resolved: number;
}

export async function syncAuthorizationReminders(
  db: DbOrTx,
  row: AuthorizationRow,
  now: Date,
): Promise<ReminderSync> {
  const [admission] = await db
    .select({ status: admissions.status, branchId: admissions.branchId })
    .from(admissions)
    .where(eq(admissions.id, row.admissionId));
  const due = evaluateReminders(
    {
      id: row.id,
      status: row.status,
      serviceLine: row.serviceLine,
      procedureCode: row.procedureCode,
      decisionDueAt: row.decisionDueAt,
      approvedEnd: row.approvedEnd,
      unitsApproved: row.unitsApproved,
      unitsUsed: row.unitsUsed,
      hasRenewal: await hasRenewal(db, row),
      admissionActive: admission !== undefined && ACTIVE_ADMISSION.includes(admission.status),
    },
    now,
  );
  const result: ReminderSync = { raised: 0, resolved: 0 };
  const event = (kind: string, detail: Record<string, unknown>) =>
    appendAuthorizationEvent(db, {
      authorizationId: row.id,
      kind,
      detail,
      actorName: 'system',
      at: now,
    });
  for (const reminder of due) {
    if (await wasRaised(db, row.id, reminder.dedupeKey)) continue;
    await raiseTask(
      db,
      {
        kind: reminder.kind,
        ownerRole: 'reimbursement',
        patientId: row.patientId,
        admissionId: row.admissionId,
        branchId: admission?.branchId ?? null,
        params: reminder.params,
        dedupeKey: reminder.dedupeKey,
        dueAt: reminder.dueAt,
      },
      now,
    );
    await event('reminder-raised', { kind: reminder.kind, dedupeKey: reminder.dedupeKey });
    result.raised += 1;
  }
  const wanted = new Set(due.map((reminder) => reminder.dedupeKey));
  const open = await db
    .select({ dedupeKey: tasks.dedupeKey, kind: tasks.kind })
    .from(tasks)
    .where(
      and(
        eq(tasks.status, 'open'),
        inArray(tasks.kind, [...REMINDER_KINDS]),
        sql`${tasks.params}->>'authorizationId' = ${row.id}`,
      ),
    );
  for (const task of open) {
    if (wanted.has(task.dedupeKey)) continue;
    await resolveTaskByKey(db, task.dedupeKey, null, now);
    await event('reminder-resolved', { kind: task.kind, dedupeKey: task.dedupeKey });
    result.resolved += 1;
  }
  return result;
}
