// The demo history's insurance: each patient's coverage as their referral named it, linked to a
// plan of the right kind in the demo payer directory (the directory's payers are fictional, so a
// stand-in of the same plan type and state), and the eligibility checks the reimbursement
// specialist ran through the payer simulator before each admission reached "benefits verified".
import { inArray } from 'drizzle-orm';
import type { ReferralCoverage } from '@infusio/domain/intake';
import type { DbOrTx } from '../platform/db/types.ts';
import { runEligibilityCheck } from '../modules/coverage/check-eligibility.ts';
import type { ClearinghouseConnection } from '../modules/coverage/clearinghouse.ts';
import { patientCoverages, payerPlans } from '../modules/coverage/coverage.tables.ts';
import { recordChartChange } from '../modules/patients/record-change.ts';
import { DEMO_HISTORY_ACTOR } from './demo-admissions.ts';
import type { DemoStaff } from './demo-staff.ts';

/** The directory plan standing in for each payer of the history's payer mix. */
export const HISTORY_PLAN_OF_PAYER: Readonly<Record<string, string>> = {
  // Illinois is in DME MAC Jurisdiction B, which pays home infusion under the Part B DME benefit.
  'Medicare Part B': 'Medicare DME MAC Jurisdiction B',
  'Blue Cross Blue Shield of Illinois': 'BluePoint Health of Illinois PPO',
  UnitedHealthcare: 'Summit Care Network PPO',
  Aetna: 'Meridian Health Plans PPO',
  'Illinois Medicaid (HFS)': 'Illinois Medicaid (fee-for-service)',
  'Humana Medicare Advantage': 'Prairie State Care Alliance Medicare Advantage HMO',
};

type PlanRow = typeof payerPlans.$inferSelect;

/** The stand-in plans by the payer name the history uses. */
export async function loadHistoryPlans(db: DbOrTx): Promise<Map<string, PlanRow>> {
  const rows = await db
    .select()
    .from(payerPlans)
    .where(inArray(payerPlans.planName, Object.values(HISTORY_PLAN_OF_PAYER)));
  const byName = new Map(rows.map((row) => [row.planName, row]));
  const plans = new Map<string, PlanRow>();
  for (const [payerName, planName] of Object.entries(HISTORY_PLAN_OF_PAYER)) {
    const plan = byName.get(planName);
    if (plan) plans.set(payerName, plan);
  }
  return plans;
}

/**
 * The coverage the patient's first referral brought to the chart (as intake adds it), already
 * linked to its directory plan; returns its id.
 */
export async function addHistoryCoverage(
  db: DbOrTx,
  input: { patientId: string; coverage: ReferralCoverage; plan: PlanRow | undefined; at: Date },
): Promise<string> {
  const { coverage, plan, at } = input;
  const [row] = await db
    .insert(patientCoverages)
    .values({
      patientId: input.patientId,
      coverageOrder: coverage.order,
      payerName: coverage.payerName,
      payerId: plan?.payerId ?? coverage.payerId ?? null,
      planName: plan?.planName ?? coverage.planName ?? null,
      payerPlanId: plan?.id ?? null,
      memberId: coverage.memberId,
      relationship: coverage.relationship,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: patientCoverages.id });
  if (!row) throw new Error('demo coverage insert returned no row');
  await recordChartChange(db, {
    patientId: input.patientId,
    entity: 'coverage',
    entityId: row.id,
    change: 'created',
    fields: [{ field: 'payerName', newValue: coverage.payerName }],
    actor: { userId: null, name: DEMO_HISTORY_ACTOR },
    at,
  });
  return row.id;
}

/** The check before "benefits verified", run through the clearinghouse as live work runs it. */
export async function verifyHistoryBenefits(
  db: DbOrTx,
  connection: ClearinghouseConnection,
  staff: DemoStaff,
  input: { coverageId: string; admissionId: string; at: Date },
): Promise<void> {
  const outcome = await runEligibilityCheck(db, connection, staff.check, input.at, {
    coverageId: input.coverageId,
    admissionId: input.admissionId,
    trigger: 'manual',
  });
  if (outcome.check.status !== 'active')
    throw new Error(`demo eligibility check answered ${outcome.check.status}, not active`);
}
