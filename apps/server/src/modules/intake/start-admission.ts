// Opens the admission for a referral once its patient is on a chart: the journey starts at
// "referral received" with the referral's own receipt time, so the clock counts from the moment
// the referral arrived, even if matching the chart took a while.
import { and, eq } from 'drizzle-orm';
import type { ReferralDraft } from '@infusio/domain/intake';
import type { DbOrTx } from '../../platform/db/types.ts';
import { patientRelationships } from '../patients/patients.tables.ts';
import { admissionEvents, admissions, prescribers } from './intake.tables.ts';

export interface StartAdmissionInput {
  referralId: string;
  patientId: string;
  branchId: string;
  draft: ReferralDraft;
  prescriberId: string;
  receivedAt: Date;
  actor: { userId: string | null; name: string };
  at: Date;
}

export async function startAdmission(tx: DbOrTx, input: StartAdmissionInput): Promise<string> {
  const { draft } = input;
  const primary = [...draft.coverages].sort((a, b) => a.order - b.order)[0];
  const flags = [
    ...(draft.urgency === 'urgent' ? ['urgent'] : []),
    ...(draft.clinical.dischargePending ? ['discharge-pending'] : []),
  ];
  const [row] = await tx
    .insert(admissions)
    .values({
      patientId: input.patientId,
      referralId: input.referralId,
      branchId: input.branchId,
      therapy: draft.therapy,
      drugName: draft.prescription.drugName,
      stage: 'referral-received',
      status: 'open',
      stageEnteredAt: input.receivedAt,
      priorityFlags: flags,
      expectedStartDate: draft.prescription.startDate ?? null,
      payerName: primary?.payerName ?? 'Self-pay',
      referralSource:
        draft.sourceName ?? `${draft.prescriber.givenName} ${draft.prescriber.familyName}`,
      receivedAt: input.receivedAt,
      createdAt: input.at,
      updatedAt: input.at,
    })
    .returning({ id: admissions.id });
  if (!row) throw new Error('admission insert returned no row');
  await tx.insert(admissionEvents).values({
    admissionId: row.id,
    kind: 'stage',
    toStage: 'referral-received',
    toStatus: 'open',
    actorUserId: input.actor.userId,
    actorName: input.actor.name,
    at: input.receivedAt,
    detail: { channel: draft.channel },
  });

  // The referring physician's portal account now sees this patient.
  const [prescriber] = await tx
    .select({ userId: prescribers.userId })
    .from(prescribers)
    .where(eq(prescribers.id, input.prescriberId));
  if (prescriber?.userId) {
    const [existing] = await tx
      .select({ id: patientRelationships.id })
      .from(patientRelationships)
      .where(
        and(
          eq(patientRelationships.patientId, input.patientId),
          eq(patientRelationships.userId, prescriber.userId),
          eq(patientRelationships.relation, 'referring-physician'),
        ),
      );
    if (!existing)
      await tx.insert(patientRelationships).values({
        patientId: input.patientId,
        userId: prescriber.userId,
        relation: 'referring-physician',
        startsAt: input.receivedAt,
      });
  }
  return row.id;
}
