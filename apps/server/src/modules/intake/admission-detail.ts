// The admission as staff, physicians and patients see it: where it stands, how long it has waited,
// what blocks the next stage and whose job each item is, and its whole history.
import {
  ADMISSION_STAGES,
  PRECONDITIONS,
  ageingOf,
  blockingItems,
  canTakeSideExit,
  cumulativeRequirements,
  nextStage,
  readResponseClock,
  stageRule,
  type AdmissionStage,
  type AdmissionStatus,
  type PreconditionKey,
  type ReferralUrgency,
} from '@infusio/domain/intake';
import type { DbOrTx } from '../../platform/db/types.ts';
import type { AdmissionDetail } from './intake.contracts.ts';
import { loadAdmissionContext, type AdmissionRow } from './admissions.queries.ts';
import {
  PRECONDITION_ANSWERERS,
  answerPreconditions,
  metSet,
  type PreconditionAnswer,
} from './precondition-answerers.ts';
import type { IntakeSettings } from './intake-settings.ts';

export function hoursBetween(from: Date, to: Date): number {
  return Math.round(((to.getTime() - from.getTime()) / 3_600_000) * 10) / 10;
}

function blockingView(
  item: {
    key: PreconditionKey;
    owner: AdmissionDetail['blocking'][number]['owner'];
    met: boolean;
    actionable: boolean;
  },
  answer: PreconditionAnswer | undefined,
) {
  return {
    ...item,
    source: answer?.source ?? 'manual',
    note: answer?.note ?? null,
    recordedAt: answer?.recordedAt?.toISOString() ?? null,
    recordable: PRECONDITION_ANSWERERS[item.key].mode === 'manual',
  };
}

export async function buildAdmissionDetail(
  db: DbOrTx,
  row: AdmissionRow,
  now: Date,
  settings: IntakeSettings,
): Promise<AdmissionDetail> {
  const { patient, referral, events, assignee } = await loadAdmissionContext(db, row);
  const answers =
    (await answerPreconditions(db, [row])).get(row.id) ??
    new Map<PreconditionKey, PreconditionAnswer>();
  const met = metSet(answers);
  const stage = row.stage as AdmissionStage;
  const status = row.status as AdmissionStatus;
  const position = { stage, status };
  const next = nextStage(stage);
  const clock = readResponseClock(
    referral.receivedAt,
    referral.urgency as ReferralUrgency,
    now,
    referral.respondedAt,
    settings.responseClock,
  );
  const hoursInStage = hoursBetween(row.stageEnteredAt, now);
  const allowedExits: AdmissionDetail['allowedExits'] = [];
  if (canTakeSideExit(position, 'on-hold')) allowedExits.push('on-hold');
  if (status === 'on-hold') allowedExits.push('resume');
  if (canTakeSideExit(position, 'not-admitted')) allowedExits.push('not-admitted');
  if (canTakeSideExit(position, 'cancelled')) allowedExits.push('cancelled');
  if (status === 'open' && stage === 'active-therapy') allowedExits.push('discharged');
  const allKeys = cumulativeRequirements(
    ADMISSION_STAGES[ADMISSION_STAGES.length - 1] ?? 'discharged',
  );
  return {
    id: row.id,
    patient,
    therapy: row.therapy,
    drugName: row.drugName,
    stage,
    status,
    statusReasonCode: row.statusReasonCode,
    statusNote: row.statusNote,
    stageEnteredAt: row.stageEnteredAt.toISOString(),
    hoursInStage,
    ageing: status === 'open' ? ageingOf(stage, hoursInStage, settings.stageTargetHours) : 'fresh',
    receivedAt: row.receivedAt.toISOString(),
    startOfCareAt: row.startOfCareAt?.toISOString() ?? null,
    referralToStartOfCareHours: row.startOfCareAt
      ? hoursBetween(row.receivedAt, row.startOfCareAt)
      : null,
    expectedStartDate: row.expectedStartDate,
    priorityFlags: row.priorityFlags,
    payerName: row.payerName,
    referralSource: row.referralSource,
    assignedTo: assignee ? { userId: assignee.id, name: assignee.name } : null,
    referral: {
      id: referral.id,
      channel: referral.channel,
      urgency: referral.urgency,
      status: referral.status,
      response: referral.response,
      responseClock: {
        dueAt: clock.dueAt.toISOString(),
        state: clock.state,
        minutesLeft: clock.minutesLeft,
      },
      checklist: referral.checklist,
    },
    nextStage:
      next && status === 'open'
        ? {
            stage: next,
            performedBy: [...stageRule(next).performedBy],
            ready: cumulativeRequirements(next).every((k) => met.has(k)),
          }
        : null,
    blocking: blockingItems(position, met).map((item) => blockingView(item, answers.get(item.key))),
    preconditions: PRECONDITIONS.filter((p) => allKeys.includes(p.key)).map((p) =>
      blockingView(
        { key: p.key, owner: p.owner, met: met.has(p.key), actionable: true },
        answers.get(p.key),
      ),
    ),
    allowedExits,
    events: events.map((e) => ({
      kind: e.kind,
      fromStage: e.fromStage,
      toStage: e.toStage,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      reasonCode: e.reasonCode,
      note: e.note,
      secondsInPrevious: e.secondsInPrevious,
      detail: e.detail,
      actorName: e.actorName,
      at: e.at.toISOString(),
    })),
  };
}
