// What the coordinator does with a referral after it arrives: answer its source (accepted,
// declined with a reason, more information needed), resolve a possible duplicate chart, and add
// information that was missing (the checklist is re-checked).
import { eq } from 'drizzle-orm';
import { checkReferral, type ReferralDraft } from '@infusio/domain/intake';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound, validationFailed } from '../../platform/http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { attachReferralDocumentsToPatient } from '../documents/attach-referral-documents.ts';
import { getVisiblePatient } from '../patients/patients.queries.ts';
import { auditActorFromAccess, isoDay } from './create-referral.ts';
import type {
  AmendReferralRequest,
  PatientDecision,
  RespondToReferralRequest,
} from './intake.contracts.ts';
import { admissionEvents, admissions, referrals } from './intake.tables.ts';
import { readIntakeSettings } from './intake-settings.ts';
import { addReferralToChart, createChart } from './link-patient.ts';
import { isActiveReasonCode } from './reason-codes.ts';
import { getVisibleReferral } from './referrals.queries.ts';
import { startAdmission } from './start-admission.ts';
import { validateReferral } from './validate-referral.ts';

export async function respondToReferral(
  ctx: AppContext,
  access: AccessContext,
  referralId: string,
  input: RespondToReferralRequest,
): Promise<void> {
  const now = ctx.clock.now();
  const referral = await getVisibleReferral(ctx.db, access, referralId, now, 'update');
  if (!referral) throw notFound('The referral');
  if (referral.response === 'accepted' || referral.response === 'declined')
    throw new AppError('conflict', `The referral was already ${referral.response}.`);
  if (
    input.response === 'declined' &&
    (!input.reasonCode ||
      !(await isActiveReasonCode(ctx.db, 'referral-declined', input.reasonCode)))
  ) {
    throw validationFailed([
      { field: '/reasonCode', code: 'reason', message: 'Declining needs a reason from the list.' },
    ]);
  }
  if (input.response === 'info-requested' && !input.note?.trim()) {
    throw validationFailed([
      { field: '/note', code: 'required', message: 'Say what information is needed.' },
    ]);
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(referrals)
      .set({
        response: input.response,
        responseReasonCode: input.reasonCode ?? null,
        responseNote: input.note ?? null,
        respondedAt: referral.respondedAt ?? now,
        status: input.response,
        updatedAt: now,
      })
      .where(eq(referrals.id, referralId));
    const [admission] = await tx
      .select()
      .from(admissions)
      .where(eq(admissions.referralId, referralId));
    if (admission) {
      await tx.insert(admissionEvents).values({
        admissionId: admission.id,
        kind: 'referral-response',
        reasonCode: input.reasonCode ?? null,
        note: input.note ?? null,
        detail: { response: input.response },
        actorUserId: access.userId,
        actorName: access.displayName,
        at: now,
      });
      if (
        input.response === 'declined' &&
        (admission.status === 'open' || admission.status === 'on-hold')
      ) {
        await tx
          .update(admissions)
          .set({
            status: 'not-admitted',
            statusReasonCode: input.reasonCode ?? null,
            statusNote: input.note ?? null,
            closedAt: now,
            updatedAt: now,
          })
          .where(eq(admissions.id, admission.id));
        await tx.insert(admissionEvents).values({
          admissionId: admission.id,
          kind: 'status',
          fromStatus: admission.status,
          toStatus: 'not-admitted',
          fromStage: admission.stage,
          toStage: admission.stage,
          reasonCode: input.reasonCode ?? null,
          note: input.note ?? null,
          detail: { via: 'referral-declined' },
          actorUserId: access.userId,
          actorName: access.displayName,
          at: now,
        });
      }
    }
    await recordAudit(
      tx,
      auditActorFromAccess(access),
      [
        {
          action: 'respond',
          resourceType: 'referral',
          resourceId: referralId,
          patientId: referral.patientId,
          details: { response: input.response },
        },
      ],
      now,
    );
  });
}

export async function resolveReferralMatch(
  ctx: AppContext,
  access: AccessContext,
  referralId: string,
  decision: PatientDecision,
): Promise<{ patientId: string; admissionId: string }> {
  const now = ctx.clock.now();
  const referral = await getVisibleReferral(ctx.db, access, referralId, now, 'update');
  if (!referral) throw notFound('The referral');
  if (
    referral.status !== 'awaiting-match' ||
    referral.patientId !== null ||
    referral.prescriberId === null
  )
    throw new AppError('conflict', 'This referral is already on a chart.');
  let chosen: string | null = null;
  if (decision.action === 'use-existing') {
    if (
      !referral.matchCandidates.some((c) => c.patientId === decision.patientId) ||
      !(await getVisiblePatient(ctx.db, access, decision.patientId, now))
    ) {
      throw validationFailed([
        {
          field: '/decision/patientId',
          code: 'not_candidate',
          message: 'Choose one of the charts offered for this referral.',
        },
      ]);
    }
    chosen = decision.patientId;
  }
  const draft = referral.draft;
  const prescriberId = referral.prescriberId;
  const actor = { userId: access.userId, name: access.displayName };
  return ctx.db.transaction(async (tx) => {
    const patientId = chosen ?? (await createChart(tx, draft, referral.branchId, actor, now));
    await tx
      .update(referrals)
      .set({ patientId, status: 'received', updatedAt: now })
      .where(eq(referrals.id, referralId));
    await addReferralToChart(tx, patientId, referralId, draft, actor, now);
    // Documents uploaded while the referral waited for its chart now belong to that chart.
    await attachReferralDocumentsToPatient(tx, {
      referralId,
      patientId,
      actor,
      auditActor: auditActorFromAccess(access),
      at: now,
    });
    const admissionId = await startAdmission(tx, {
      referralId,
      patientId,
      branchId: referral.branchId,
      draft,
      prescriberId,
      receivedAt: referral.receivedAt,
      actor,
      at: now,
    });
    await recordAudit(
      tx,
      auditActorFromAccess(access),
      [
        {
          action: 'resolve-match',
          resourceType: 'referral',
          resourceId: referralId,
          patientId,
          details: { decision: decision.action },
        },
        { action: 'create', resourceType: 'admission', resourceId: admissionId, patientId },
      ],
      now,
    );
    return { patientId, admissionId };
  });
}

export async function amendReferral(
  ctx: AppContext,
  access: AccessContext,
  referralId: string,
  changes: AmendReferralRequest,
): Promise<void> {
  const now = ctx.clock.now();
  const referral = await getVisibleReferral(ctx.db, access, referralId, now, 'update');
  if (!referral) throw notFound('The referral');
  const draft: ReferralDraft = { ...referral.draft, ...changes };
  const problems = validateReferral(draft, isoDay(now));
  if (problems.length > 0)
    throw validationFailed(problems, 'The changes have fields to correct; nothing was saved.');
  const settings = await readIntakeSettings(ctx.db);
  const checklist = checkReferral(draft, {
    receivedOn: isoDay(referral.receivedAt),
    recentLabDays: settings.recentLabDays,
  });
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(referrals)
      .set({ draft, checklist, urgency: draft.urgency, updatedAt: now })
      .where(eq(referrals.id, referralId));
    const [admission] = await tx
      .select()
      .from(admissions)
      .where(eq(admissions.referralId, referralId));
    if (admission) {
      const flags = new Set(
        admission.priorityFlags.filter((f) => f !== 'urgent' && f !== 'discharge-pending'),
      );
      if (draft.urgency === 'urgent') flags.add('urgent');
      if (draft.clinical.dischargePending) flags.add('discharge-pending');
      await tx
        .update(admissions)
        .set({
          expectedStartDate: draft.prescription.startDate ?? null,
          drugName: draft.prescription.drugName,
          priorityFlags: [...flags],
          updatedAt: now,
        })
        .where(eq(admissions.id, admission.id));
      await tx.insert(admissionEvents).values({
        admissionId: admission.id,
        kind: 'referral-amended',
        detail: { sections: Object.keys(changes), missingAfter: checklist.missing.length },
        actorUserId: access.userId,
        actorName: access.displayName,
        at: now,
      });
    }
    await recordAudit(
      tx,
      auditActorFromAccess(access),
      [
        {
          action: 'update',
          resourceType: 'referral',
          resourceId: referralId,
          patientId: referral.patientId,
          details: { sections: Object.keys(changes) },
        },
      ],
      now,
    );
  });
}
