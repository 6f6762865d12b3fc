// What patients, caregivers and referring physicians see of the journey: the stage reached, each
// step's date, and for physicians what the provider still needs from them. No internal notes.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  ADMISSION_STAGES,
  stageIndex,
  type AdmissionStage,
  type AdmissionStatus,
} from '@infusio/domain/intake';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { admissionEvents, admissions, prescribers, referrals } from '../intake/intake.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { patients } from '../patients/patients.tables.ts';
import type { MyAdmission, MyReferral } from './portal.contracts.ts';

/** The journey's visible steps; the side exit and discharge are shown through the status. */
const VISIBLE_STAGES = ADMISSION_STAGES.filter((s) => s !== 'discharged');

export async function listMyAdmissions(
  db: DbOrTx,
  access: AccessContext,
  now: Date,
): Promise<MyAdmission[]> {
  const rows = await db
    .select({
      admission: admissions,
      givenName: patients.givenName,
      familyName: patients.familyName,
    })
    .from(admissions)
    .innerJoin(patients, eq(patients.id, admissions.patientId))
    .where(patientScope(access, 'admission', 'read', admissions.patientId, now))
    .orderBy(desc(admissions.receivedAt))
    .limit(20);
  if (rows.length === 0) return [];
  const events = await db
    .select({
      admissionId: admissionEvents.admissionId,
      toStage: admissionEvents.toStage,
      at: admissionEvents.at,
    })
    .from(admissionEvents)
    .where(
      and(
        inArray(
          admissionEvents.admissionId,
          rows.map((r) => r.admission.id),
        ),
        eq(admissionEvents.kind, 'stage'),
      ),
    )
    .orderBy(asc(admissionEvents.at));
  return rows.map(({ admission, givenName, familyName }) => {
    const current = stageIndex(admission.stage as AdmissionStage);
    const open = admission.status === 'open' || admission.status === 'on-hold';
    const reached = new Map(
      events
        .filter((e) => e.admissionId === admission.id && e.toStage)
        .map((e) => [e.toStage, e.at]),
    );
    return {
      admissionId: admission.id,
      patientId: admission.patientId,
      patientName: `${givenName} ${familyName}`,
      therapy: admission.therapy,
      drugName: admission.drugName,
      stage: admission.stage as AdmissionStage,
      status: admission.status as AdmissionStatus,
      receivedAt: admission.receivedAt.toISOString(),
      startOfCareAt: admission.startOfCareAt?.toISOString() ?? null,
      expectedStartDate: admission.expectedStartDate,
      steps: VISIBLE_STAGES.map((stage) => {
        // Reached stages are done; the one after the last reached is what is happening now.
        const index = stageIndex(stage);
        const state: 'done' | 'current' | 'upcoming' =
          index <= current ? 'done' : index === current + 1 && open ? 'current' : 'upcoming';
        return { stage, state, at: reached.get(stage)?.toISOString() ?? null };
      }),
    };
  });
}

export async function listMyReferrals(db: DbOrTx, access: AccessContext): Promise<MyReferral[]> {
  const rows = await db
    .select({ referral: referrals, admission: admissions })
    .from(referrals)
    .innerJoin(prescribers, eq(prescribers.id, referrals.prescriberId))
    .leftJoin(admissions, eq(admissions.referralId, referrals.id))
    .where(eq(prescribers.userId, access.userId))
    .orderBy(desc(referrals.receivedAt))
    .limit(200);
  return rows.map(({ referral, admission }) => ({
    referralId: referral.id,
    receivedAt: referral.receivedAt.toISOString(),
    patientName: `${referral.draft.patient.givenName} ${referral.draft.patient.familyName}`,
    patientBirthDate: referral.draft.patient.birthDate,
    therapy: referral.therapy,
    drugName: referral.draft.prescription.drugName,
    status: referral.status,
    response: referral.response,
    responseReasonCode: referral.responseReasonCode,
    responseNote: referral.responseNote,
    admissionStage: (admission?.stage as AdmissionStage | undefined) ?? null,
    admissionStatus: (admission?.status as AdmissionStatus | undefined) ?? null,
    startOfCareAt: admission?.startOfCareAt?.toISOString() ?? null,
    stillNeeded: referral.checklist.missing
      .filter((m) => m.owner === 'referral-source')
      .map(({ id, description }) => ({ id, description })),
  }));
}
