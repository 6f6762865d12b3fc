// Reads of admissions, always through the caller's scope (an admission is visible when its patient is).
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Action, Resource } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { users } from '../identity/identity.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { patients } from '../patients/patients.tables.ts';
import { admissionEvents, admissions, referrals } from './intake.tables.ts';

export type AdmissionRow = typeof admissions.$inferSelect;

export async function getVisibleAdmission(
  db: DbOrTx,
  access: AccessContext,
  id: string,
  now: Date,
  resource: Resource = 'admission',
  action: Action = 'read',
): Promise<AdmissionRow | undefined> {
  const [row] = await db
    .select()
    .from(admissions)
    .where(
      and(eq(admissions.id, id), patientScope(access, resource, action, admissions.patientId, now)),
    );
  return row;
}

export async function loadAdmissionContext(db: DbOrTx, row: AdmissionRow) {
  const [patient] = await db
    .select({
      id: patients.id,
      mrn: patients.mrn,
      givenName: patients.givenName,
      familyName: patients.familyName,
      birthDate: patients.birthDate,
      preferredLanguage: patients.preferredLanguage,
    })
    .from(patients)
    .where(eq(patients.id, row.patientId));
  const [referral] = await db.select().from(referrals).where(eq(referrals.id, row.referralId));
  const events = await db
    .select()
    .from(admissionEvents)
    .where(eq(admissionEvents.admissionId, row.id))
    .orderBy(asc(admissionEvents.at));
  const assignee = row.assignedUserId
    ? (
        await db
          .select({ id: users.id, name: users.displayName })
          .from(users)
          .where(eq(users.id, row.assignedUserId))
      )[0]
    : undefined;
  if (!patient || !referral) throw new Error(`admission ${row.id} lost its patient or referral`);
  return { patient, referral, events, assignee };
}

/** Names of users, for queue items' "claimed by". */
export async function userNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
