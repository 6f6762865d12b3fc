// The one path every referral takes, whatever the channel: validate, check against the therapy
// checklist, find an existing chart, then store referral, chart entries and admission in one
// transaction. A possible duplicate chart stops a console referral with the candidates (the
// coordinator chooses); from other channels the referral waits in the intake queue for that choice.
import { eq } from 'drizzle-orm';
import { checkReferral, readResponseClock, type ReferralDraft } from '@infusio/domain/intake';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, validationFailed } from '../../platform/http/app-error.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { getVisiblePatient } from '../patients/patients.queries.ts';
import type {
  CreateReferralResponse,
  MatchCandidateView,
  PatientDecision,
} from './intake.contracts.ts';
import { prescribers, referrals } from './intake.tables.ts';
import { findPatientMatchesSystemWide } from './find-patient-matches.ts';
import { readIntakeSettings } from './intake-settings.ts';
import { addReferralToChart, createChart } from './link-patient.ts';
import { startAdmission } from './start-admission.ts';
import { normalizeReferral, validateReferral } from './validate-referral.ts';
import { markInquiryConverted } from '../inquiries/handle-inquiry.ts';

export interface CreateReferralCommand {
  draft: ReferralDraft;
  patientDecision?: PatientDecision | undefined;
  inquiryId?: string | undefined;
  branchId?: string | undefined;
  /** JSON pointer prefix for field errors ('/draft' for the console request). */
  pointer: string;
}

export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

async function upsertPrescriber(tx: DbOrTx, draft: ReferralDraft): Promise<string> {
  const p = draft.prescriber;
  const [existing] = await tx
    .select({ id: prescribers.id })
    .from(prescribers)
    .where(eq(prescribers.npi, p.npi));
  if (existing) {
    await tx
      .update(prescribers)
      .set({
        givenName: p.givenName,
        familyName: p.familyName,
        practiceName: p.practiceName ?? null,
        phone: p.phone ?? null,
        fax: p.fax ?? null,
      })
      .where(eq(prescribers.id, existing.id));
    return existing.id;
  }
  const [row] = await tx
    .insert(prescribers)
    .values({
      npi: p.npi,
      givenName: p.givenName,
      familyName: p.familyName,
      practiceName: p.practiceName ?? null,
      phone: p.phone ?? null,
      fax: p.fax ?? null,
    })
    .returning({ id: prescribers.id });
  if (!row) throw new Error('prescriber insert returned no row');
  return row.id;
}

function pickBranch(access: AccessContext, requested: string | undefined): string {
  if (requested) {
    if (!access.branchIds.includes(requested))
      throw new AppError('validation_failed', 'You cannot enter referrals for that branch.', {
        fields: [{ field: '/branchId', code: 'branch', message: 'Not one of your branches.' }],
      });
    return requested;
  }
  const first = access.branchIds[0];
  if (!first)
    throw new AppError(
      'unprocessable',
      'Your account belongs to no branch, so a referral cannot be filed. An administrator can add you to one.',
    );
  return first;
}

export function auditActorFromAccess(access: AccessContext): AuditActor {
  return {
    userId: access.userId,
    username: access.username,
    roles: access.roles,
    clientIp: access.clientIp,
    requestId: access.requestId,
  };
}

/** Branch for a referral from someone outside the provider (a physician): the organisation's first branch. */
async function defaultBranch(db: DbOrTx): Promise<string> {
  const { branches } = await import('../locations/locations.tables.ts');
  const [row] = await db.select({ id: branches.id }).from(branches).limit(1);
  if (!row) throw new AppError('unavailable', 'No branch is set up to receive referrals.');
  return row.id;
}

export async function createReferral(
  ctx: AppContext,
  access: AccessContext,
  command: CreateReferralCommand,
): Promise<CreateReferralResponse> {
  const now = ctx.clock.now();
  const draft = normalizeReferral(command.draft);
  const problems = validateReferral(draft, isoDay(now), command.pointer);
  if (problems.length > 0)
    throw validationFailed(problems, 'The referral has fields to correct; nothing was saved.');

  const settings = await readIntakeSettings(ctx.db);
  const checklist = checkReferral(draft, {
    receivedOn: isoDay(now),
    recentLabDays: settings.recentLabDays,
  });
  const branchId =
    access.branchIds.length > 0
      ? pickBranch(access, command.branchId)
      : await defaultBranch(ctx.db);
  const actor = { userId: access.userId, name: access.displayName };

  // Which chart: the one chosen, a new one, or — when undecided and a chart may exist — ask.
  let patientId: string | null = null;
  let candidates: MatchCandidateView[] = [];
  const decision = command.patientDecision;
  if (decision?.action === 'use-existing') {
    const visible = await getVisiblePatient(ctx.db, access, decision.patientId, now);
    if (!visible)
      throw new AppError('validation_failed', 'That chart was not found.', {
        fields: [
          {
            field: '/patientDecision/patientId',
            code: 'not_found',
            message: 'No such patient among those you may see.',
          },
        ],
      });
    patientId = visible.id;
  } else if (decision === undefined) {
    candidates = await findPatientMatchesSystemWide(ctx.db, draft);
    if (candidates.length > 0 && draft.channel === 'console') {
      const visible = [];
      for (const c of candidates)
        if (await getVisiblePatient(ctx.db, access, c.patientId, now)) visible.push(c);
      throw new AppError(
        'conflict',
        'This patient may already have a chart. Choose the chart to add the referral to, or confirm a new one.',
        {
          extensions: {
            reason: 'possible-duplicate',
            candidates: visible,
            hiddenCandidates: candidates.length - visible.length,
          },
        },
      );
    }
  }

  const result = await ctx.db.transaction(async (tx) => {
    const prescriberId = await upsertPrescriber(tx, draft);
    const awaitingMatch = patientId === null && candidates.length > 0;
    if (!awaitingMatch && patientId === null)
      patientId = await createChart(tx, draft, branchId, actor, now);
    const [referral] = await tx
      .insert(referrals)
      .values({
        branchId,
        channel: draft.channel,
        urgency: draft.urgency,
        status: awaitingMatch ? 'awaiting-match' : 'received',
        sourceName: draft.sourceName ?? null,
        sourceReference: draft.sourceReference ?? null,
        therapy: draft.therapy,
        draft,
        checklist,
        receivedAt: now,
        patientId,
        prescriberId,
        matchCandidates: candidates.map(({ patientId: id, score, reasons }) => ({
          patientId: id,
          score,
          reasons,
        })),
        inquiryId: command.inquiryId ?? null,
        createdBy: access.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: referrals.id });
    if (!referral) throw new Error('referral insert returned no row');
    let admissionId: string | null = null;
    if (patientId !== null) {
      await addReferralToChart(tx, patientId, referral.id, draft, actor, now);
      admissionId = await startAdmission(tx, {
        referralId: referral.id,
        patientId,
        branchId,
        draft,
        prescriberId,
        receivedAt: now,
        actor,
        at: now,
      });
    }
    if (command.inquiryId)
      await markInquiryConverted(tx, command.inquiryId, referral.id, actor, now);
    await recordAudit(
      tx,
      auditActorFromAccess(access),
      [
        {
          action: 'create',
          resourceType: 'referral',
          resourceId: referral.id,
          patientId,
          details: {
            channel: draft.channel,
            therapy: draft.therapy,
            missing: checklist.missing.length,
            awaitingMatch,
          },
        },
        ...(admissionId
          ? [{ action: 'create', resourceType: 'admission', resourceId: admissionId, patientId }]
          : []),
      ],
      now,
    );
    return {
      referralId: referral.id,
      status: awaitingMatch ? 'awaiting-match' : 'received',
      patientId,
      admissionId,
    };
  });
  const clock = readResponseClock(now, draft.urgency, now, null, settings.responseClock);
  return {
    ...result,
    checklist,
    responseClock: {
      dueAt: clock.dueAt.toISOString(),
      state: clock.state,
      minutesLeft: clock.minutesLeft,
    },
  };
}
