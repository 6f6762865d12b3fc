// When intake matches a referral to a patient chart, the documents that came with the referral
// (uploaded while it was still awaiting the match) are filed in that chart. Called by the intake
// module inside the transaction that records the match.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { recordChartChange, type ChangeActor } from '../patients/record-change.ts';
import { documents } from './documents.tables.ts';

/** Files the referral's unfiled documents in the patient's chart; returns their ids. */
export async function attachReferralDocumentsToPatient(
  tx: DbOrTx,
  input: {
    referralId: string;
    patientId: string;
    actor: ChangeActor;
    auditActor: AuditActor;
    at: Date;
  },
): Promise<string[]> {
  const attached = await tx
    .update(documents)
    .set({ patientId: input.patientId })
    .where(and(eq(documents.referralId, input.referralId), isNull(documents.patientId)))
    .returning({ id: documents.id, kind: documents.kind, fileName: documents.fileName });
  for (const document of attached)
    await recordChartChange(tx, {
      patientId: input.patientId,
      entity: 'document',
      entityId: document.id,
      change: 'created',
      fields: [
        { field: 'kind', newValue: document.kind },
        { field: 'fileName', newValue: document.fileName },
        { field: 'referralId', newValue: input.referralId },
      ],
      actor: input.actor,
      at: input.at,
    });
  await recordAudit(
    tx,
    input.auditActor,
    attached.map((document) => ({
      action: 'update',
      resourceType: 'document',
      resourceId: document.id,
      patientId: input.patientId,
      details: { attachedFromReferral: input.referralId },
    })),
    input.at,
  );
  return attached.map((document) => document.id);
}
