// Puts a referral's patient on a chart: creates the chart, or adds to an existing one what the
// referral brings that the chart lacks (coverages, allergies, diagnoses) plus the ordered infusion
// medicine. Every row written is in the chart's history with who and when.
import { eq, sql } from 'drizzle-orm';
import { normalizeUsPhone, formatUsPhone } from '@infusio/domain/identifiers';
import type { ReferralDraft } from '@infusio/domain/intake';
import type { DbOrTx } from '../../platform/db/types.ts';
import { executeRows } from '../../platform/db/execute-rows.ts';
import { patientCoverages } from '../coverage/coverage.tables.ts';
import {
  patientAllergies,
  patientDiagnoses,
  patientMedications,
} from '../patients/chart.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import { recordChartChange, type ChangeActor } from '../patients/record-change.ts';

function phone(draft: ReferralDraft, use: 'mobile' | 'home'): string | null {
  const entry =
    draft.patient.phones.find((p) => p.use === use) ??
    (use === 'mobile' ? draft.patient.phones[0] : undefined);
  const digits = entry ? normalizeUsPhone(entry.number) : undefined;
  return digits ? formatUsPhone(digits) : null;
}

export async function createChart(
  tx: DbOrTx,
  draft: ReferralDraft,
  branchId: string,
  actor: ChangeActor,
  at: Date,
): Promise<string> {
  const [sequence] = await executeRows<{ n: string }>(
    tx,
    sql`select nextval('patient_mrn_seq')::text as n`,
  );
  const p = draft.patient;
  const [row] = await tx
    .insert(patients)
    .values({
      branchId,
      mrn: `IN${sequence?.n ?? Date.now().toString()}`,
      givenName: p.givenName,
      middleName: p.middleName ?? null,
      familyName: p.familyName,
      birthDate: p.birthDate,
      sex: p.sex,
      addressLine1: p.address.line1,
      addressLine2: p.address.line2 ?? null,
      city: p.address.city,
      state: p.address.state,
      postalCode: p.address.postalCode,
      phoneMobile: phone(draft, 'mobile'),
      phoneHome: draft.patient.phones.some((x) => x.use === 'home') ? phone(draft, 'home') : null,
      email: p.email ?? null,
      preferredLanguage: p.preferredLanguage,
      interpreterNeeded: p.interpreterNeeded,
      weightKg: p.weightKg ?? null,
      heightCm: p.heightCm ?? null,
      medicalHistory: draft.medicalHistory ?? null,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: patients.id });
  if (!row) throw new Error('patient insert returned no row');
  await recordChartChange(tx, {
    patientId: row.id,
    entity: 'patient',
    entityId: row.id,
    change: 'created',
    actor,
    at,
  });
  return row.id;
}

export async function addReferralToChart(
  tx: DbOrTx,
  patientId: string,
  referralId: string,
  draft: ReferralDraft,
  actor: ChangeActor,
  at: Date,
): Promise<void> {
  const existingCoverages = await tx
    .select({ memberId: patientCoverages.memberId })
    .from(patientCoverages)
    .where(eq(patientCoverages.patientId, patientId));
  const known = new Set(
    existingCoverages.map((c) => c.memberId.replace(/[\s-]/g, '').toUpperCase()),
  );
  for (const coverage of draft.coverages) {
    if (known.has(coverage.memberId.replace(/[\s-]/g, '').toUpperCase())) continue;
    const [row] = await tx
      .insert(patientCoverages)
      .values({
        patientId,
        coverageOrder: coverage.order,
        payerName: coverage.payerName,
        payerId: coverage.payerId ?? null,
        planName: coverage.planName ?? null,
        memberId: coverage.memberId,
        groupNumber: coverage.groupNumber ?? null,
        subscriberName: coverage.subscriberName ?? null,
        relationship: coverage.relationship,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: patientCoverages.id });
    if (row)
      await recordChartChange(tx, {
        patientId,
        entity: 'coverage',
        entityId: row.id,
        change: 'created',
        fields: [{ field: 'payerName', newValue: coverage.payerName }],
        actor,
        at,
      });
  }

  const allergies = await tx
    .select({ substance: patientAllergies.substance })
    .from(patientAllergies)
    .where(eq(patientAllergies.patientId, patientId));
  const knownAllergies = new Set(allergies.map((a) => a.substance.toLowerCase()));
  for (const allergy of draft.allergies) {
    if (knownAllergies.has(allergy.substance.toLowerCase())) continue;
    const [row] = await tx
      .insert(patientAllergies)
      .values({
        patientId,
        substance: allergy.substance,
        reaction: allergy.reaction ?? null,
        severity: allergy.severity ?? null,
        recordedAt: at,
      })
      .returning({ id: patientAllergies.id });
    if (row)
      await recordChartChange(tx, {
        patientId,
        entity: 'allergy',
        entityId: row.id,
        change: 'created',
        fields: [{ field: 'substance', newValue: allergy.substance }],
        actor,
        at,
      });
  }

  const diagnoses = await tx
    .select({ code: patientDiagnoses.code })
    .from(patientDiagnoses)
    .where(eq(patientDiagnoses.patientId, patientId));
  const knownCodes = new Set(diagnoses.map((d) => d.code));
  for (const diagnosis of draft.diagnoses) {
    if (knownCodes.has(diagnosis.code)) continue;
    const [row] = await tx
      .insert(patientDiagnoses)
      .values({
        patientId,
        code: diagnosis.code,
        description: diagnosis.description ?? null,
        isPrimary: diagnosis.isPrimary,
        referralId,
        recordedAt: at,
      })
      .returning({ id: patientDiagnoses.id });
    if (row)
      await recordChartChange(tx, {
        patientId,
        entity: 'diagnosis',
        entityId: row.id,
        change: 'created',
        fields: [{ field: 'code', newValue: diagnosis.code }],
        actor,
        at,
      });
  }

  const rx = draft.prescription;
  const [medication] = await tx
    .insert(patientMedications)
    .values({
      patientId,
      name: rx.drugName,
      dose: `${rx.doseValue} ${rx.doseUnit}`,
      route: rx.route,
      frequency: rx.frequency,
      startDate: rx.startDate ?? null,
      kind: 'infusion',
      referralId,
      recordedAt: at,
    })
    .returning({ id: patientMedications.id });
  if (medication)
    await recordChartChange(tx, {
      patientId,
      entity: 'medication',
      entityId: medication.id,
      change: 'created',
      fields: [{ field: 'name', newValue: rx.drugName }],
      actor,
      at,
    });
}
