// The patient an assistance request is about, through the caller's assistance scope, and what the
// screen needs from their care: the admission's drug, diagnoses and plan type.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Action } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { notFound, validationFailed } from '../../platform/http/app-error.ts';
import { admissions } from '../intake/intake.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { patients } from '../patients/patients.tables.ts';
import {
  activeChartDiagnoses,
  findPrimaryCoverage,
  loadAdmissionFinancialFacts,
  resolvePlanType,
  type PlanTypeResolution,
} from './admission-financial-facts.ts';

export interface VisiblePatient {
  id: string;
  name: string;
  state: string;
}

export async function findAssistancePatient(
  db: DbOrTx,
  access: AccessContext,
  patientId: string,
  action: Action,
  now: Date,
): Promise<VisiblePatient> {
  const [row] = await db
    .select({
      id: patients.id,
      givenName: patients.givenName,
      familyName: patients.familyName,
      state: patients.state,
    })
    .from(patients)
    .where(
      and(eq(patients.id, patientId), patientScope(access, 'assistance', action, patients.id, now)),
    );
  if (!row) throw notFound('The patient');
  return { id: row.id, name: `${row.givenName} ${row.familyName}`, state: row.state };
}

export interface CareFacts {
  admissionId: string | null;
  planType: PlanTypeResolution;
  drugName: string | null;
  diagnosisCodes: string[];
}

/** The named admission (it must be the patient's), else the latest open one, else the chart alone. */
export async function loadCareFacts(
  db: DbOrTx,
  patientId: string,
  admissionId: string | undefined,
): Promise<CareFacts> {
  const [admission] = await db
    .select()
    .from(admissions)
    .where(
      admissionId
        ? and(eq(admissions.id, admissionId), eq(admissions.patientId, patientId))
        : and(eq(admissions.patientId, patientId), inArray(admissions.status, ['open', 'on-hold'])),
    )
    .orderBy(desc(admissions.receivedAt))
    .limit(1);
  if (admissionId && !admission)
    throw validationFailed([
      {
        field: '/admissionId',
        code: 'not_this_patient',
        message: 'Not an admission of this patient.',
      },
    ]);
  if (admission) {
    const facts = await loadAdmissionFinancialFacts(db, admission);
    return {
      admissionId: admission.id,
      planType: facts.planType,
      drugName: facts.drugName,
      diagnosisCodes: facts.diagnosisCodes,
    };
  }
  const coverage = await findPrimaryCoverage(db, patientId, undefined);
  return {
    admissionId: null,
    planType: await resolvePlanType(db, coverage),
    drugName: null,
    diagnosisCodes: await activeChartDiagnoses(db, patientId),
  };
}
