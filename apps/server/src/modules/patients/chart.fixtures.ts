// Test factories: a chart with a row in every section, written straight to the tables the way the
// lead's referral creation and the other modules would (tests only).
import type { ReferralDraft } from '@infusio/domain/intake';
import type { Db } from '../../platform/db/types.ts';
import { patientCoverages } from '../coverage/coverage.tables.ts';
import { documents } from '../documents/documents.tables.ts';
import { admissionEvents, admissions, referrals } from '../intake/intake.tables.ts';
import {
  caregivers,
  patientAllergies,
  patientContacts,
  patientDiagnoses,
  patientMedications,
} from './chart.tables.ts';
import { recordChartChange } from './record-change.ts';

export interface SeededChart {
  admissionId: string;
  allergyId: string;
  infusionMedicationId: string;
  homeMedicationId: string;
}

export async function seedFullChart(
  db: Db,
  input: { patientId: string; branchId: string; at: Date; caregiverUserId?: string },
): Promise<SeededChart> {
  const { patientId, branchId, at } = input;
  const one = <T>(rows: T[]): T => {
    const [row] = rows;
    if (!row) throw new Error('insert returned no row');
    return row;
  };
  await db.insert(patientContacts).values({
    patientId,
    name: 'Wei Chen',
    relationship: 'son',
    phone: '(312) 555-0199',
    isEmergencyContact: true,
  });
  await db.insert(caregivers).values({
    patientId,
    name: 'Lin Chen',
    relationship: 'daughter',
    phone: '(312) 555-0123',
    permissions: ['view-schedule', 'view-clinical'],
    userId: input.caregiverUserId ?? null,
  });
  const allergy = one(
    await db
      .insert(patientAllergies)
      .values({ patientId, substance: 'Penicillin', reaction: 'Hives', severity: 'moderate' })
      .returning(),
  );
  await db.insert(patientDiagnoses).values([
    { patientId, code: 'E11.9', description: 'Type 2 diabetes', isPrimary: false },
    { patientId, code: 'A41.9', description: 'Sepsis, unspecified organism', isPrimary: true },
  ]);
  const infusion = one(
    await db
      .insert(patientMedications)
      .values({ patientId, name: 'Vancomycin', dose: '1.25 g', route: 'IV', kind: 'infusion' })
      .returning(),
  );
  const home = one(
    await db
      .insert(patientMedications)
      .values({ patientId, name: 'Metformin', dose: '500 mg', route: 'PO', kind: 'home' })
      .returning(),
  );
  await db.insert(patientCoverages).values({
    patientId,
    coverageOrder: 1,
    payerName: 'Blue Cross Blue Shield of Illinois',
    memberId: 'XOF123456789',
    relationship: 'self',
  });
  await db.insert(documents).values({
    patientId,
    kind: 'referral-form',
    fileName: 'referral.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 48_213,
    sha256: 'a'.repeat(64),
    scanStatus: 'clean',
    uploadedAt: at,
  });
  const draft: ReferralDraft = {
    channel: 'console',
    urgency: 'standard',
    therapy: 'anti-infective',
    patient: {
      givenName: 'Test',
      familyName: 'Patient',
      birthDate: '1950-01-01',
      sex: 'female',
      address: { line1: '1 Test St', city: 'Chicago', state: 'IL', postalCode: '60601' },
      phones: [],
      preferredLanguage: 'en',
      interpreterNeeded: false,
    },
    coverages: [],
    prescription: {
      drugName: 'Vancomycin',
      doseValue: 1.25,
      doseUnit: 'g',
      route: 'IV',
      frequency: 'q12h',
    },
    diagnoses: [],
    allergies: [],
    prescriber: { npi: '1234567893', givenName: 'Priya', familyName: 'Raman' },
    clinical: {},
  };
  const referral = one(
    await db
      .insert(referrals)
      .values({
        branchId,
        channel: 'console',
        urgency: 'standard',
        status: 'accepted',
        therapy: 'anti-infective',
        draft,
        checklist: { complete: true, items: [], missing: [] },
        receivedAt: at,
        patientId,
      })
      .returning(),
  );
  const admission = one(
    await db
      .insert(admissions)
      .values({
        patientId,
        referralId: referral.id,
        branchId,
        therapy: 'anti-infective',
        drugName: 'Vancomycin',
        stage: 'benefits-verified',
        status: 'open',
        stageEnteredAt: at,
        receivedAt: at,
      })
      .returning(),
  );
  await db.insert(admissionEvents).values({
    admissionId: admission.id,
    kind: 'stage',
    fromStage: 'information-complete',
    toStage: 'benefits-verified',
    actorName: 'Raj Mehta',
    at,
  });
  await recordChartChange(db, {
    patientId,
    entity: 'allergy',
    entityId: allergy.id,
    change: 'created',
    fields: [{ field: 'substance', newValue: 'Penicillin' }],
    actor: { userId: null, name: 'Referral intake' },
    at,
  });
  return {
    admissionId: admission.id,
    allergyId: allergy.id,
    infusionMedicationId: infusion.id,
    homeMedicationId: home.id,
  };
}
