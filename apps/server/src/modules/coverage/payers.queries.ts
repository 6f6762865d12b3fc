// Reads of the payer directory. Plans are not patient data: every role granted 'payer' read sees
// all of them.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import { payerPlans } from './coverage.tables.ts';
import type { PayerPlan } from './payers.contracts.ts';

export type PayerPlanRow = typeof payerPlans.$inferSelect;

export function toPayerPlan(row: PayerPlanRow): PayerPlan {
  return {
    id: row.id,
    payerId: row.payerId,
    payerName: row.payerName,
    planName: row.planName,
    planType: row.planType as PayerPlan['planType'],
    state: row.state,
    contractStatus: row.contractStatus as PayerPlan['contractStatus'],
    billingModel: row.billingModel as PayerPlan['billingModel'],
    priorAuthTherapies: row.priorAuthTherapies as PayerPlan['priorAuthTherapies'],
    timelyFilingDays: row.timelyFilingDays,
    phone: row.phone,
    fax: row.fax,
    portalUrl: row.portalUrl,
    isDemo: row.isDemo,
    active: row.active,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getPayerPlan(db: DbOrTx, id: string): Promise<PayerPlan | undefined> {
  const [row] = await db.select().from(payerPlans).where(eq(payerPlans.id, id));
  return row === undefined ? undefined : toPayerPlan(row);
}
