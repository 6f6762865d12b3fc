// The chart's sections. Each loader takes the ChartAccess resolveChartAccess gave, so a section is
// read only for a patient the caller may see, and getChart reads only the sections shown.
import { and, asc, desc, eq, gt, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { users } from '../identity/identity.tables.ts';
import type { Caregiver, ChartResponse } from './chart.contracts.ts';
import { resolveChartAccess, type ChartAccess } from './chart-access.ts';
import {
  caregivers,
  patientAllergies,
  patientContacts,
  patientDiagnoses,
  patientMedications,
} from './chart.tables.ts';
import { loadAdmissions, loadCoverages, loadDocuments } from './chart-journey.queries.ts';
import { toAllergy, toCaregiver, toContact, toDiagnosis, toMedication } from './chart-mappers.ts';
import { CHART_SECTIONS } from './chart-sections.ts';
import { toPatientDetail } from './patients.queries.ts';
import { patientRelationships } from './patients.tables.ts';

const activeFirst = (status: AnyPgColumn) => sql`case when ${status} = 'active' then 0 else 1 end`;

export async function loadContacts(db: DbOrTx, chart: ChartAccess) {
  const rows = await db
    .select()
    .from(patientContacts)
    .where(eq(patientContacts.patientId, chart.patient.id))
    .orderBy(desc(patientContacts.isEmergencyContact), asc(patientContacts.name));
  return rows.map(toContact);
}

/**
 * Caregivers on record, then portal caregivers whose access has no caregiver record yet (granted
 * before the chart kept one): shown with id null so staff can add the record.
 */
export async function loadCaregivers(
  db: DbOrTx,
  chart: ChartAccess,
  now: Date,
): Promise<Caregiver[]> {
  const patientId = chart.patient.id;
  const recorded = await db
    .select({ caregiver: caregivers, username: users.username })
    .from(caregivers)
    .leftJoin(users, eq(users.id, caregivers.userId))
    .where(eq(caregivers.patientId, patientId))
    .orderBy(desc(caregivers.active), asc(caregivers.name));
  const linkedUserIds = recorded
    .map((r) => r.caregiver.userId)
    .filter((id): id is string => id !== null);
  const portalOnly = await db
    .select({ relation: patientRelationships, username: users.username, name: users.displayName })
    .from(patientRelationships)
    .innerJoin(users, eq(users.id, patientRelationships.userId))
    .where(
      and(
        eq(patientRelationships.patientId, patientId),
        eq(patientRelationships.relation, 'caregiver'),
        lte(patientRelationships.startsAt, now),
        or(isNull(patientRelationships.endsAt), gt(patientRelationships.endsAt, now)),
        linkedUserIds.length > 0
          ? notInArray(patientRelationships.userId, linkedUserIds)
          : undefined,
      ),
    );
  return [
    ...recorded.map((r) => toCaregiver(r.caregiver, r.username)),
    ...portalOnly.map((r): Caregiver => ({
      id: null,
      name: r.name,
      relationship: r.relation.relationshipLabel ?? 'other',
      phone: null,
      email: null,
      permissions: r.relation.permissions,
      active: true,
      portalAccount: { username: r.username },
    })),
  ];
}

export async function loadAllergies(db: DbOrTx, chart: ChartAccess) {
  const rows = await db
    .select()
    .from(patientAllergies)
    .where(eq(patientAllergies.patientId, chart.patient.id))
    .orderBy(activeFirst(patientAllergies.status), desc(patientAllergies.recordedAt));
  return rows.map(toAllergy);
}

/** Active diagnoses first, the primary one at the top. */
export async function loadDiagnoses(db: DbOrTx, chart: ChartAccess) {
  const rows = await db
    .select()
    .from(patientDiagnoses)
    .where(eq(patientDiagnoses.patientId, chart.patient.id))
    .orderBy(
      activeFirst(patientDiagnoses.status),
      desc(patientDiagnoses.isPrimary),
      asc(patientDiagnoses.recordedAt),
    );
  return rows.map(toDiagnosis);
}

/** Active medicines first, infusion orders before home medicines. */
export async function loadMedications(db: DbOrTx, chart: ChartAccess) {
  const rows = await db
    .select()
    .from(patientMedications)
    .where(eq(patientMedications.patientId, chart.patient.id))
    .orderBy(
      activeFirst(patientMedications.status),
      sql`case when ${patientMedications.kind} = 'infusion' then 0 else 1 end`,
      asc(patientMedications.name),
    );
  return rows.map(toMedication);
}

/** The whole chart as this caller may see it, or undefined (404) when the patient is not theirs. */
export async function getChart(
  db: DbOrTx,
  access: AccessContext,
  patientId: string,
  now: Date,
): Promise<{ chart: ChartAccess; body: ChartResponse } | undefined> {
  const chart = await resolveChartAccess(db, access, patientId, now);
  if (!chart) return undefined;
  const shown = chart.sections;
  const [contacts, caregiverList, allergies, diagnoses, medications] = await Promise.all([
    shown.contacts ? loadContacts(db, chart) : undefined,
    shown.caregivers ? loadCaregivers(db, chart, now) : undefined,
    shown.allergies ? loadAllergies(db, chart) : undefined,
    shown.diagnoses ? loadDiagnoses(db, chart) : undefined,
    shown.medications ? loadMedications(db, chart) : undefined,
  ]);
  const [coverages, documents, admissions] = await Promise.all([
    shown.coverages ? loadCoverages(db, chart) : undefined,
    shown.documents ? loadDocuments(db, chart) : undefined,
    shown.admissions ? loadAdmissions(db, chart) : undefined,
  ]);
  const body: ChartResponse = {
    patient: toPatientDetail(chart.patient, access),
    sections: CHART_SECTIONS.filter((section) => shown[section]),
    can: chart.can,
    ...(contacts && { contacts }),
    ...(caregiverList && { caregivers: caregiverList }),
    ...(allergies && { allergies }),
    ...(diagnoses && { diagnoses }),
    ...(medications && { medications }),
    ...(coverages && { coverages }),
    ...(documents && { documents }),
    ...(admissions && { admissions }),
  };
  return { chart, body };
}
