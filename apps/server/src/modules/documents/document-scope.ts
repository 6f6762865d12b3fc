// Which documents and referrals a caller may reach for an action on 'document'. A document about a
// known patient follows the patient's scope (patientScope); a document attached only to a referral
// still awaiting its patient match follows the referral: its branch for branch staff, its
// prescriber for the referring physician.
import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { scopesFor, type Action } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { prescribers, referrals } from '../intake/intake.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { documents } from './documents.tables.ts';

type Caller = Pick<AccessContext, 'userId' | 'roles' | 'branchIds'>;

/** Condition on the referrals table: the referrals whose documents the caller may reach. */
export function referralDocumentScope(access: Caller, action: Action, now: Date): SQL {
  const scopes = scopesFor(access.roles, 'document', action);
  if (scopes.includes('all')) return sql`true`;
  const conditions: SQL[] = [patientScope(access, 'document', action, referrals.patientId, now)];
  if (scopes.includes('branch') && access.branchIds.length > 0)
    conditions.push(inArray(referrals.branchId, access.branchIds));
  if (scopes.includes('referred'))
    conditions.push(
      sql`${referrals.prescriberId} in (select ${prescribers.id} from ${prescribers} where ${eq(prescribers.userId, access.userId)})`,
    );
  return or(...conditions) ?? sql`false`;
}

/** Condition on the documents table: the documents the caller may reach. */
export function documentScope(access: Caller, action: Action, now: Date): SQL {
  const viaReferral = sql`${documents.referralId} in (select ${referrals.id} from ${referrals} where ${referralDocumentScope(access, action, now)})`;
  return (
    or(
      patientScope(access, 'document', action, documents.patientId, now),
      and(isNull(documents.patientId), viaReferral),
    ) ?? sql`false`
  );
}
