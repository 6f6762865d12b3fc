// A caregiver's own portal account and the access it carries. The caregivers row is what staff
// see; the patient_relationships row ('caregiver') is what patientScope and the chart's section
// rules read. Both change in the same transaction so they never disagree.
import { and, eq, gt, isNull, ne, or } from 'drizzle-orm';
import type { Tx } from '../../platform/db/types.ts';
import { userRoles, users } from '../identity/identity.tables.ts';
import { caregivers } from './chart.tables.ts';
import type { FieldCollector } from './demographics-rules.ts';
import { patientRelationships } from './patients.tables.ts';

export interface PortalAccount {
  id: string;
  username: string;
}

/**
 * The caregiver account named by `username` (a user holding the caregiver role), checked: unknown
 * accounts and accounts already linked to another caregiver record of this patient are field
 * problems on /portalUsername. Undefined when no username was given.
 */
export async function findPortalAccount(
  tx: Tx,
  out: FieldCollector,
  input: { username: string | null | undefined; patientId: string; caregiverId?: string },
): Promise<PortalAccount | undefined> {
  const username = input.username?.trim().toLowerCase() ?? '';
  if (username === '') return undefined;
  const [account] = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'caregiver')))
    .where(eq(users.username, username));
  if (!account) {
    out.add('/portalUsername', 'unknown_account', 'No caregiver portal account has this username.');
    return undefined;
  }
  const [linked] = await tx
    .select({ id: caregivers.id })
    .from(caregivers)
    .where(
      and(
        eq(caregivers.patientId, input.patientId),
        eq(caregivers.userId, account.id),
        eq(caregivers.active, true),
        input.caregiverId ? ne(caregivers.id, input.caregiverId) : undefined,
      ),
    );
  if (linked) {
    out.add(
      '/portalUsername',
      'already_linked',
      'This account already belongs to another caregiver of this patient.',
    );
    return undefined;
  }
  return account;
}

function activeCaregiverRelation(patientId: string, userId: string, now: Date) {
  return and(
    eq(patientRelationships.patientId, patientId),
    eq(patientRelationships.userId, userId),
    eq(patientRelationships.relation, 'caregiver'),
    or(isNull(patientRelationships.endsAt), gt(patientRelationships.endsAt, now)),
  );
}

/**
 * Brings the portal access in step with the caregiver record: ends the previous account's access
 * when the link changes or the caregiver is deactivated, and grants (or updates) the current
 * account's access with the record's permissions and relationship.
 */
export async function syncPortalAccess(
  tx: Tx,
  input: {
    patientId: string;
    previousUserId: string | null;
    userId: string | null;
    active: boolean;
    permissions: readonly string[];
    relationship: string;
    now: Date;
  },
): Promise<void> {
  const { patientId, previousUserId, userId, now } = input;
  const keep = input.active ? userId : null;
  if (previousUserId !== null && previousUserId !== keep) {
    await tx
      .update(patientRelationships)
      .set({ endsAt: now })
      .where(activeCaregiverRelation(patientId, previousUserId, now));
  }
  if (keep === null) return;
  const updated = await tx
    .update(patientRelationships)
    .set({ permissions: [...input.permissions], relationshipLabel: input.relationship })
    .where(activeCaregiverRelation(patientId, keep, now))
    .returning({ id: patientRelationships.id });
  if (updated.length > 0) return;
  await tx.insert(patientRelationships).values({
    patientId,
    userId: keep,
    relation: 'caregiver',
    relationshipLabel: input.relationship,
    permissions: [...input.permissions],
    startsAt: now,
  });
}
