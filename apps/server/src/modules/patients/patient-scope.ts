// The row filter for patient records, built from the caller's grants (deny by default). Every
// query that returns patient data — the patients module's and every other module's — applies it,
// so no route can forget it.
import { and, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { scopesFor, type Action, type Resource, type RowScope } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { patientRelationships, patients } from './patients.tables.ts';

const RELATION_OF_SCOPE: Partial<Record<RowScope, string>> = {
  assigned: 'assigned-nurse',
  referred: 'referring-physician',
  self: 'self',
  delegated: 'caregiver',
};

/**
 * SQL condition on a patient id column (patients.id, or admissions.patient_id in another module)
 * limiting rows to those the caller may see; `false` when the caller has no grant at all.
 */
export function patientScope(
  access: Pick<AccessContext, 'userId' | 'roles' | 'branchIds'>,
  resource: Resource,
  action: Action,
  patientIdColumn: AnyPgColumn = patients.id,
  now: Date = new Date(),
): SQL {
  const scopes = scopesFor(access.roles, resource, action);
  if (scopes.includes('all')) return sql`true`;
  const conditions: SQL[] = [];
  if (scopes.includes('branch') && access.branchIds.length > 0) {
    conditions.push(
      patientIdColumn === patients.id
        ? inArray(patients.branchId, access.branchIds)
        : sql`${patientIdColumn} in (select ${patients.id} from ${patients} where ${inArray(patients.branchId, access.branchIds)})`,
    );
  }
  const relations = scopes
    .map((scope) => RELATION_OF_SCOPE[scope])
    .filter((r): r is string => r !== undefined);
  if (relations.length > 0) {
    const active = and(
      eq(patientRelationships.userId, access.userId),
      inArray(patientRelationships.relation, relations),
      lte(patientRelationships.startsAt, now),
      or(isNull(patientRelationships.endsAt), gt(patientRelationships.endsAt, now)),
    );
    conditions.push(
      sql`${patientIdColumn} in (select ${patientRelationships.patientId} from ${patientRelationships} where ${active})`,
    );
  }
  return conditions.length === 0 ? sql`false` : (or(...conditions) ?? sql`false`);
}
