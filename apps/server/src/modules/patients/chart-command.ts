// The frame every chart command runs in: one transaction that checks the caller may change this
// patient's records (locking the patient row), does the work, writes the history rows and the
// audit entry. A refused attempt is audited after the transaction rolls back, then answered 403
// (may see, may not change) or 404 (not theirs to know of).
import { eq } from 'drizzle-orm';
import type { Action, Resource } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { AppContext } from '../../platform/app-context.ts';
import type { Tx } from '../../platform/db/types.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { branches } from '../locations/locations.tables.ts';
import { checkChartWrite, type PatientRow } from './chart-access.ts';
import type { ChangeActor, ChangedEntity } from './record-change.ts';

export interface CommandScope {
  tx: Tx;
  patient: PatientRow;
  now: Date;
  /** The calendar day of `now` where the patient's branch is (birth dates, a medication's end). */
  today: string;
  actor: ChangeActor;
}

export interface CommandOutcome<T> {
  result: T;
  /** The record changed, for the audit entry. */
  entityId: string;
  /** Non-PHI details for the audit entry (field names, counts). */
  details?: Record<string, unknown>;
}

export interface ChartCommand {
  ctx: AppContext;
  access: AccessContext;
  auditActor: AuditActor;
  patientId: string;
  resource: Resource;
  action: Action;
  entity: ChangedEntity;
}

/** What a route hands a command: who calls, about which patient. */
export type CommandBase = Pick<ChartCommand, 'ctx' | 'access' | 'auditActor' | 'patientId'>;

export async function runChartCommand<T>(
  command: ChartCommand,
  work: (scope: CommandScope) => Promise<CommandOutcome<T>>,
): Promise<T> {
  const { ctx, access, patientId } = command;
  const now = ctx.clock.now();
  const outcome = await ctx.db.transaction(async (tx) => {
    const gate = await checkChartWrite(
      tx,
      access,
      patientId,
      command.resource,
      command.action,
      now,
    );
    if (gate.kind !== 'allowed') return gate;
    const done = await work({
      tx,
      patient: gate.patient,
      now,
      today: await branchDate(tx, gate.patient.branchId, now),
      actor: { userId: access.userId, name: access.displayName },
    });
    await recordAudit(
      tx,
      command.auditActor,
      [
        {
          action: command.action,
          resourceType: command.entity,
          resourceId: done.entityId,
          patientId,
          details: done.details ?? {},
        },
      ],
      now,
    );
    return { kind: 'done' as const, result: done.result };
  });
  if (outcome.kind === 'done') return outcome.result;
  await recordAudit(
    ctx.db,
    command.auditActor,
    [
      {
        action: command.action,
        resourceType: command.entity,
        resourceId: patientId,
        patientId,
        outcome: 'denied',
      },
    ],
    now,
  );
  if (outcome.kind === 'forbidden')
    throw new AppError('forbidden', 'Your role does not allow changing this part of the chart.');
  throw notFound('The patient');
}

/** YYYY-MM-DD of an instant in the branch's time zone. */
async function branchDate(tx: Tx, branchId: string, now: Date): Promise<string> {
  const [branch] = await tx
    .select({ timezone: branches.timezone })
    .from(branches)
    .where(eq(branches.id, branchId));
  return localDate(now, branch?.timezone ?? 'UTC');
}

export function localDate(at: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
