// The demo organisation's payer directory (844 generated plans, fictional ids and contacts), and
// Mei Chen's Medicare coverage linked to its plan and verified through the payer simulator, as the
// reimbursement specialist would have done before her admission reached "benefits verified".
import { and, asc, eq } from 'drizzle-orm';
import { generatePayerDirectory } from '@infusio/domain/coverage';
import type { DbOrTx } from '../platform/db/types.ts';
import { admissions } from '../modules/intake/intake.tables.ts';
import { runEligibilityCheck } from '../modules/coverage/check-eligibility.ts';
import {
  CLEARINGHOUSE_CONNECTORS,
  DEFAULT_CLEARINGHOUSE,
} from '../modules/coverage/clearinghouse.ts';
import { patientCoverages, payerPlans } from '../modules/coverage/coverage.tables.ts';
import { bumpPayerDirectoryVersion } from '../modules/coverage/payer-directory-cache.ts';

export const DEMO_DIRECTORY_SEED = 2026;
/** Illinois is in DME MAC Jurisdiction B, which pays home IVIG under the Part B DME benefit. */
const MEI_CHEN_PLAN = 'Medicare DME MAC Jurisdiction B';
const INSERT_BATCH = 250;

/** Inserts the generated directory in a few multi-row inserts; returns the number of plans. */
export async function seedDemoPayerDirectory(db: DbOrTx, now: Date): Promise<number> {
  const plans = generatePayerDirectory(DEMO_DIRECTORY_SEED).map((plan) => ({
    directoryKey: plan.id,
    payerId: plan.payerId,
    payerName: plan.payerName,
    planName: plan.planName,
    planType: plan.planType,
    state: plan.state,
    contractStatus: plan.contractStatus,
    billingModel: plan.billingModel,
    priorAuthTherapies: [...plan.priorAuthTherapies],
    timelyFilingDays: plan.timelyFilingDays,
    phone: plan.contacts.phone,
    fax: plan.contacts.fax,
    portalUrl: plan.contacts.portalUrl,
    isDemo: true,
    createdAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < plans.length; i += INSERT_BATCH)
    await db
      .insert(payerPlans)
      .values(plans.slice(i, i + INSERT_BATCH))
      .onConflictDoNothing();
  await bumpPayerDirectoryVersion(db, now);
  return plans.length;
}

export async function seedDemoPayers(
  db: DbOrTx,
  input: { now: Date; meiChenId: string; reimbursementUserId: string },
): Promise<void> {
  await seedDemoPayerDirectory(db, input.now);
  const [plan] = await db.select().from(payerPlans).where(eq(payerPlans.planName, MEI_CHEN_PLAN));
  const [coverage] = await db
    .select()
    .from(patientCoverages)
    .where(
      and(eq(patientCoverages.patientId, input.meiChenId), eq(patientCoverages.coverageOrder, 1)),
    );
  const [admission] = await db
    .select({ id: admissions.id })
    .from(admissions)
    .where(eq(admissions.patientId, input.meiChenId))
    .orderBy(asc(admissions.receivedAt))
    .limit(1);
  if (!plan || !coverage) return;
  await db
    .update(patientCoverages)
    .set({ payerPlanId: plan.id, payerId: plan.payerId, planName: plan.planName })
    .where(eq(patientCoverages.id, coverage.id));
  const connect = CLEARINGHOUSE_CONNECTORS[DEFAULT_CLEARINGHOUSE];
  if (!connect) return;
  await runEligibilityCheck(
    db,
    connect(),
    {
      audit: {
        username: 'reimbursement',
        roles: ['reimbursement'],
        userId: input.reimbursementUserId,
      },
      userId: input.reimbursementUserId,
      name: 'Raj Mehta (reimbursement specialist)',
    },
    new Date(input.now.getTime() - 30 * 3_600_000),
    { coverageId: coverage.id, admissionId: admission?.id ?? null, trigger: 'manual' },
  );
}
