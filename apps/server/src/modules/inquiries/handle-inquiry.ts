// What staff do with a request for care: call back (with a note, as often as needed), close it
// (with a reason), or turn it into a referral (markInquiryConverted, called by intake). Each is a
// guarded status change, an event in the inquiry's history and an audit entry, in one transaction.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { inquiries } from '../intake/intake.tables.ts';
import type { ChangeActor } from '../patients/record-change.ts';
import type {
  CloseInquiryRequest,
  ContactInquiryRequest,
  InquiryStatus,
} from './inquiries.contracts.ts';
import { inquiryScope } from './inquiries.queries.ts';
import { inquiryEvents } from './inquiries.tables.ts';

export type InquiryEventKind = 'contacted' | 'closed' | 'converted';

/** The statuses each step may start from, and where it leads. */
export const INQUIRY_STEPS: Readonly<
  Record<InquiryEventKind, { from: readonly InquiryStatus[]; to: InquiryStatus }>
> = {
  contacted: { from: ['new', 'contacted'], to: 'contacted' },
  closed: { from: ['new', 'contacted'], to: 'closed' },
  converted: { from: ['new', 'contacted'], to: 'converted' },
};

interface StepInput {
  inquiryId: string;
  kind: InquiryEventKind;
  reasonCode?: string | null;
  note?: string | null;
  referralId?: string | null;
  actor: ChangeActor;
  at: Date;
}

function refuseStep(kind: InquiryEventKind, status: string): AppError {
  return new AppError(
    'precondition_failed',
    `This request for care is already ${status}; it cannot be marked ${kind}.`,
    { extensions: { currentStatus: status } },
  );
}

/** Locks the inquiry, checks the step is allowed, changes the status and records the event. */
async function applyStep(tx: DbOrTx, input: StepInput, scope: SQL): Promise<string> {
  const [row] = await tx
    .select({ status: inquiries.status })
    .from(inquiries)
    .where(and(eq(inquiries.id, input.inquiryId), scope))
    .for('update');
  if (!row) throw notFound('The request for care');
  const step = INQUIRY_STEPS[input.kind];
  if (!(step.from as readonly string[]).includes(row.status))
    throw refuseStep(input.kind, row.status);
  await tx
    .update(inquiries)
    .set({
      status: step.to,
      handledBy: input.actor.userId,
      handledAt: input.at,
      ...(input.referralId ? { referralId: input.referralId } : {}),
    })
    .where(eq(inquiries.id, input.inquiryId));
  await tx.insert(inquiryEvents).values({
    inquiryId: input.inquiryId,
    kind: input.kind,
    reasonCode: input.reasonCode ?? null,
    note: input.note?.trim() ? input.note.trim() : null,
    referralId: input.referralId ?? null,
    actorUserId: input.actor.userId,
    actorName: input.actor.name,
    at: input.at,
  });
  return row.status;
}

async function handleAsStaff(
  ctx: AppContext,
  access: AccessContext,
  auditActor: AuditActor,
  input: Omit<StepInput, 'actor' | 'at'>,
): Promise<void> {
  const at = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const from = await applyStep(
      tx,
      { ...input, actor: { userId: access.userId, name: access.displayName }, at },
      inquiryScope(access, 'update'),
    );
    await recordAudit(
      tx,
      auditActor,
      [
        {
          action: 'update',
          resourceType: 'inquiry',
          resourceId: input.inquiryId,
          details: { step: input.kind, from, reasonCode: input.reasonCode ?? null },
        },
      ],
      at,
    );
  });
}

export function contactInquiry(
  ctx: AppContext,
  access: AccessContext,
  auditActor: AuditActor,
  inquiryId: string,
  request: ContactInquiryRequest,
): Promise<void> {
  return handleAsStaff(ctx, access, auditActor, {
    inquiryId,
    kind: 'contacted',
    note: request.note,
  });
}

export function closeInquiry(
  ctx: AppContext,
  access: AccessContext,
  auditActor: AuditActor,
  inquiryId: string,
  request: CloseInquiryRequest,
): Promise<void> {
  return handleAsStaff(ctx, access, auditActor, {
    inquiryId,
    kind: 'closed',
    reasonCode: request.reasonCode,
    note: request.note ?? null,
  });
}

/**
 * Records that a coordinator turned the request for care into a referral. Call it inside the
 * transaction that creates the referral (the referral rolls back with it if the inquiry cannot be
 * converted). Access is the caller's job: the referral route already checked the coordinator may
 * create referrals. Converting again to the same referral does nothing; an inquiry that does not
 * exist is a 400 on /inquiryId; one already closed or converted to another referral is a 409.
 */
export async function markInquiryConverted(
  tx: DbOrTx,
  inquiryId: string,
  referralId: string,
  actor: ChangeActor,
  at: Date,
): Promise<void> {
  const [row] = await tx
    .select({ status: inquiries.status, referralId: inquiries.referralId })
    .from(inquiries)
    .where(eq(inquiries.id, inquiryId));
  if (!row)
    throw new AppError('validation_failed', 'No such request for care.', {
      fields: [{ field: '/inquiryId', code: 'not_found', message: 'No such request for care.' }],
    });
  if (row.status === 'converted' && row.referralId === referralId) return;
  await applyStep(tx, { inquiryId, kind: 'converted', referralId, actor, at }, sql`true`);
}
