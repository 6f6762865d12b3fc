// Rows to the chart's contract shapes, shared by the chart's reads and the commands' answers.
import type { Allergy, Caregiver, Contact, Diagnosis, Medication } from './chart.contracts.ts';
import type {
  caregivers,
  patientAllergies,
  patientContacts,
  patientDiagnoses,
  patientMedications,
} from './chart.tables.ts';
import type { FieldChange } from './record-change.ts';

export const NKDA = 'NKDA';
const NKDA_SPELLINGS = /^(nkda|nka|no known (drug )?allergies)$/i;

/**
 * Whether a substance means "no known drug allergies": the chart stores 'NKDA', referrals arrive
 * with it spelled out ('No known drug allergies'), so both read the same.
 */
export function isNkdaSubstance(substance: string): boolean {
  return NKDA_SPELLINGS.test(substance.trim().replace(/\s+/g, ' '));
}

export function toContact(row: typeof patientContacts.$inferSelect): Contact {
  return {
    id: row.id,
    name: row.name,
    relationship: row.relationship,
    phone: row.phone,
    email: row.email,
    isEmergencyContact: row.isEmergencyContact,
    isLegalRepresentative: row.isLegalRepresentative,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toCaregiver(
  row: typeof caregivers.$inferSelect,
  portalUsername: string | null,
): Caregiver {
  return {
    id: row.id,
    name: row.name,
    relationship: row.relationship,
    phone: row.phone,
    email: row.email,
    permissions: row.permissions,
    active: row.active,
    portalAccount: portalUsername === null ? null : { username: portalUsername },
  };
}

export function toAllergy(row: typeof patientAllergies.$inferSelect): Allergy {
  return {
    id: row.id,
    substance: row.substance,
    isNkda: isNkdaSubstance(row.substance),
    reaction: row.reaction,
    severity: row.severity,
    status: row.status,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export function toDiagnosis(row: typeof patientDiagnoses.$inferSelect): Diagnosis {
  return {
    id: row.id,
    code: row.code,
    description: row.description,
    isPrimary: row.isPrimary,
    status: row.status,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export function toMedication(row: typeof patientMedications.$inferSelect): Medication {
  return {
    id: row.id,
    name: row.name,
    dose: row.dose,
    route: row.route,
    frequency: row.frequency,
    startDate: row.startDate,
    endDate: row.endDate,
    kind: row.kind,
    status: row.status,
    recordedAt: row.recordedAt.toISOString(),
  };
}

/** History rows for a record created or removed: each field that holds a value. */
export function fieldsOfRecord(
  values: Record<string, unknown>,
  side: 'newValue' | 'oldValue',
): FieldChange[] {
  return Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([field, value]) => ({ field, [side]: value }));
}
