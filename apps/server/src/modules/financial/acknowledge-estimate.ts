// The patient (or a caregiver with billing permission) acknowledges the estimate they saw, or staff
// record it on the patient's behalf with a note. The acknowledgement names the exact version and
// fingerprint; a version superseded since, or figures that differ from what was shown, are refused.
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { patientRelationships } from '../patients/patients.tables.ts';
import type { EstimateLanguage } from './estimates.contracts.ts';
import { estimateScope } from './estimate-scope.ts';
import { latestVersionOf } from './estimates.queries.ts';
import { estimateAcknowledgements, estimates } from './financial.tables.ts';

export interface AcknowledgeInput {
  fingerprint: string;
  language: EstimateLanguage;
  /** Required when staff record on the patient's behalf. */
  note?: string;
}

export async function acknowledgeEstimate(
  ctx: AppContext,
  access: AccessContext,
  actor: AuditActor,
  estimateId: string,
  input: AcknowledgeInput,
  mode: 'in-person' | 'staff-on-behalf',
): Promise<string> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const action = mode === 'staff-on-behalf' ? 'update' : 'acknowledge';
    const [row] = await tx
      .select()
      .from(estimates)
      .where(and(eq(estimates.id, estimateId), estimateScope(access, action, now)))
      .for('update');
    if (!row) throw notFound('The estimate');
    const latest = await latestVersionOf(tx, row.admissionId);
    if (row.status === 'superseded' || row.version !== latest)
      throw new AppError(
        'conflict',
        `This is version ${row.version}; version ${latest} replaced it. Review the new estimate.`,
        { extensions: { reason: 'superseded', latestVersion: latest } },
      );
    if (row.status === 'draft')
      throw new AppError('conflict', 'The estimate has not been presented to the patient yet.', {
        extensions: { reason: 'not-presented' },
      });
    if (input.fingerprint !== row.fingerprint)
      throw new AppError(
        'conflict',
        'The estimate changed since it was shown: reload it and review the figures again.',
        { extensions: { reason: 'fingerprint-mismatch', version: row.version } },
      );
    let acknowledgedAs: 'patient' | 'caregiver' | 'staff-on-behalf' = 'staff-on-behalf';
    if (mode === 'in-person') {
      const [self] = await tx
        .select({ id: patientRelationships.id })
        .from(patientRelationships)
        .where(
          and(
            eq(patientRelationships.userId, access.userId),
            eq(patientRelationships.patientId, row.patientId),
            eq(patientRelationships.relation, 'self'),
          ),
        );
      acknowledgedAs = self ? 'patient' : 'caregiver';
    }
    const [ack] = await tx
      .insert(estimateAcknowledgements)
      .values({
        estimateId: row.id,
        admissionId: row.admissionId,
        version: row.version,
        fingerprint: row.fingerprint,
        acknowledgedByUserId: access.userId,
        acknowledgedAs,
        language: input.language,
        note: input.note ?? null,
        clientIp: actor.clientIp ?? null,
        at: now,
      })
      .returning({ id: estimateAcknowledgements.id });
    if (!ack) throw new Error('acknowledgement insert returned nothing');
    await tx.update(estimates).set({ status: 'acknowledged' }).where(eq(estimates.id, row.id));
    await recordAudit(
      tx,
      actor,
      [
        {
          action: 'acknowledge',
          resourceType: 'estimate',
          resourceId: row.id,
          patientId: row.patientId,
          details: { version: row.version, acknowledgedAs, language: input.language },
        },
      ],
      now,
    );
    return ack.id;
  });
}
