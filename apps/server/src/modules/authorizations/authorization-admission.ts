// The admission an authorization belongs to, seen through the caller's 'authorization' grant, and
// the payer plan context its deadlines depend on.
import { and, desc, eq } from 'drizzle-orm';
import type { Action } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { patientCoverages, payerPlans } from '../coverage/coverage.tables.ts';
import { admissions, referrals } from '../intake/intake.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { patients } from '../patients/patients.tables.ts';
import { isBoundByCms0057F } from './decision-deadlines.ts';
import { toPlanType } from './authorization-views.ts';

export type AdmissionRow = typeof admissions.$inferSelect;
export type CoverageRow = typeof patientCoverages.$inferSelect;

export async function getAdmissionForAuthorizations(
  db: DbOrTx,
  access: AccessContext,
  admissionId: string,
  now: Date,
  action: Action,
): Promise<AdmissionRow> {
  const [row] = await db
    .select()
    .from(admissions)
    .where(
      and(
        eq(admissions.id, admissionId),
        patientScope(access, 'authorization', action, admissions.patientId, now),
      ),
    );
  if (!row) throw notFound('The admission');
  return row;
}

/** The admission's primary coverage: order 1, the referral's member id first, then the newest. */
export async function primaryCoverageOf(
  db: DbOrTx,
  admission: AdmissionRow,
): Promise<CoverageRow | undefined> {
  const [referral] = await db
    .select({ draft: referrals.draft })
    .from(referrals)
    .where(eq(referrals.id, admission.referralId));
  const rows = await db
    .select()
    .from(patientCoverages)
    .where(
      and(
        eq(patientCoverages.patientId, admission.patientId),
        eq(patientCoverages.coverageOrder, 1),
      ),
    )
    .orderBy(desc(patientCoverages.createdAt));
  const normal = (id: string) => id.replace(/[\s-]/g, '').toUpperCase();
  const wanted = referral?.draft.coverages.find((c) => c.order === 1)?.memberId;
  return (
    rows.find((row) => wanted !== undefined && normal(row.memberId) === normal(wanted)) ?? rows[0]
  );
}

export async function patientNameOf(db: DbOrTx, patientId: string): Promise<string> {
  const [patient] = await db
    .select({ given: patients.givenName, family: patients.familyName })
    .from(patients)
    .where(eq(patients.id, patientId));
  return patient ? `${patient.family}, ${patient.given}` : '';
}

export interface PlanContext {
  payerName: string | null;
  planName: string | null;
  planType: string | null;
  deadlinesBinding: boolean;
}

export async function planContextOf(
  db: DbOrTx,
  coverage: CoverageRow | undefined,
): Promise<PlanContext> {
  if (!coverage)
    return { payerName: null, planName: null, planType: null, deadlinesBinding: false };
  const [plan] = coverage.payerPlanId
    ? await db
        .select({ planType: payerPlans.planType, planName: payerPlans.planName })
        .from(payerPlans)
        .where(eq(payerPlans.id, coverage.payerPlanId))
    : [];
  const planType = toPlanType(plan?.planType);
  return {
    payerName: coverage.payerName,
    planName: plan?.planName ?? coverage.planName,
    planType,
    deadlinesBinding: isBoundByCms0057F(planType),
  };
}
