// Moves an admission forward. The server checks the preconditions of every stage passed and, when
// something is missing, answers 409 listing each missing item and whose job it is.
import { and, eq } from 'drizzle-orm';
import {
  evaluateTransition,
  preconditionDefinition,
  type AdmissionStage,
  type AdmissionStatus,
} from '@infusio/domain/intake';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { auditActorFromAccess } from './create-referral.ts';
import { admissionEvents, admissions } from './intake.tables.ts';
import { answerPreconditions, metSet } from './precondition-answerers.ts';

export async function advanceAdmission(
  ctx: AppContext,
  access: AccessContext,
  admissionId: string,
  to: AdmissionStage,
  note: string | undefined,
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
    const met = metSet((await answerPreconditions(tx, [row])).get(row.id));
    const verdict = evaluateTransition(
      { stage: row.stage as AdmissionStage, status: row.status as AdmissionStatus },
      to,
      met,
      access.roles,
    );
    if (!verdict.allowed) {
      if (verdict.reason === 'role') throw new AppError('forbidden', verdict.message);
      throw new AppError(
        verdict.reason === 'preconditions' ? 'precondition_failed' : 'conflict',
        verdict.message,
        {
          extensions: {
            missing: verdict.missing.map((key) => ({
              key,
              owner: preconditionDefinition(key).owner,
            })),
          },
        },
      );
    }
    const secondsInStage = Math.max(
      0,
      Math.round((now.getTime() - row.stageEnteredAt.getTime()) / 1000),
    );
    let from = row.stage;
    for (const [index, stage] of verdict.passes.entries()) {
      await tx.insert(admissionEvents).values({
        admissionId,
        kind: 'stage',
        fromStage: from,
        toStage: stage,
        secondsInPrevious: index === 0 ? secondsInStage : 0,
        note: note ?? null,
        actorUserId: access.userId,
        actorName: access.displayName,
        at: now,
      });
      from = stage;
    }
    const reachedStartOfCare = verdict.passes.includes('start-of-care');
    await tx
      .update(admissions)
      .set({
        stage: to,
        stageEnteredAt: now,
        updatedAt: now,
        ...(reachedStartOfCare ? { startOfCareAt: now } : {}),
      })
      .where(eq(admissions.id, admissionId));
    await recordAudit(
      tx,
      auditActorFromAccess(access),
      [
        {
          action: 'transition',
          resourceType: 'admission',
          resourceId: admissionId,
          patientId: row.patientId,
          details: { from: row.stage, to, passes: verdict.passes.length },
        },
      ],
      now,
    );
  });
}
