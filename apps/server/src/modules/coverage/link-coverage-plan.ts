// Intake writes the payer as the referral or the card says it ("BCBS IL PPO"); verification needs
// the plan in the payer directory (its payer id goes on the 270). Suggestions come from the
// directory's search on the free-text payer name, the patient's state first.
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { recordChartChange, type FieldChange } from '../patients/record-change.ts';
import type { CoverageView, PlanSuggestionsResponse } from './coverage.contracts.ts';
import { findCoverageInScope, toCoverageViews, type CoverageRow } from './coverage.queries.ts';
import { patientCoverages, payerPlans } from './coverage.tables.ts';
import { searchPayerDirectory } from './payer-directory-cache.ts';

const SUGGESTIONS = 5;
/** Words of a payer name that say nothing about which payer it is. */
const NOISE = new Set([
  'the',
  'of',
  'inc',
  'co',
  'company',
  'insurance',
  'plan',
  'health',
  'healthcare',
]);

function significantWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !NOISE.has(word));
}

/** Plans that may be the one the referral named: whole name first, then fewer words. */
export async function suggestPlans(
  ctx: Pick<AppContext, 'db'>,
  coverage: Pick<CoverageRow, 'payerName' | 'planName'> & { patientState: string },
): Promise<PlanSuggestionsResponse> {
  const words = significantWords(`${coverage.payerName} ${coverage.planName ?? ''}`);
  const payerWords = significantWords(coverage.payerName);
  const attempts = [words, payerWords, payerWords.slice(0, 1)].filter((w) => w.length > 0);
  for (const attempt of attempts) {
    const query = attempt.join(' ');
    for (const state of [coverage.patientState, undefined]) {
      const { items } = await searchPayerDirectory(ctx, {
        q: query,
        state,
        includeInactive: false,
        limit: SUGGESTIONS,
      });
      if (items.length > 0) return { query, items };
    }
  }
  return { query: words.join(' '), items: [] };
}

export async function linkCoveragePlan(
  ctx: AppContext,
  access: AccessContext,
  actor: AuditActor,
  coverageId: string,
  payerPlanId: string,
): Promise<CoverageView> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const coverage = await findCoverageInScope(tx, access, coverageId, 'update', now);
    if (!coverage) throw notFound('The coverage');
    const [plan] = await tx.select().from(payerPlans).where(eq(payerPlans.id, payerPlanId));
    if (!plan) throw notFound('The payer plan');
    if (!plan.active)
      throw new AppError('unprocessable', 'The plan is deactivated in the payer directory.', {
        fields: [
          { field: '/payerPlanId', code: 'inactive_plan', message: 'Choose an active plan.' },
        ],
      });
    const payerChanged = coverage.payerId !== plan.payerId;
    const status =
      payerChanged && coverage.status !== 'unverified' ? 'unverified' : coverage.status;
    const fields: FieldChange[] = [
      { field: 'payerPlanId', oldValue: coverage.payerPlanId, newValue: plan.id },
      { field: 'payerId', oldValue: coverage.payerId, newValue: plan.payerId },
      { field: 'planName', oldValue: coverage.planName, newValue: plan.planName },
      { field: 'status', oldValue: coverage.status, newValue: status },
    ].filter((change) => change.oldValue !== change.newValue);
    const [updated] = await tx
      .update(patientCoverages)
      .set({
        payerPlanId: plan.id,
        payerId: plan.payerId,
        planName: plan.planName,
        status,
        updatedAt: now,
      })
      .where(eq(patientCoverages.id, coverageId))
      .returning();
    if (!updated) throw notFound('The coverage');
    if (fields.length > 0)
      await recordChartChange(tx, {
        patientId: coverage.patientId,
        entity: 'coverage',
        entityId: coverageId,
        change: 'updated',
        fields,
        actor: { userId: access.userId, name: access.displayName },
        at: now,
      });
    await recordAudit(
      tx,
      actor,
      [
        {
          action: 'link-plan',
          resourceType: 'coverage',
          resourceId: coverageId,
          patientId: coverage.patientId,
          details: { payerPlanId: plan.id, fields: fields.map((f) => f.field) },
        },
      ],
      now,
    );
    const [view] = await toCoverageViews(tx, [updated]);
    if (!view) throw notFound('The coverage');
    return view;
  });
}
