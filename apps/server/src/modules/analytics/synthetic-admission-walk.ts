// One admission of the synthetic history (see synthetic-history.ts): a referral drawn from the
// mixes, then its walk through the intake stages — with the odd hold, refusal or cancellation —
// to start of care, therapy and discharge, cut at `now`.
import {
  ADMISSION_STAGES,
  type AdmissionStage,
  type AdmissionStatus,
  type ReferralUrgency,
  type TherapyType,
} from '@infusio/domain/intake';
import { INTAKE_WAIT_STAGES } from './intake-figures.ts';
import {
  AUTHORIZATION_FACTOR,
  CANCELLED_EXITS,
  DRUGS,
  HOLDS,
  NOT_ADMITTED_EXITS,
  PAYER_MIX,
  SOURCE_MIX,
  STAGE_HOURS,
  THERAPY_DAYS,
  THERAPY_MIX,
  URGENCY_FACTOR,
  type Weighted,
} from './synthetic-history-tables.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface StageEntry {
  stage: AdmissionStage;
  at: Date;
}

export interface StatusChange {
  from: AdmissionStatus;
  to: AdmissionStatus;
  at: Date;
  reasonCode: string | null;
}

export interface HistoryAdmission {
  patientId: string;
  drugName: string;
  /** Stages entered in order; the first is referral-received at the referral's receipt. */
  stages: StageEntry[];
  statusChanges: StatusChange[];
  status: AdmissionStatus;
  statusReasonCode: string | null;
  startOfCareAt: Date | null;
  closedAt: Date | null;
}

export interface HistoryReferral {
  branchId: string;
  therapy: TherapyType;
  payerName: string;
  referralSource: string;
  urgency: ReferralUrgency;
  receivedAt: Date;
  response: 'accepted' | 'declined' | null;
  respondedAt: Date | null;
  responseReasonCode: string | null;
  patientId: string | null;
  admission: HistoryAdmission | null;
}

export type Random = () => number;

export function pickWeighted<T>(rand: Random, entries: Weighted<T>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rand() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new Error('nothing to pick from');
  return last[0];
}

/** Skewed towards the short end with a long tail, as waits are. */
export const between = (rand: Random, [low, high]: readonly [number, number]) =>
  low + (high - low) * rand() ** 2;

export const later = (at: Date, ms: number) => new Date(at.getTime() + ms);

export interface EpisodePlan {
  exit?: { stage: AdmissionStage; reason: string; status: 'not-admitted' | 'cancelled' };
  hold?: { stage: AdmissionStage; reason: string; hours: number };
}

export function planEpisode(rand: Random): EpisodePlan {
  const roll = rand();
  if (roll < 0.16)
    return { exit: { ...pickWeighted(rand, NOT_ADMITTED_EXITS), status: 'not-admitted' } };
  if (roll < 0.19) return { exit: { ...pickWeighted(rand, CANCELLED_EXITS), status: 'cancelled' } };
  if (roll < 0.27) return { hold: { ...pickWeighted(rand, HOLDS), hours: 24 + rand() * 150 } };
  return {};
}

function stageHours(rand: Random, stage: AdmissionStage, therapy: TherapyType, urgent: boolean) {
  const range = STAGE_HOURS[stage] ?? [1, 4];
  const authorization = stage === 'benefits-verified' ? (AUTHORIZATION_FACTOR[therapy] ?? 1) : 1;
  return between(rand, range) * authorization * URGENCY_FACTOR[urgent ? 'urgent' : 'standard'];
}

export interface Walk {
  admission: HistoryAdmission;
  /** When the patient is free for another referral; null while the episode goes on. */
  endsAt: Date | null;
}

/** Walks one admission through its stages until it closes or `now` cuts it. */
export function walkAdmission(
  rand: Random,
  referral: ReferralInput,
  patientId: string,
  now: Date,
  mustEndBy: Date | null,
  plan: EpisodePlan = planEpisode(rand),
): Walk {
  const drugs = DRUGS[referral.therapy];
  const admission: HistoryAdmission = {
    patientId,
    drugName: drugs[Math.floor(rand() * drugs.length)] ?? 'unspecified',
    stages: [{ stage: 'referral-received', at: referral.receivedAt }],
    statusChanges: [],
    status: 'open',
    statusReasonCode: null,
    startOfCareAt: null,
    closedAt: null,
  };
  const setStatus = (to: AdmissionStatus, at: Date, reasonCode: string | null) => {
    admission.statusChanges.push({ from: admission.status, to, at, reasonCode });
    admission.status = to;
    admission.statusReasonCode = reasonCode;
  };
  let t = referral.receivedAt;
  for (const stage of INTAKE_WAIT_STAGES) {
    let hours = stageHours(rand, stage, referral.therapy, referral.urgency === 'urgent');
    if (plan.exit?.stage === stage) {
      const at = later(t, hours * HOUR * 0.7);
      if (at > now) return { admission, endsAt: null };
      setStatus(plan.exit.status, at, plan.exit.reason);
      admission.closedAt = at;
      return { admission, endsAt: at };
    }
    if (plan.hold?.stage === stage) {
      const holdAt = later(t, hours * HOUR * 0.3);
      if (holdAt > now) return { admission, endsAt: null };
      setStatus('on-hold', holdAt, plan.hold.reason);
      const resumeAt = later(holdAt, plan.hold.hours * HOUR);
      if (resumeAt > now) return { admission, endsAt: null };
      setStatus('open', resumeAt, null);
      hours += plan.hold.hours;
    }
    const next = later(t, hours * HOUR);
    if (next > now) return { admission, endsAt: null };
    const nextStage = ADMISSION_STAGES[ADMISSION_STAGES.indexOf(stage) + 1] ?? 'start-of-care';
    admission.stages.push({ stage: nextStage, at: next });
    t = next;
  }
  admission.startOfCareAt = t;
  const activeAt = later(t, (2 + rand() * 8) * HOUR);
  if (activeAt > now) return { admission, endsAt: null };
  admission.stages.push({ stage: 'active-therapy', at: activeAt });
  let dischargeAt = later(t, between(rand, THERAPY_DAYS[referral.therapy]) * DAY);
  if (mustEndBy && dischargeAt > mustEndBy) dischargeAt = later(mustEndBy, -rand() * DAY);
  if (dischargeAt <= activeAt) dischargeAt = later(activeAt, DAY);
  if (dischargeAt > now) return { admission, endsAt: null };
  admission.stages.push({ stage: 'discharged', at: dischargeAt });
  setStatus('discharged', dischargeAt, rand() < 0.9 ? 'therapy-completed' : 'hospitalized');
  admission.closedAt = dischargeAt;
  return { admission, endsAt: dischargeAt };
}

export function newReferral(
  rand: Random,
  branchId: string,
  receivedAt: Date,
): Omit<HistoryReferral, 'admission' | 'response' | 'respondedAt' | 'responseReasonCode'> {
  const source = pickWeighted(rand, SOURCE_MIX);
  return {
    branchId,
    therapy: pickWeighted(rand, THERAPY_MIX),
    payerName: pickWeighted(rand, PAYER_MIX),
    referralSource: source.name,
    urgency: rand() < (source.isHospital ? 0.55 : 0.15) ? 'urgent' : 'standard',
    receivedAt,
    patientId: null,
  };
}

export type ReferralInput = ReturnType<typeof newReferral>;
