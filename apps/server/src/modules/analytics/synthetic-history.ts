// A deterministic, plausible admission history for the demo organisation and the benchmarks (the
// dashboard itself never uses it). Each patient lives through episodes one after another — a
// referral, its walk through the intake stages (with the odd hold, refusal or cancellation), start
// of care, therapy, discharge, then perhaps a new referral — so no patient has two admissions
// open at once. Everything is simulated relative to `now` and cut there: what has not happened yet
// is not written, and an episode cut mid-intake is an open admission at that stage.
import { seededRandom } from '../../seed/synthetic-people.ts';
import {
  DAY,
  HOUR,
  later,
  newReferral,
  pickWeighted,
  walkAdmission,
  type EpisodePlan,
  type HistoryReferral,
  type Random,
  type ReferralInput,
  type Walk,
} from './synthetic-admission-walk.ts';
import { DECLINE_REASONS, HOLDS } from './synthetic-history-tables.ts';

export type {
  HistoryAdmission,
  HistoryReferral,
  StageEntry,
  StatusChange,
} from './synthetic-admission-walk.ts';
export { pickWeighted } from './synthetic-admission-walk.ts';

export interface HistoryOptions {
  patientIds: readonly string[];
  branchIds: readonly string[];
  now: Date;
  seed: number;
  /** How far back the first referrals go. */
  days: number;
  /** Share of patients whose latest referral is still in intake now. */
  openShare?: number;
  /** Declined referrals (no admission) as a share of all referrals. */
  declinedShare?: number;
}

/** Holds that can start in the first hours of a referral. */
const EARLY_HOLDS = HOLDS.filter(
  ([hold]) => hold.stage === 'referral-received' || hold.stage === 'information-complete',
);

/** The referral of an admission: accepted within a couple of hours (unless that is still ahead). */
function admittedReferral(
  rand: Random,
  input: ReferralInput,
  walk: Walk,
  now: Date,
): HistoryReferral {
  const firstMove = walk.admission.stages[1]?.at.getTime() ?? Infinity;
  const respondedAt = new Date(
    Math.min(input.receivedAt.getTime() + (0.3 + rand() * 2) * HOUR, firstMove),
  );
  const answered = respondedAt <= now;
  return {
    ...input,
    response: answered ? 'accepted' : null,
    respondedAt: answered ? respondedAt : null,
    responseReasonCode: null,
    admission: walk.admission,
  };
}

/**
 * Episodes of one patient, in order, from `start` until now. A patient whose latest referral is
 * still in intake gets it at `lastReferralAt`; earlier episodes must be over two days before it
 * (one unfinished by then is left out), so the patient never has two admissions open.
 */
function patientEpisodes(
  rand: Random,
  patientId: string,
  branchId: string,
  start: Date,
  now: Date,
  lastReferralAt: Date | null,
  lastPlan: EpisodePlan | undefined,
): HistoryReferral[] {
  const episodes: HistoryReferral[] = [];
  const cutoff = lastReferralAt ? later(lastReferralAt, -2 * DAY) : now;
  let t = later(start, rand() * 12 * DAY);
  while (t < cutoff) {
    const input = { ...newReferral(rand, branchId, t), patientId };
    const walk = walkAdmission(rand, input, patientId, cutoff, lastReferralAt ? cutoff : null);
    if (!walk.endsAt && lastReferralAt) break;
    episodes.push(admittedReferral(rand, input, walk, now));
    if (!walk.endsAt) return episodes;
    t = later(walk.endsAt, (4 + rand() * 16) * DAY);
  }
  if (lastReferralAt) {
    const input = { ...newReferral(rand, branchId, lastReferralAt), patientId };
    episodes.push(
      admittedReferral(
        rand,
        input,
        walkAdmission(rand, input, patientId, now, null, lastPlan),
        now,
      ),
    );
  }
  return episodes;
}

function declinedReferrals(rand: Random, count: number, options: HistoryOptions, start: Date) {
  const span = options.now.getTime() - 3 * HOUR - start.getTime();
  return Array.from({ length: count }, (_, i): HistoryReferral => {
    const receivedAt = later(start, rand() * span);
    const branchId = options.branchIds[i % options.branchIds.length] ?? '';
    return {
      ...newReferral(rand, branchId, receivedAt),
      response: 'declined',
      respondedAt: later(receivedAt, (0.3 + rand() * 2.5) * HOUR),
      responseReasonCode: pickWeighted(rand, DECLINE_REASONS),
      admission: null,
    };
  });
}

/**
 * A patient keeps one insurance over the window: every referral of theirs names the payer of their
 * latest one (so the chart holds one primary coverage that all their admissions were verified on).
 */
function keepOnePayerPerPatient(referrals: readonly HistoryReferral[]): HistoryReferral[] {
  const latest = new Map<string, string>();
  for (const referral of referrals)
    if (referral.patientId !== null) latest.set(referral.patientId, referral.payerName);
  return referrals.map((referral) =>
    referral.patientId === null
      ? referral
      : { ...referral, payerName: latest.get(referral.patientId) ?? referral.payerName },
  );
}

export function generateAdmissionHistory(options: HistoryOptions): HistoryReferral[] {
  if (options.branchIds.length === 0) throw new Error('at least one branch is needed');
  const rand = seededRandom(options.seed);
  const start = later(options.now, -options.days * DAY);
  const openShare = options.openShare ?? 0.4;
  const patientCount = options.patientIds.length;
  const inIntakeCount = Math.round(patientCount * openShare);
  const referrals = options.patientIds.flatMap((patientId, i) => {
    const branchId = options.branchIds[i % options.branchIds.length] ?? '';
    // Spread the referrals still in intake evenly over the patients, and their ages over the
    // last three days, so they stand at different stages; every third of them is on hold.
    const k = Math.floor(((i + 1) * inIntakeCount) / patientCount);
    const stillInIntake = k > Math.floor((i * inIntakeCount) / patientCount);
    const lastReferralAt = stillInIntake
      ? later(options.now, -(3 + (k / inIntakeCount) * 66 + rand() * 6) * HOUR)
      : null;
    const lastPlan =
      stillInIntake && k % 3 === 2
        ? { hold: { ...pickWeighted(rand, EARLY_HOLDS), hours: 24 * 30 } }
        : undefined;
    return patientEpisodes(rand, patientId, branchId, start, options.now, lastReferralAt, lastPlan);
  });
  const share = options.declinedShare ?? 0.08;
  const declined = declinedReferrals(
    rand,
    Math.round((referrals.length * share) / (1 - share)),
    options,
    start,
  );
  return [...keepOnePayerPerPatient(referrals), ...declined].sort(
    (a, b) => a.receivedAt.getTime() - b.receivedAt.getTime(),
  );
}
