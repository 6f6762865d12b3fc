// The records the coverage, authorizations and financial modules answer the demo history's
// preconditions from: for every history admission (open, on hold or closed since) that reached
// "benefits verified", "authorized" or "financial review acknowledged", its eligibility check, its
// authorizations and its acknowledged estimate, made as the demo reimbursement specialist at the
// time the admission reached each stage. The modules compute them: a real 270/271 through the
// payer simulator (runEligibilityCheck), the authorization lines the module suggests for the
// therapy plan, the estimate createEstimate builds. The decisions and acknowledgements are written
// as the module commands write them, in bulk, to keep the first start fast. A patient's episodes
// are replayed in order, so each is authorized and estimated on its own eligibility check.
import { inArray } from 'drizzle-orm';
import type { Role } from '@infusio/domain/access';
import type { PlanType } from '@infusio/domain/coverage';
import type { AppContext } from '../platform/app-context.ts';
import type { DbOrTx } from '../platform/db/types.ts';
import { readInformationalTargets } from '../modules/authorizations/authorization-settings.ts';
import type { InformationalTargets } from '../modules/authorizations/decision-deadlines.ts';
import { toPlanType } from '../modules/authorizations/authorization-views.ts';
import {
  authorizationEvents,
  authorizations,
} from '../modules/authorizations/authorizations.tables.ts';
import {
  CLEARINGHOUSE_CONNECTORS,
  DEFAULT_CLEARINGHOUSE,
  type ClearinghouseConnection,
} from '../modules/coverage/clearinghouse.ts';
import { admissions } from '../modules/intake/intake.tables.ts';
import {
  authorizationRecordsFor,
  type AuthorizationRecords,
} from './demo-history-authorizations.ts';
import {
  addHistoryCoverage,
  loadHistoryPlans,
  verifyHistoryBenefits,
} from './demo-history-coverage.ts';
import {
  acknowledgeHistoryEstimates,
  buildHistoryEstimate,
  estimateLanguageOf,
  type EstimateReview,
} from './demo-history-estimates.ts';
import {
  loadHistoryEpisodes,
  shortlyAfter,
  shortlyBefore,
  spanOf,
  type Episode,
} from './demo-history-episodes.ts';
import { contextAt, demoStaff, type DemoStaff } from './demo-staff.ts';

type AdmissionRow = typeof admissions.$inferSelect;

/**
 * The records were made while each admission was still open (the financial module estimates only
 * open or on-hold admissions): those closed since (discharged, cancelled, not admitted) stand open
 * again while their records are written, then are closed as they were.
 */
async function whileOpen(db: DbOrTx, rows: readonly AdmissionRow[], write: () => Promise<void>) {
  const closed = rows.filter((row) => row.status !== 'open' && row.status !== 'on-hold');
  if (closed.length > 0)
    await db
      .update(admissions)
      .set({ status: 'open' })
      .where(
        inArray(
          admissions.id,
          closed.map((row) => row.id),
        ),
      );
  await write();
  for (const status of new Set(closed.map((row) => row.status)))
    await db
      .update(admissions)
      .set({ status })
      .where(
        inArray(
          admissions.id,
          closed.filter((row) => row.status === status).map((row) => row.id),
        ),
      );
}

interface Writer {
  db: DbOrTx;
  at: (moment: Date) => AppContext;
  connection: ClearinghouseConnection;
  staff: DemoStaff;
  targets: InformationalTargets;
  /** Written in bulk once every episode is done. */
  authorizations: AuthorizationRecords;
  reviews: EstimateReview[];
}

interface Coverage {
  id: string;
  planType: PlanType | null;
}

async function writeEpisodeRecords(w: Writer, episode: Episode, coverage: Coverage, n: number) {
  const { admission } = episode;
  const verifying = spanOf(episode, 'information-complete', 'benefits-verified');
  if (!verifying) return;
  await verifyHistoryBenefits(w.db, w.connection, w.staff, {
    coverageId: coverage.id,
    admissionId: admission.id,
    at: shortlyBefore(verifying, 20),
  });
  const authorizing = spanOf(episode, 'benefits-verified', 'authorized');
  if (!authorizing) return;
  const requestedAt = shortlyAfter(authorizing, 15);
  const records = await authorizationRecordsFor(w.db, w.staff, {
    admission,
    coverageId: coverage.id,
    planType: coverage.planType,
    targets: w.targets,
    requestedAt,
    decidedAt: new Date(Math.max(requestedAt.getTime(), shortlyBefore(authorizing, 15).getTime())),
    sequence: n,
  });
  w.authorizations.authorizations.push(...records.authorizations);
  w.authorizations.events.push(...records.events);
  const reviewing = spanOf(episode, 'pharmacist-assessment-done', 'financial-review-acknowledged');
  if (!reviewing) return;
  const presentedAt = shortlyBefore(reviewing, 40);
  w.reviews.push({
    estimateId: await buildHistoryEstimate(w.at(presentedAt), w.staff, admission.id),
    presentedAt,
    acknowledgedAt: shortlyBefore(reviewing, 10),
    language: estimateLanguageOf(episode.language),
  });
}

export interface DemoHistoryRecordsInput {
  branchId: string;
  now: Date;
  /** The demo reimbursement specialist, who verified, authorized and reviewed every admission. */
  reimbursement: { id: string; username: string; displayName: string; roles: Role[] };
}

const BATCH = 400;

async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function seedDemoHistoryRecords(
  ctx: AppContext,
  db: DbOrTx,
  input: DemoHistoryRecordsInput,
): Promise<void> {
  const connect = CLEARINGHOUSE_CONNECTORS[DEFAULT_CLEARINGHOUSE];
  if (!connect) throw new Error(`the ${DEFAULT_CLEARINGHOUSE} connector is not installed`);
  const writer: Writer = {
    db,
    at: (moment) => contextAt(ctx, db, moment),
    connection: connect(),
    staff: demoStaff(input.reimbursement, input.branchId, input.now),
    targets: await readInformationalTargets(db),
    authorizations: { authorizations: [], events: [] },
    reviews: [],
  };
  const plans = await loadHistoryPlans(db);
  const byPatient = await loadHistoryEpisodes(db);
  const rows = [...byPatient.values()].flat().map((episode) => episode.admission);
  await whileOpen(db, rows, async () => {
    let n = 0;
    for (const [patientId, episodes] of byPatient) {
      const first = episodes[0];
      const referred = first?.draft.coverages.find((c) => c.order === 1);
      if (!first || !referred) continue;
      const plan = plans.get(referred.payerName);
      const coverage = {
        id: await addHistoryCoverage(db, {
          patientId,
          coverage: referred,
          plan,
          at: first.admission.receivedAt,
        }),
        planType: toPlanType(plan?.planType),
      };
      for (const episode of episodes) await writeEpisodeRecords(writer, episode, coverage, ++n);
    }
    const { authorizations: requests, events } = writer.authorizations;
    await insertInBatches(requests, (batch) => db.insert(authorizations).values(batch));
    await insertInBatches(events, (batch) => db.insert(authorizationEvents).values(batch));
    await acknowledgeHistoryEstimates(db, writer.staff, writer.reviews);
  });
}
