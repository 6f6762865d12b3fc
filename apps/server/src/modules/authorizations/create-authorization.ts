// New authorization requests for an admission: a draft staff fill in, the drafts proposed from the
// therapy plan, a renewal for the next period, or a "not required" record. Every insert writes its
// 'created' event and audit entry in the caller's transaction.
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { AppError, validationFailed, type FieldProblem } from '../../platform/http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { DraftFields } from './authorizations.contracts.ts';
import { authorizationEvents, authorizations } from './authorizations.tables.ts';
import {
  getAdmissionForAuthorizations,
  primaryCoverageOf,
  type AdmissionRow,
} from './authorization-admission.ts';
import { actorOf } from './authorization-command.ts';
import type { AuthorizationRow } from './authorization-views.ts';

/** A request covers at most this many days; payers authorize in periods, renewals extend them. */
export const MAX_PERIOD_DAYS = 366;

export function checkDraftFields(fields: DraftFields): void {
  const problems: FieldProblem[] = [];
  if (fields.endDate < fields.startDate)
    problems.push({
      field: '/endDate',
      code: 'before_start',
      message: 'The end date is before the start date.',
    });
  else if (
    (Date.parse(fields.endDate) - Date.parse(fields.startDate)) / 86_400_000 >=
    MAX_PERIOD_DAYS
  )
    problems.push({
      field: '/endDate',
      code: 'period_too_long',
      message: `Ask for at most ${String(MAX_PERIOD_DAYS)} days; renew for the next period.`,
    });
  if (problems.length > 0) throw validationFailed(problems);
}

export function assertAdmissionActive(admission: AdmissionRow): void {
  if (admission.status !== 'open' && admission.status !== 'on-hold')
    throw new AppError(
      'conflict',
      `The admission is ${admission.status}; no new authorization can be requested for it.`,
    );
}

export interface NewAuthorization {
  fields: DraftFields;
  status: 'draft' | 'not-required';
  channel?: string;
  decisionReason?: string | null;
  /** Why it exists: typed by staff, proposed from the therapy plan, a renewal, not required. */
  source: 'manual' | 'therapy-plan' | 'renewal' | 'not-required';
  detail?: Record<string, unknown>;
}

export async function insertAuthorization(
  tx: DbOrTx,
  access: AccessContext,
  admission: AdmissionRow,
  input: NewAuthorization,
  now: Date,
): Promise<AuthorizationRow> {
  const coverage = await primaryCoverageOf(tx, admission);
  const { fields } = input;
  const [row] = await tx
    .insert(authorizations)
    .values({
      admissionId: admission.id,
      patientId: admission.patientId,
      coverageId: coverage?.id ?? null,
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
      status: input.status,
      channel: input.channel ?? 'x12-278',
      decisionReason: input.decisionReason ?? null,
      decidedAt: input.status === 'not-required' ? now : null,
      notes: fields.notes ?? null,
      createdBy: access.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned no authorization');
  await tx.insert(authorizationEvents).values({
    authorizationId: row.id,
    kind: 'created',
    toStatus: row.status,
    units: row.unitsRequested,
    detail: { source: input.source, ...input.detail },
    actorUserId: access.userId,
    actorName: access.displayName,
    at: now,
  });
  await recordAudit(
    tx,
    actorOf(access),
    [
      {
        action: 'create',
        resourceType: 'authorization',
        resourceId: row.id,
        patientId: row.patientId,
        details: {
          admissionId: admission.id,
          serviceLine: row.serviceLine,
          procedureCode: row.procedureCode,
          status: row.status,
          source: input.source,
        },
      },
    ],
    now,
  );
  return row;
}

/** A draft staff typed in (the form may have been filled from a suggestion). */
export async function createAuthorization(
  ctx: AppContext,
  access: AccessContext,
  admissionId: string,
  fields: DraftFields,
): Promise<AuthorizationRow> {
  checkDraftFields(fields);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const admission = await getAdmissionForAuthorizations(tx, access, admissionId, now, 'create');
    assertAdmissionActive(admission);
    return insertAuthorization(
      tx,
      access,
      admission,
      { fields, status: 'draft', source: 'manual' },
      now,
    );
  });
}
