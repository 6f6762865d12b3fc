import { and, asc, count, eq, or, sql, type SQL } from 'drizzle-orm';
import { hiddenFieldsFor } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import type { ListPatientsQuery, PatientDetail, PatientSummary } from './patients.contracts.ts';
import { patientScope } from './patient-scope.ts';
import { patients } from './patients.tables.ts';

type PatientRow = typeof patients.$inferSelect;

function searchCondition(search: string | undefined): SQL | undefined {
  const term = search?.trim();
  if (!term) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(term)) return eq(patients.birthDate, term);
  const escaped = term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  const familyPrefix = (value: string) => sql`lower(${patients.familyName}) like ${`${value}%`}`;
  const givenPrefix = (value: string) => sql`lower(${patients.givenName}) like ${`${value}%`}`;
  const [family, given] = escaped.split(',').map((part) => part.trim());
  // Prefix matches on lower(name) use the text_pattern_ops indexes of migration 0006.
  if (given !== undefined && family) return and(familyPrefix(family), givenPrefix(given));
  return or(
    sql`upper(${patients.mrn}) = ${term.toUpperCase()}`,
    familyPrefix(escaped),
    givenPrefix(escaped),
  );
}

export function toPatientSummary(row: PatientRow): PatientSummary {
  return {
    id: row.id,
    mrn: row.mrn,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    sex: row.sex as PatientSummary['sex'],
    city: row.city,
    state: row.state,
    branchId: row.branchId,
    status: row.status,
  };
}

export function toPatientDetail(row: PatientRow, access: AccessContext): PatientDetail {
  const hidden = hiddenFieldsFor(access.roles, 'patient');
  return {
    ...toPatientSummary(row),
    middleName: row.middleName,
    addressLine1: row.addressLine1,
    addressLine2: row.addressLine2,
    postalCode: row.postalCode,
    phoneMobile: row.phoneMobile,
    phoneHome: row.phoneHome,
    email: row.email,
    preferredLanguage: row.preferredLanguage,
    interpreterNeeded: row.interpreterNeeded,
    weightKg: row.weightKg,
    heightCm: row.heightCm,
    ...(hidden.has('medicalHistory') ? {} : { medicalHistory: row.medicalHistory }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listPatients(
  db: DbOrTx,
  access: AccessContext,
  query: ListPatientsQuery,
  now: Date,
) {
  const where = and(
    patientScope(access, 'patient', 'read', patients.id, now),
    searchCondition(query.search),
  );
  const [totalRow] = await db.select({ total: count() }).from(patients).where(where);
  const rows = await db
    .select()
    .from(patients)
    .where(where)
    .orderBy(asc(patients.familyName), asc(patients.givenName), asc(patients.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { rows, total: totalRow?.total ?? 0 };
}

/** The patient, or undefined when it does not exist or is not the caller's to see. */
export async function getVisiblePatient(
  db: DbOrTx,
  access: AccessContext,
  id: string,
  now: Date,
): Promise<PatientRow | undefined> {
  const [row] = await db
    .select()
    .from(patients)
    .where(and(eq(patients.id, id), patientScope(access, 'patient', 'read', patients.id, now)));
  return row;
}
