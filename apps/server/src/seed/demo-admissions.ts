// The demo organisation's intake history: about 60 referrals over the last 90 days with their
// admissions, stage and status events and the answers each stage needed that people record by
// hand, so the dashboard has figures on first start and the queues hold admissions at various
// stages. Written straight into the intake tables (the intake commands are for live work);
// deterministic for a seed, relative to `now`. The generator is
// modules/analytics/synthetic-history.ts. What a module answers from its own records (coverage,
// authorizations, estimates) is written by those modules afterwards: demo-history-records.ts.
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import {
  checkReferral,
  DEFAULT_RECENT_LAB_DAYS,
  stageIndex,
  stageRule,
  type ReferralDraft,
  type PreconditionKey,
} from '@infusio/domain/intake';
import type { DbOrTx } from '../platform/db/types.ts';
import { settings } from '../platform/settings/settings.tables.ts';
import {
  admissionEvents,
  admissionFacts,
  admissions,
  referrals,
} from '../modules/intake/intake.tables.ts';
import { PRECONDITION_ANSWERERS } from '../modules/intake/precondition-answerers.ts';
import { patients } from '../modules/patients/patients.tables.ts';
import { INTAKE_TARGETS_SETTING } from '../modules/analytics/dashboard-targets.ts';
import {
  generateAdmissionHistory,
  type HistoryReferral,
} from '../modules/analytics/synthetic-history.ts';
import {
  buildHistoryDraft,
  type DraftPerson,
} from '../modules/analytics/synthetic-referral-draft.ts';
import { demoMemberId, withMemberId } from './demo-member-ids.ts';
import { seededRandom, syntheticPatient } from './synthetic-people.ts';

export const DEMO_HISTORY_DAYS = 88;
/** The actor named on every event of the demo history. */
export const DEMO_HISTORY_ACTOR = 'Demo history';
const BATCH = 400;

/** The demo's own local targets (a demo choice, not a benchmark: DOMAIN.md §4.2 ❌). */
export const DEMO_LOCAL_TARGETS = { referralToSocHours: 72, conversionPercent: 80 };

const secondsBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 1000);

async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

function channelOf(referral: HistoryReferral): ReferralDraft['channel'] {
  if (referral.referralSource === 'Patient or family inquiry') return 'inquiry';
  return referral.referralSource.includes('Hospital') ? 'fhir' : 'console';
}

/** The events the intake commands write: stage moves, then status changes (exits, holds, discharge). */
function eventRows(admissionId: string, referral: HistoryReferral) {
  const admission = referral.admission;
  if (!admission) return [];
  const stages = admission.stages;
  const stageAt = (at: Date) => [...stages].reverse().find((entry) => entry.at <= at);
  // Discharge is a status change that also moves the stage (as exitAdmission records it).
  const stageEvents = stages
    .filter((entry) => entry.stage !== 'discharged')
    .map((entry, i) => {
      const previous = stages[i - 1];
      return {
        admissionId,
        kind: 'stage',
        fromStage: previous?.stage ?? null,
        toStage: entry.stage,
        toStatus: previous ? null : 'open',
        secondsInPrevious: previous ? secondsBetween(previous.at, entry.at) : null,
        actorName: DEMO_HISTORY_ACTOR,
        at: entry.at,
      };
    });
  const statusEvents = admission.statusChanges.map((change) => {
    const discharge = change.to === 'discharged';
    const before = stageAt(discharge ? new Date(change.at.getTime() - 1) : change.at);
    return {
      admissionId,
      kind: 'status',
      fromStatus: change.from,
      toStatus: change.to,
      fromStage: before?.stage ?? null,
      toStage: discharge ? 'discharged' : (before?.stage ?? null),
      reasonCode: change.reasonCode,
      secondsInPrevious: discharge && before ? secondsBetween(before.at, change.at) : null,
      actorName: DEMO_HISTORY_ACTOR,
      at: change.at,
    };
  });
  return [...stageEvents, ...statusEvents];
}

/**
 * Each stage entered had its preconditions met by then (journey.ts STAGE_RULES). Only the answers
 * people record by hand are facts; a module answers its own from its records, never from these.
 */
function factRows(admissionId: string, referral: HistoryReferral) {
  const met = new Map<PreconditionKey, Date>();
  for (const entry of referral.admission?.stages ?? []) {
    if (stageIndex(entry.stage) > stageIndex('start-of-care')) continue;
    for (const key of stageRule(entry.stage).requires)
      if (!met.has(key) && PRECONDITION_ANSWERERS[key].mode === 'manual') met.set(key, entry.at);
  }
  return [...met].map(([key, at]) => ({
    admissionId,
    key,
    met: true,
    note: 'Recorded in the demo history',
    recordedAt: at,
  }));
}

/**
 * Writes referrals, admissions, their events and precondition answers. `draftFor` gives the
 * referral as it was received (the demo builds one from the patient's chart).
 */
export async function insertAdmissionHistory(
  tx: DbOrTx,
  history: readonly HistoryReferral[],
  draftFor: (referral: HistoryReferral, index: number) => ReferralDraft,
): Promise<{ referrals: number; admissions: number; events: number }> {
  const referralRows = [];
  const admissionRows = [];
  const events = [];
  const facts = [];
  for (const [index, referral] of history.entries()) {
    const referralId = randomUUID();
    const draft = draftFor(referral, index);
    const checklist = checkReferral(draft, {
      receivedOn: referral.receivedAt.toISOString().slice(0, 10),
      recentLabDays: DEFAULT_RECENT_LAB_DAYS,
    });
    referralRows.push({
      id: referralId,
      branchId: referral.branchId,
      channel: draft.channel,
      urgency: referral.urgency,
      status: referral.response ?? 'received',
      sourceName: referral.referralSource,
      therapy: referral.therapy,
      draft,
      checklist,
      receivedAt: referral.receivedAt,
      respondedAt: referral.respondedAt,
      response: referral.response,
      responseReasonCode: referral.responseReasonCode,
      patientId: referral.patientId,
      createdAt: referral.receivedAt,
      updatedAt: referral.respondedAt ?? referral.receivedAt,
    });
    const admission = referral.admission;
    if (!admission) continue;
    const admissionId = randomUUID();
    const current = admission.stages[admission.stages.length - 1];
    const lastChange = [
      ...admission.stages.map((s) => s.at),
      ...admission.statusChanges.map((c) => c.at),
    ]
      .sort((a, b) => a.getTime() - b.getTime())
      .pop();
    admissionRows.push({
      id: admissionId,
      patientId: admission.patientId,
      referralId,
      branchId: referral.branchId,
      therapy: referral.therapy,
      drugName: admission.drugName,
      stage: current?.stage ?? 'referral-received',
      status: admission.status,
      stageEnteredAt: current?.at ?? referral.receivedAt,
      statusReasonCode: admission.statusReasonCode,
      priorityFlags: referral.urgency === 'urgent' ? ['urgent'] : [],
      expectedStartDate: draft.prescription.startDate ?? null,
      payerName: referral.payerName,
      referralSource: referral.referralSource,
      receivedAt: referral.receivedAt,
      startOfCareAt: admission.startOfCareAt,
      closedAt: admission.closedAt,
      createdAt: referral.receivedAt,
      updatedAt: lastChange ?? referral.receivedAt,
    });
    events.push(...eventRows(admissionId, referral));
    facts.push(...factRows(admissionId, referral));
  }
  await insertInBatches(referralRows, (batch) => tx.insert(referrals).values(batch));
  await insertInBatches(admissionRows, (batch) => tx.insert(admissions).values(batch));
  await insertInBatches(events, (batch) => tx.insert(admissionEvents).values(batch));
  await insertInBatches(facts, (batch) => tx.insert(admissionFacts).values(batch));
  return {
    referrals: referralRows.length,
    admissions: admissionRows.length,
    events: events.length,
  };
}

export interface DemoHistoryInput {
  branchId: string;
  /** Demo patients the history may use (never Mei Chen, whose journey is shown live). */
  patientIds: readonly string[];
  now: Date;
  seed: number;
}

export async function seedDemoAdmissionHistory(tx: DbOrTx, input: DemoHistoryInput) {
  const history = generateAdmissionHistory({
    patientIds: input.patientIds,
    branchIds: [input.branchId],
    now: input.now,
    seed: input.seed,
    days: DEMO_HISTORY_DAYS,
  });
  const people =
    input.patientIds.length === 0
      ? []
      : await tx
          .select()
          .from(patients)
          .where(inArray(patients.id, [...input.patientIds]));
  const personOf = new Map<string, DraftPerson>(people.map((p) => [p.id, p]));
  const mrnOf = new Map(people.map((p) => [p.id, p.mrn]));
  const rand = seededRandom(input.seed + 1);
  const result = await insertAdmissionHistory(tx, history, (referral, index) => {
    const draft = buildHistoryDraft(
      referral,
      (referral.patientId ? personOf.get(referral.patientId) : undefined) ??
        syntheticPatient(input.seed, 500 + index, 'HIST'),
      channelOf(referral),
      rand,
    );
    // A patient's referrals all name the insurance on their chart, which the simulator answers.
    const mrn = referral.patientId ? mrnOf.get(referral.patientId) : undefined;
    return mrn ? withMemberId(draft, demoMemberId(referral.payerName, mrn)) : draft;
  });
  await tx
    .insert(settings)
    .values({ key: INTAKE_TARGETS_SETTING, value: DEMO_LOCAL_TARGETS, updatedAt: input.now })
    .onConflictDoNothing();
  return result;
}
