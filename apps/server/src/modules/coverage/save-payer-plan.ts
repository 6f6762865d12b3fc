// Reimbursement staff add, edit, deactivate and reactivate plans of the payer directory. Each
// write is audited and moves the directory's version so every server's search index rebuilds.
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.ts';
import type { AuditActor } from '../audit/record-audit.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound, validationFailed } from '../../platform/http/app-error.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { payerPlans } from './coverage.tables.ts';
import { bumpPayerDirectoryVersion } from './payer-directory-cache.ts';
import { checkPayerPlan, type NormalizedPayerPlan } from './payer-plan-rules.ts';
import type { PayerPlan, SavePayerPlanRequest } from './payers.contracts.ts';
import { toPayerPlan } from './payers.queries.ts';

function columnsOf(plan: NormalizedPayerPlan) {
  return {
    payerId: plan.payerId,
    payerName: plan.payerName,
    planName: plan.planName,
    planType: plan.planType,
    state: plan.state,
    contractStatus: plan.contractStatus,
    billingModel: plan.billingModel,
    priorAuthTherapies: [...plan.priorAuthTherapies],
    timelyFilingDays: plan.timelyFilingDays,
    phone: plan.phone,
    fax: plan.fax,
    portalUrl: plan.portalUrl,
  };
}

/** The same payer id, plan name and state already in the directory (another row) → 409. */
async function refuseDuplicate(
  db: DbOrTx,
  plan: NormalizedPayerPlan,
  exceptId: string | null,
): Promise<void> {
  const [twin] = await db
    .select({ id: payerPlans.id })
    .from(payerPlans)
    .where(
      and(
        eq(payerPlans.payerId, plan.payerId),
        sql`lower(${payerPlans.planName}) = lower(${plan.planName})`,
        plan.state === null ? isNull(payerPlans.state) : eq(payerPlans.state, plan.state),
        exceptId === null ? undefined : ne(payerPlans.id, exceptId),
      ),
    )
    .limit(1);
  if (twin)
    throw new AppError('conflict', 'This payer already has a plan of that name in that state.', {
      fields: [{ field: '/planName', code: 'duplicate', message: 'Already in the directory.' }],
      extensions: { existingPlanId: twin.id },
    });
}

function checked(input: SavePayerPlanRequest): NormalizedPayerPlan {
  const { plan, problems } = checkPayerPlan(input);
  if (problems.length > 0) throw validationFailed(problems);
  return plan;
}

function changedFields(before: PayerPlan, after: NormalizedPayerPlan): string[] {
  const keys = Object.keys(columnsOf(after)) as (keyof ReturnType<typeof columnsOf>)[];
  return keys.filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(columnsOf(after)[key]),
  );
}

export async function createPayerPlan(
  ctx: AppContext,
  access: AccessContext,
  actor: AuditActor,
  input: SavePayerPlanRequest,
): Promise<PayerPlan> {
  const plan = checked(input);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await refuseDuplicate(tx, plan, null);
    const [row] = await tx
      .insert(payerPlans)
      .values({ ...columnsOf(plan), updatedBy: access.userId, createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error('payer plan insert returned no row');
    await bumpPayerDirectoryVersion(tx, now);
    await recordAudit(
      tx,
      actor,
      [
        {
          action: 'create',
          resourceType: 'payer-plan',
          resourceId: row.id,
          details: { payerId: plan.payerId, planType: plan.planType },
        },
      ],
      now,
    );
    return toPayerPlan(row);
  });
}

export async function updatePayerPlan(
  ctx: AppContext,
  access: AccessContext,
  actor: AuditActor,
  id: string,
  input: SavePayerPlanRequest,
): Promise<PayerPlan> {
  const plan = checked(input);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(payerPlans)
      .where(eq(payerPlans.id, id))
      .for('update');
    if (!existing) throw notFound('The payer plan');
    await refuseDuplicate(tx, plan, id);
    const fields = changedFields(toPayerPlan(existing), plan);
    const [row] = await tx
      .update(payerPlans)
      .set({ ...columnsOf(plan), updatedBy: access.userId, updatedAt: now })
      .where(eq(payerPlans.id, id))
      .returning();
    if (!row) throw notFound('The payer plan');
    await bumpPayerDirectoryVersion(tx, now);
    await recordAudit(
      tx,
      actor,
      [{ action: 'update', resourceType: 'payer-plan', resourceId: id, details: { fields } }],
      now,
    );
    return toPayerPlan(row);
  });
}

/** Deactivated plans leave the type-ahead; coverages already linked keep their link. */
export async function setPayerPlanActive(
  ctx: AppContext,
  access: AccessContext,
  actor: AuditActor,
  id: string,
  active: boolean,
): Promise<PayerPlan> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(payerPlans)
      .set({ active, updatedBy: access.userId, updatedAt: now })
      .where(eq(payerPlans.id, id))
      .returning();
    if (!row) throw notFound('The payer plan');
    await bumpPayerDirectoryVersion(tx, now);
    await recordAudit(
      tx,
      actor,
      [
        {
          action: active ? 'reactivate' : 'deactivate',
          resourceType: 'payer-plan',
          resourceId: id,
        },
      ],
      now,
    );
    return toPayerPlan(row);
  });
}
