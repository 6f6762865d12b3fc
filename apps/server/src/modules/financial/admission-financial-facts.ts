// Everything about an admission the benefit routing, the estimate and the screening are built
// from, read in one place: the referral's prescription and diagnoses (plus the chart's active
// diagnoses), the primary coverage, its plan type (from the payer directory, else guessed from the
// payer's name and said to be a guess), and the latest definitive eligibility answer.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { findDrugByName, type DrugCatalogEntry, type PlanType } from '@infusio/domain/coverage';
import type { ReferralDraft, TherapyType } from '@infusio/domain/intake';
import type { DbOrTx } from '../../platform/db/types.ts';
import { eligibilityChecks, patientCoverages, payerPlans } from '../coverage/coverage.tables.ts';
import { referrals, type admissions } from '../intake/intake.tables.ts';
import { patientDiagnoses } from '../patients/chart.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import { guessPlanTypeFromPayerName, toPlanType } from './plan-type-keywords.ts';

export type AdmissionRow = typeof admissions.$inferSelect;
type CoverageRow = typeof patientCoverages.$inferSelect;
export type EligibilityCheckRow = typeof eligibilityChecks.$inferSelect;

/** Where the plan type came from: the directory plan, a guess from the payer's name, or no coverage. */
export type PlanTypeSource = 'directory' | 'payer-name-guess' | 'no-coverage';

export interface PlanTypeResolution {
  planType: PlanType;
  source: PlanTypeSource;
  /** The payer-name phrase the guess matched (null: nothing matched, commercial assumed). */
  matchedPhrase: string | null;
}

export interface AdmissionFinancialFacts {
  admission: AdmissionRow;
  patient: { id: string; state: string; preferredLanguage: string; name: string };
  draft: ReferralDraft;
  therapy: TherapyType;
  drugName: string;
  drug: DrugCatalogEntry | undefined;
  diagnosisCodes: string[];
  coverage: CoverageRow | undefined;
  planType: PlanTypeResolution;
  /** The latest check that answered active or inactive (rejections and errors answer nothing). */
  latestAnswer: EligibilityCheckRow | undefined;
}

/** The patient's primary coverage: order 1, the referral's member id first, then the newest. */
export async function findPrimaryCoverage(
  db: DbOrTx,
  patientId: string,
  draft: Pick<ReferralDraft, 'coverages'> | undefined,
): Promise<CoverageRow | undefined> {
  const rows = await db
    .select()
    .from(patientCoverages)
    .where(and(eq(patientCoverages.patientId, patientId), eq(patientCoverages.coverageOrder, 1)))
    .orderBy(desc(patientCoverages.createdAt));
  const wanted = draft?.coverages
    .find((c) => c.order === 1)
    ?.memberId.replace(/[\s-]/g, '')
    .toUpperCase();
  return rows.find((row) => row.memberId.replace(/[\s-]/g, '').toUpperCase() === wanted) ?? rows[0];
}

export async function resolvePlanType(
  db: DbOrTx,
  coverage: CoverageRow | undefined,
): Promise<PlanTypeResolution> {
  if (!coverage) return { planType: 'self-pay', source: 'no-coverage', matchedPhrase: null };
  if (coverage.payerPlanId) {
    const [plan] = await db
      .select({ planType: payerPlans.planType })
      .from(payerPlans)
      .where(eq(payerPlans.id, coverage.payerPlanId));
    const planType = toPlanType(plan?.planType);
    if (planType) return { planType, source: 'directory', matchedPhrase: null };
  }
  const guess = guessPlanTypeFromPayerName(`${coverage.payerName} ${coverage.planName ?? ''}`);
  return { planType: guess.planType, source: 'payer-name-guess', matchedPhrase: guess.matched };
}

async function findLatestAnswer(
  db: DbOrTx,
  coverageId: string | undefined,
): Promise<EligibilityCheckRow | undefined> {
  if (!coverageId) return undefined;
  const [row] = await db
    .select()
    .from(eligibilityChecks)
    .where(
      and(
        eq(eligibilityChecks.coverageId, coverageId),
        inArray(eligibilityChecks.status, ['active', 'inactive']),
      ),
    )
    .orderBy(desc(eligibilityChecks.checkedAt))
    .limit(1);
  return row;
}

export async function activeChartDiagnoses(db: DbOrTx, patientId: string): Promise<string[]> {
  const rows = await db
    .select({ code: patientDiagnoses.code })
    .from(patientDiagnoses)
    .where(and(eq(patientDiagnoses.patientId, patientId), eq(patientDiagnoses.status, 'active')));
  return rows.map((r) => r.code);
}

export async function loadAdmissionFinancialFacts(
  db: DbOrTx,
  admission: AdmissionRow,
): Promise<AdmissionFinancialFacts> {
  const [referral] = await db
    .select({ draft: referrals.draft, therapy: referrals.therapy })
    .from(referrals)
    .where(eq(referrals.id, admission.referralId));
  const [patient] = await db
    .select({
      id: patients.id,
      state: patients.state,
      preferredLanguage: patients.preferredLanguage,
      givenName: patients.givenName,
      familyName: patients.familyName,
    })
    .from(patients)
    .where(eq(patients.id, admission.patientId));
  if (!referral || !patient) throw new Error(`admission ${admission.id} lost its referral`);
  const draft = referral.draft;
  const diagnosisCodes = [
    ...new Set([
      ...draft.diagnoses.map((d) => d.code),
      ...(await activeChartDiagnoses(db, patient.id)),
    ]),
  ];
  const coverage = await findPrimaryCoverage(db, patient.id, draft);
  const drugName = draft.prescription.drugName || admission.drugName;
  return {
    admission,
    patient: {
      id: patient.id,
      state: patient.state,
      preferredLanguage: patient.preferredLanguage,
      name: `${patient.givenName} ${patient.familyName}`,
    },
    draft,
    therapy: draft.therapy,
    drugName,
    drug: findDrugByName(drugName),
    diagnosisCodes,
    coverage,
    planType: await resolvePlanType(db, coverage),
    latestAnswer: await findLatestAnswer(db, coverage?.id),
  };
}

/** The therapy's first day: the prescription's, else the admission's expected start, else today. */
export function therapyStartDate(facts: AdmissionFinancialFacts, today: string): string {
  return facts.draft.prescription.startDate ?? facts.admission.expectedStartDate ?? today;
}
