// The side exits (on hold, not admitted, cancelled), resuming from hold, and discharge — each with
// a reason from the maintained list.
import { and, eq } from 'drizzle-orm';
import {
  canTakeSideExit,
  type AdmissionStage,
  type AdmissionStatus,
  type ReasonKind,
} from '@infusio/domain/intake';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { auditActorFromAccess } from './create-referral.ts';
import { admissionEvents, admissions } from './intake.tables.ts';
import { isActiveReasonCode } from './reason-codes.ts';

export type AdmissionExit = 'on-hold' | 'resume' | 'not-admitted' | 'cancelled' | 'discharged';

const REASON_KIND: Record<Exclude<AdmissionExit, 'resume'>, ReasonKind> = {
  'on-hold': 'on-hold',
  'not-admitted': 'not-admitted',
  cancelled: 'cancelled',
  discharged: 'discharged',
};

function allowed(exit: AdmissionExit, stage: AdmissionStage, status: AdmissionStatus): boolean {
  switch (exit) {
    case 'resume':
      return status === 'on-hold';
    case 'discharged':
      return status === 'open' && stage === 'active-therapy';
    default:
      return canTakeSideExit({ stage, status }, exit);
  }
}

export async function exitAdmission(
  ctx: AppContext,
  access: AccessContext,
  admissionId: string,
  exit: AdmissionExit,
  input: { reasonCode?: string | undefined; note?: string | undefined },
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(admissions)
      .where(
        and(
          eq(admissions.id, admissionId),
          patientScope(access, 'admission', 'transition', admissions.patientId, now),
        ),
      )
      .for('update');
    if (!row) throw notFound('The admission');
    const stage = row.stage as AdmissionStage;
    const status = row.status as AdmissionStatus;
    if (!allowed(exit, stage, status)) {
      throw new AppError(
        'conflict',
        `An admission that is ${status} at "${stage}" cannot be ${exit === 'resume' ? 'resumed' : `marked ${exit}`}.`,
      );
    }
    if (exit !== 'resume') {
      const kind = REASON_KIND[exit];
      if (!input.reasonCode || !(await isActiveReasonCode(tx, kind, input.reasonCode))) {
        throw new AppError('validation_failed', 'Choose a reason from the list.', {
          fields: [
            { field: '/reasonCode', code: 'reason', message: `Not a current "${kind}" reason.` },
          ],
        });
      }
    }
    const toStatus: AdmissionStatus = exit === 'resume' ? 'open' : exit;
    const terminal = exit === 'not-admitted' || exit === 'cancelled' || exit === 'discharged';
    await tx
      .update(admissions)
      .set({
        status: toStatus,
        statusReasonCode: exit === 'resume' ? null : (input.reasonCode ?? null),
        statusNote: input.note ?? null,
        updatedAt: now,
        ...(exit === 'discharged' ? { stage: 'discharged', stageEnteredAt: now } : {}),
        ...(terminal ? { closedAt: now } : {}),
      })
      .where(eq(admissions.id, admissionId));
    await tx.insert(admissionEvents).values({
      admissionId,
      kind: 'status',
      fromStatus: status,
      toStatus,
      fromStage: stage,
      toStage: exit === 'discharged' ? 'discharged' : stage,
      reasonCode: input.reasonCode ?? null,
      note: input.note ?? null,
      secondsInPrevious:
        exit === 'discharged'
          ? Math.round((now.getTime() - row.stageEnteredAt.getTime()) / 1000)
          : null,
      actorUserId: access.userId,
      actorName: access.displayName,
      at: now,
    });
    await recordAudit(
      tx,
      auditActorFromAccess(access),
      [
        {
          action: exit,
          resourceType: 'admission',
          resourceId: admissionId,
          patientId: row.patientId,
          details: { reasonCode: input.reasonCode ?? null },
        },
      ],
      now,
    );
  });
}
