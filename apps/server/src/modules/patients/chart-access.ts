// What the caller may see and change in one patient's chart, answered in one query (every section's
// grant as a boolean column beside the patient row) plus the caller's caregiver delegation. The
// chart's section loaders take the ChartAccess this returns, so none can run for a patient the
// caller may not see.
import { and, eq, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { POLICY, hiddenFieldsFor, type Action, type Resource } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import type { ChartCapabilities } from './chart.contracts.ts';
import { decideSections, type SectionVisibility } from './chart-sections.ts';
import { patientScope } from './patient-scope.ts';
import { patientRelationships, patients } from './patients.tables.ts';

export type PatientRow = typeof patients.$inferSelect;
type Caller = Pick<AccessContext, 'userId' | 'roles' | 'branchIds'>;

export interface ChartAccess {
  patient: PatientRow;
  sections: SectionVisibility;
  can: ChartCapabilities;
  /** Patient fields this caller never receives (hiddenFieldsFor 'patient'). */
  hiddenPatientFields: ReadonlySet<string>;
  /**
   * Whether admissions show their therapy and drug: yes to anyone granted admissions or clinical
   * sections in their own right, no to a caregiver whose delegation lacks view-clinical.
   */
  showsAdmissionTherapy: boolean;
}

/** The caller's grants without the delegated ones: a caregiver reaches sections only by permission. */
function ownGrants(access: Caller, resource: Resource): Caller {
  return {
    ...access,
    roles: access.roles.filter((role) => POLICY[role][resource]?.scope !== 'delegated'),
  };
}

function granted(access: Caller, resource: Resource, action: Action, now: Date) {
  const scope = patientScope(ownGrants(access, resource), resource, action, patients.id, now);
  return sql<boolean>`coalesce((${scope}), false)`;
}

function holdsDelegatedGrant(access: Caller): boolean {
  return access.roles.some((role) => POLICY[role].patient?.scope === 'delegated');
}

function activeRelation(userId: string, patientId: string, relation: string, now: Date): SQL {
  return (
    and(
      eq(patientRelationships.userId, userId),
      eq(patientRelationships.patientId, patientId),
      eq(patientRelationships.relation, relation),
      lte(patientRelationships.startsAt, now),
      or(isNull(patientRelationships.endsAt), gt(patientRelationships.endsAt, now)),
    ) ?? sql`false`
  );
}

/** The permissions of the caller's active caregiver delegations for this patient, if any. */
async function findDelegation(db: DbOrTx, access: Caller, patientId: string, now: Date) {
  if (!holdsDelegatedGrant(access)) return undefined;
  const rows = await db
    .select({ permissions: patientRelationships.permissions })
    .from(patientRelationships)
    .where(activeRelation(access.userId, patientId, 'caregiver', now));
  if (rows.length === 0) return undefined;
  return { permissions: [...new Set(rows.flatMap((r) => r.permissions))] };
}

/** The chart's access for this caller, or undefined when the patient is not theirs to see. */
export async function resolveChartAccess(
  db: DbOrTx,
  access: Caller,
  patientId: string,
  now: Date,
): Promise<ChartAccess | undefined> {
  const [row] = await db
    .select({
      patient: patients,
      patient_: granted(access, 'patient', 'read', now),
      clinical: granted(access, 'patient-clinical', 'read', now),
      caregiver: granted(access, 'caregiver', 'read', now),
      coverage: granted(access, 'coverage', 'read', now),
      document: granted(access, 'document', 'read', now),
      admission: granted(access, 'admission', 'read', now),
      editDemographics: granted(access, 'patient', 'update', now),
      editCaregivers: granted(access, 'caregiver', 'update', now),
      editClinical: granted(access, 'patient-clinical', 'create', now),
    })
    .from(patients)
    .where(
      and(eq(patients.id, patientId), patientScope(access, 'patient', 'read', patients.id, now)),
    );
  if (!row) return undefined;
  const delegation = await findDelegation(db, access, patientId, now);
  const grants: Partial<Record<Resource, boolean>> = {
    patient: row.patient_,
    'patient-clinical': row.clinical,
    caregiver: row.caregiver,
    coverage: row.coverage,
    document: row.document,
    admission: row.admission,
  };
  const sections = decideSections({
    granted: (resource) => grants[resource] === true,
    delegation,
  });
  return {
    patient: row.patient,
    sections,
    can: {
      editDemographics: row.editDemographics,
      editContacts: row.editDemographics,
      editCaregivers: row.editCaregivers,
      editClinical: row.editClinical,
    },
    hiddenPatientFields: hiddenFieldsFor(access.roles, 'patient'),
    showsAdmissionTherapy: row.admission || sections.medications,
  };
}

export type WriteGate =
  { kind: 'allowed'; patient: PatientRow } | { kind: 'forbidden' } | { kind: 'not-found' };

/**
 * May the caller perform this action on this patient's records? 'forbidden' when they may see the
 * patient but not change this (403), 'not-found' when the patient is not theirs to know of (404).
 * The allowed patient row is locked for the rest of the transaction.
 */
export async function checkChartWrite(
  db: DbOrTx,
  access: Caller,
  patientId: string,
  resource: Resource,
  action: Action,
  now: Date,
): Promise<WriteGate> {
  const [row] = await db
    .select({ patient: patients, allowed: granted(access, resource, action, now) })
    .from(patients)
    .where(
      and(eq(patients.id, patientId), patientScope(access, 'patient', 'read', patients.id, now)),
    )
    .for('update');
  if (!row) return { kind: 'not-found' };
  return row.allowed ? { kind: 'allowed', patient: row.patient } : { kind: 'forbidden' };
}
