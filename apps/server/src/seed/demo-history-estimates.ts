// A demo history admission's financial review, as it went before the admission reached "financial
// review acknowledged": the estimate built by the financial module from the verified benefits
// (createEstimate), then reviewed with the patient by phone and acknowledged by staff on the
// patient's behalf. The presentation and the acknowledgement are written as presentEstimate and
// acknowledgeEstimate write them, in bulk for all admissions at once (each command's transaction
// and audit entry would add two dozen queries an admission to the first start).
import { eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../platform/app-context.ts';
import type { DbOrTx } from '../platform/db/types.ts';
import { createEstimate } from '../modules/financial/create-estimate.ts';
import type { EstimateLanguage } from '../modules/financial/estimates.contracts.ts';
import { estimateAcknowledgements, estimates } from '../modules/financial/financial.tables.ts';
import type { DemoStaff } from './demo-staff.ts';

export interface EstimateReview {
  estimateId: string;
  presentedAt: Date;
  acknowledgedAt: Date;
  language: EstimateLanguage;
}

const NOTE = 'Reviewed with the patient by phone; the patient accepted the estimate.';

/** The estimate's language: the patient's, where the estimate is written in it. */
export function estimateLanguageOf(preferredLanguage: string): EstimateLanguage {
  return preferredLanguage.startsWith('zh') ? 'zh-CN' : 'en';
}

/** The estimate the financial module builds for the admission at that moment; returns its id. */
export function buildHistoryEstimate(
  at: AppContext,
  staff: DemoStaff,
  admissionId: string,
): Promise<string> {
  return createEstimate(at, staff.access, staff.audit, admissionId, {});
}

/** Presented to the patient, then acknowledged on their behalf: each estimate's latest version. */
export async function acknowledgeHistoryEstimates(
  db: DbOrTx,
  staff: DemoStaff,
  reviews: readonly EstimateReview[],
): Promise<void> {
  if (reviews.length === 0) return;
  const rows = await db
    .select({
      id: estimates.id,
      admissionId: estimates.admissionId,
      version: estimates.version,
      fingerprint: estimates.fingerprint,
    })
    .from(estimates)
    .where(
      inArray(
        estimates.id,
        reviews.map((r) => r.estimateId),
      ),
    );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const acknowledgements = [];
  for (const review of reviews) {
    const row = byId.get(review.estimateId);
    if (!row) throw new Error(`demo estimate ${review.estimateId} vanished`);
    await db
      .update(estimates)
      .set({
        status: 'acknowledged',
        presentedAt: review.presentedAt,
        presentedBy: staff.access.userId,
      })
      .where(eq(estimates.id, row.id));
    acknowledgements.push({
      estimateId: row.id,
      admissionId: row.admissionId,
      version: row.version,
      fingerprint: row.fingerprint,
      acknowledgedByUserId: staff.access.userId,
      acknowledgedAs: 'staff-on-behalf',
      language: review.language,
      note: NOTE,
      clientIp: null,
      at: review.acknowledgedAt,
    });
  }
  await db.insert(estimateAcknowledgements).values(acknowledgements);
}
