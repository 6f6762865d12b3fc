// Hand-written admission histories for the dashboard's integration tests: say when a referral
// arrived, how many hours it spent in each stage and how it ended; the rows are written the way
// the intake commands write them (insertAdmissionHistory).
import { ADMISSION_STAGES, type AdmissionStatus, type TherapyType } from '@infusio/domain/intake';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { insertAdmissionHistory } from '../../../seed/demo-admissions.ts';
import { seededRandom, syntheticPatient } from '../../../seed/synthetic-people.ts';
import type {
  HistoryAdmission,
  HistoryReferral,
  StageEntry,
  StatusChange,
} from '../synthetic-history.ts';
import { buildHistoryDraft } from '../synthetic-referral-draft.ts';

const HOUR = 3_600_000;

export type Ending =
  | { kind: 'start-of-care' }
  | { kind: 'open' }
  | {
      kind: 'not-admitted' | 'cancelled' | 'on-hold';
      reasonCode: string;
      /** Hours into the last stage reached. */
      afterHours: number;
    };

export interface ReferralSpec {
  branchId: string;
  patientId: string;
  receivedAt: string;
  therapy?: TherapyType;
  payerName?: string;
  referralSource?: string;
  /** Hours spent in each stage left, from referral-received on (8 of them reach start of care). */
  stageHours?: readonly number[];
  ending?: Ending;
}

export function referralWith(spec: ReferralSpec): HistoryReferral {
  const receivedAt = new Date(spec.receivedAt);
  const stageHours = spec.stageHours ?? [];
  const ending = spec.ending ?? { kind: 'open' };
  let at = receivedAt;
  const stages: StageEntry[] = [{ stage: 'referral-received', at }];
  for (const [i, hours] of stageHours.entries()) {
    at = new Date(at.getTime() + hours * HOUR);
    stages.push({ stage: ADMISSION_STAGES[i + 1] ?? 'discharged', at });
  }
  if (ending.kind === 'start-of-care' && stages.at(-1)?.stage !== 'start-of-care')
    throw new Error('start of care needs the eight intake stages');
  const statusChanges: StatusChange[] = [];
  let status: AdmissionStatus = 'open';
  if (ending.kind !== 'start-of-care' && ending.kind !== 'open') {
    const exitAt = new Date(at.getTime() + ending.afterHours * HOUR);
    statusChanges.push({
      from: 'open',
      to: ending.kind,
      at: exitAt,
      reasonCode: ending.reasonCode,
    });
    status = ending.kind;
  }
  const lastChange = statusChanges.at(-1);
  const admission: HistoryAdmission = {
    patientId: spec.patientId,
    drugName: 'vancomycin',
    stages,
    statusChanges,
    status,
    statusReasonCode: lastChange?.reasonCode ?? null,
    startOfCareAt: ending.kind === 'start-of-care' ? at : null,
    closedAt: status === 'not-admitted' || status === 'cancelled' ? (lastChange?.at ?? null) : null,
  };
  return {
    branchId: spec.branchId,
    therapy: spec.therapy ?? 'anti-infective',
    payerName: spec.payerName ?? 'Blue Cross Blue Shield of Illinois',
    referralSource: spec.referralSource ?? 'Northside Hospital discharge planning',
    urgency: 'standard',
    receivedAt,
    response: 'accepted',
    respondedAt: new Date(receivedAt.getTime() + HOUR / 2),
    responseReasonCode: null,
    patientId: spec.patientId,
    admission,
  };
}

/** A referral declined at the door: no admission, a reason from the referral-declined list. */
export function declinedReferral(
  spec: Omit<ReferralSpec, 'patientId' | 'stageHours' | 'ending'> & { reasonCode: string },
): HistoryReferral {
  const receivedAt = new Date(spec.receivedAt);
  return {
    branchId: spec.branchId,
    therapy: spec.therapy ?? 'anti-infective',
    payerName: spec.payerName ?? 'Blue Cross Blue Shield of Illinois',
    referralSource: spec.referralSource ?? 'Northside Hospital discharge planning',
    urgency: 'standard',
    receivedAt,
    response: 'declined',
    respondedAt: new Date(receivedAt.getTime() + HOUR),
    responseReasonCode: spec.reasonCode,
    patientId: null,
    admission: null,
  };
}

export async function writeReferrals(db: DbOrTx, history: readonly HistoryReferral[]) {
  const rand = seededRandom(11);
  return insertAdmissionHistory(db, history, (referral, index) =>
    buildHistoryDraft(referral, syntheticPatient(11, index, 'TEST'), 'console', rand),
  );
}
