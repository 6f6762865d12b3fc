// The plain commands on one authorization: edit a draft, mark it submitted by portal, fax or phone,
// appeal a denial, mark it expired, record that the payer needs no authorization, cancel it.
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import type {
  AppealRequest,
  CancelRequest,
  DraftFields,
  MarkSubmittedRequest,
  NoteRequest,
  NotRequiredRequest,
} from './authorizations.contracts.ts';
import { planTypesOf } from './authorizations.queries.ts';
import { runAuthorizationCommand } from './authorization-command.ts';
import { readInformationalTargets } from './authorization-settings.ts';
import { toPlanType, type AuthorizationRow } from './authorization-views.ts';
import type { ReviewLevel } from './authorization-vocabulary.ts';
import { checkDraftFields } from './create-authorization.ts';
import {
  computeDecisionDeadline,
  type DeadlineKind,
  type DecisionDeadline,
} from './decision-deadlines.ts';

/** The deadline for a request (or appeal) reaching the payer now, by the coverage's plan type. */
export async function deadlineFor(
  db: DbOrTx,
  row: AuthorizationRow,
  kind: DeadlineKind,
  level: ReviewLevel,
  from: Date,
): Promise<DecisionDeadline> {
  const planTypes = await planTypesOf(db, [row]);
  return computeDecisionDeadline(
    {
      from,
      kind,
      level,
      planType: toPlanType(row.coverageId === null ? null : planTypes.get(row.coverageId)),
    },
    await readInformationalTargets(db),
  );
}

export function deadlineDetail(deadline: DecisionDeadline): Record<string, unknown> {
  return {
    decisionDueAt: deadline.dueAt.toISOString(),
    deadlineHours: deadline.hours,
    deadlineRule: deadline.ruleId,
    deadlineBinding: deadline.binding,
  };
}

export function editDraft(
  ctx: AppContext,
  access: AccessContext,
  id: string,
  fields: DraftFields,
): Promise<AuthorizationRow> {
  checkDraftFields(fields);
  return runAuthorizationCommand(ctx, access, id, 'edit', (row) => {
    const set = {
      serviceLine: fields.serviceLine,
      procedureCode: fields.procedureCode.toUpperCase(),
      modifier: fields.modifier?.toUpperCase() ?? null,
      description: fields.description ?? null,
      unitsRequested: fields.unitsRequested,
      unitType: fields.unitType,
      frequency: fields.frequency ?? null,
      startDate: fields.startDate,
      endDate: fields.endDate,
      level: fields.level,
      notes: fields.notes ?? null,
    };
    const changed = Object.entries(set)
      .filter(([key, value]) => row[key as keyof typeof set] !== value)
      .map(([key]) => key);
    return {
      set,
      event: { kind: 'edited', units: fields.unitsRequested, detail: { fields: changed } },
      audit: { action: 'update', details: { fields: changed } },
    };
  });
}

/** Sent by portal, fax or phone: the decision deadline starts now. */
export function markSubmitted(
  ctx: AppContext,
  access: AccessContext,
  id: string,
  input: MarkSubmittedRequest,
): Promise<AuthorizationRow> {
  return runAuthorizationCommand(ctx, access, id, 'submit', async (row, tx, now) => {
    const deadline = await deadlineFor(tx, row, 'initial', row.level as ReviewLevel, now);
    return {
      set: {
        status: 'submitted',
        channel: input.channel,
        submittedAt: now,
        decisionDueAt: deadline.dueAt,
      },
      event: {
        kind: 'submitted',
        units: row.unitsRequested,
        detail: {
          channel: input.channel,
          reference: input.reference ?? null,
          ...deadlineDetail(deadline),
        },
      },
      audit: { action: 'submit', details: { channel: input.channel } },
    };
  });
}

/** Appeal a denial: waiting on the payer again, with the appeal's own deadline. */
export function appealDenial(
  ctx: AppContext,
  access: AccessContext,
  id: string,
  input: AppealRequest,
): Promise<AuthorizationRow> {
  return runAuthorizationCommand(ctx, access, id, 'appeal', async (row, tx, now) => {
    const deadline = await deadlineFor(tx, row, 'appeal', input.level, now);
    return {
      set: {
        status: 'appealed',
        level: input.level,
        decisionDueAt: deadline.dueAt,
        decidedAt: null,
      },
      event: {
        kind: 'appealed',
        detail: { channel: input.channel, note: input.note, ...deadlineDetail(deadline) },
      },
      audit: { action: 'appeal', details: { channel: input.channel, level: input.level } },
    };
  });
}

export function expireAuthorization(
  ctx: AppContext,
  access: AccessContext,
  id: string,
  input: NoteRequest,
): Promise<AuthorizationRow> {
  return runAuthorizationCommand(ctx, access, id, 'expire', () => ({
    set: { status: 'expired' },
    event: { kind: 'expired', detail: { note: input.note ?? null, automatic: false } },
    audit: { action: 'expire' },
  }));
}

export function notRequiredReason(input: NotRequiredRequest): string {
  return `Not required: confirmed by ${input.confirmedBy} (${input.method})`;
}

/** The payer needs no authorization for this service: who confirmed it and how. */
export function markNotRequired(
  ctx: AppContext,
  access: AccessContext,
  id: string,
  input: NotRequiredRequest,
): Promise<AuthorizationRow> {
  return runAuthorizationCommand(ctx, access, id, 'mark-not-required', (_row, _tx, now) => ({
    set: { status: 'not-required', decisionReason: notRequiredReason(input), decidedAt: now },
    event: {
      kind: 'not-required',
      detail: { method: input.method, confirmedBy: input.confirmedBy, note: input.note ?? null },
    },
    audit: { action: 'mark-not-required', details: { method: input.method } },
  }));
}

export function cancelAuthorization(
  ctx: AppContext,
  access: AccessContext,
  id: string,
  input: CancelRequest,
): Promise<AuthorizationRow> {
  return runAuthorizationCommand(ctx, access, id, 'cancel', () => ({
    set: { status: 'cancelled' },
    event: { kind: 'cancelled', detail: { reason: input.reason } },
    audit: { action: 'cancel' },
  }));
}
