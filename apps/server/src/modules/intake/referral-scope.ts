// Which referrals a caller may see: those of patients they may see; referrals still waiting for a
// chart match in their branches (branch-wide staff); and, for physicians, the referrals they sent.
import { and, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { scopesFor, type Action } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { prescribers, referrals } from './intake.tables.ts';

export function referralScope(access: AccessContext, action: Action, now: Date): SQL {
  const scopes = scopesFor(access.roles, 'referral', action);
  if (scopes.includes('all')) return sql`true`;
  const conditions: SQL[] = [
    and(
      sql`${referrals.patientId} is not null`,
      patientScope(access, 'referral', action, referrals.patientId, now),
    ) ?? sql`false`,
  ];
  if (scopes.includes('branch') && access.branchIds.length > 0)
    conditions.push(
      and(isNull(referrals.patientId), inArray(referrals.branchId, access.branchIds)) ?? sql`false`,
    );
  if (scopes.includes('referred')) {
    conditions.push(
      sql`${referrals.prescriberId} in (select ${prescribers.id} from ${prescribers} where ${prescribers.userId} = ${access.userId})`,
    );
  }
  return or(...conditions) ?? sql`false`;
}
