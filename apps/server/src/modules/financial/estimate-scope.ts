// Which estimates a caller may see. Staff see their branch's estimates in every state. Patients and
// caregivers see only what staff presented to them (never a draft), and a caregiver only with the
// patient's "view-billing" permission.
import { and, eq, gt, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { POLICY, type Action } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { patientRelationships } from '../patients/patients.tables.ts';
import { estimates } from './financial.tables.ts';

type Caller = Pick<AccessContext, 'userId' | 'roles' | 'branchIds'>;

const PERSONAL_SCOPES = new Set(['self', 'delegated']);

function rolesWhere(access: Caller, personal: boolean): Caller {
  return {
    ...access,
    roles: access.roles.filter((role) => {
      const scope = POLICY[role].estimate?.scope;
      return scope !== undefined && PERSONAL_SCOPES.has(scope) === personal;
    }),
  };
}

/** The patients whose money matters the caller may see in person: themself, or by billing permission. */
export function billingRelationScope(userId: string, patientIdColumn: AnyPgColumn, now: Date): SQL {
  const relation = and(
    eq(patientRelationships.userId, userId),
    lte(patientRelationships.startsAt, now),
    or(isNull(patientRelationships.endsAt), gt(patientRelationships.endsAt, now)),
    or(
      eq(patientRelationships.relation, 'self'),
      and(
        eq(patientRelationships.relation, 'caregiver'),
        sql`'view-billing' = any(${patientRelationships.permissions})`,
      ),
    ),
  );
  return sql`${patientIdColumn} in (select ${patientRelationships.patientId} from ${patientRelationships} where ${relation})`;
}

/** Patient-side callers (patient, caregiver) reach estimates only in person, never as staff. */
export function isPersonalCaller(access: Caller): boolean {
  return rolesWhere(access, false).roles.length === 0;
}

/** The SQL condition on the estimates table for this caller and action. */
export function estimateScope(access: Caller, action: Action, now: Date): SQL {
  const staff = patientScope(
    rolesWhere(access, false),
    'estimate',
    action,
    estimates.patientId,
    now,
  );
  const personalRoles = rolesWhere(access, true);
  if (personalRoles.roles.length === 0) return staff;
  const personal = and(
    patientScope(personalRoles, 'estimate', action, estimates.patientId, now),
    billingRelationScope(access.userId, estimates.patientId, now),
    isNotNull(estimates.presentedAt),
  );
  return or(staff, personal) ?? staff;
}
