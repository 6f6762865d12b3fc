// Each role's work queue: the admissions waiting on that role — an unmet precondition it owns that
// it can work on now, or a next stage it moves them into — most urgent first (hospital discharge
// pending, urgent referrals, response clock about to breach, therapy start date, time in stage).
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { isStaffRole, type Role } from '@infusio/domain/access';
import {
  PRECONDITIONS,
  STAGE_RULES,
  ageingOf,
  cumulativeRequirements,
  nextStage,
  readResponseClock,
  rolesWaitedOn,
  stageIndex,
  stageRule,
  type AdmissionStage,
  type AdmissionStatus,
  type ReferralUrgency,
} from '@infusio/domain/intake';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { patients } from '../patients/patients.tables.ts';
import { userNames } from './admissions.queries.ts';
import { hoursBetween } from './admission-detail.ts';
import type { QueueItem, QueueQuery, QueueResponse } from './intake.contracts.ts';
import { admissions, referrals } from './intake.tables.ts';
import type { IntakeSettings } from './intake-settings.ts';
import { answerPreconditions, metSet } from './precondition-answerers.ts';

const FLAG_ORDER = ['discharge-pending', 'urgent'];
const CLOCK_ORDER: Record<string, number> = { breached: 0, 'due-soon': 1, 'on-track': 2 };

function priorityRank(item: QueueItem): number[] {
  const flagRank = Math.min(
    ...item.priorityFlags.map((f) => FLAG_ORDER.indexOf(f)).filter((i) => i >= 0),
    FLAG_ORDER.length,
  );
  const clockRank = item.responseClock ? (CLOCK_ORDER[item.responseClock.state] ?? 3) : 3;
  const start = item.expectedStartDate
    ? Date.parse(item.expectedStartDate) / 86_400_000
    : Number.MAX_SAFE_INTEGER;
  return [flagRank, clockRank, start, -item.hoursInStage];
}

function compareItems(a: QueueItem, b: QueueItem): number {
  const ra = priorityRank(a);
  const rb = priorityRank(b);
  for (let i = 0; i < ra.length; i++)
    if ((ra[i] ?? 0) !== (rb[i] ?? 0)) return (ra[i] ?? 0) - (rb[i] ?? 0);
  return a.admissionId.localeCompare(b.admissionId);
}

async function queueItems(
  db: DbOrTx,
  access: AccessContext,
  role: Role,
  now: Date,
  settings: IntakeSettings,
): Promise<QueueItem[]> {
  const rows = await db
    .select({
      admission: admissions,
      givenName: patients.givenName,
      familyName: patients.familyName,
      mrn: patients.mrn,
      urgency: referrals.urgency,
      referralReceivedAt: referrals.receivedAt,
      respondedAt: referrals.respondedAt,
    })
    .from(admissions)
    .innerJoin(patients, eq(patients.id, admissions.patientId))
    .innerJoin(referrals, eq(referrals.id, admissions.referralId))
    .where(
      and(
        eq(admissions.status, 'open'),
        patientScope(access, 'work-queue', 'read', admissions.patientId, now),
      ),
    );
  const answers = await answerPreconditions(
    db,
    rows.map((r) => r.admission),
  );
  const names = await userNames(
    db,
    rows.map((r) => r.admission.assignedUserId).filter((id): id is string => id !== null),
  );
  const items: QueueItem[] = [];
  for (const row of rows) {
    const a = row.admission;
    const stage = a.stage as AdmissionStage;
    const position = { stage, status: a.status as AdmissionStatus };
    const met = metSet(answers.get(a.id));
    if (!rolesWaitedOn(position, met).includes(role)) continue;
    const current = stageIndex(stage);
    const waitingFor = PRECONDITIONS.filter(
      (p) =>
        p.owner === role &&
        !met.has(p.key) &&
        current >= stageIndex(p.actionableFrom) &&
        STAGE_RULES.some((r) => stageIndex(r.stage) > current && r.requires.includes(p.key)),
    ).map((p) => ({ key: p.key, met: false }));
    const next = nextStage(stage);
    const ready =
      next !== undefined &&
      cumulativeRequirements(next).every((k) => met.has(k)) &&
      stageRule(next).performedBy.includes(role);
    const hoursInStage = hoursBetween(a.stageEnteredAt, now);
    const clock =
      row.respondedAt === null
        ? readResponseClock(
            row.referralReceivedAt,
            row.urgency as ReferralUrgency,
            now,
            null,
            settings.responseClock,
          )
        : null;
    items.push({
      admissionId: a.id,
      referralId: a.referralId,
      patientId: a.patientId,
      patientName: `${row.familyName}, ${row.givenName}`,
      mrn: row.mrn,
      therapy: a.therapy,
      drugName: a.drugName,
      stage,
      hoursInStage,
      ageing: ageingOf(stage, hoursInStage, settings.stageTargetHours),
      expectedStartDate: a.expectedStartDate,
      priorityFlags: a.priorityFlags,
      urgency: row.urgency,
      waitingFor,
      readyToAdvance: ready ? next : null,
      responseClock: clock
        ? { dueAt: clock.dueAt.toISOString(), state: clock.state, minutesLeft: clock.minutesLeft }
        : null,
      assignedTo: a.assignedUserId
        ? { userId: a.assignedUserId, name: names.get(a.assignedUserId) ?? '' }
        : null,
      payerName: a.payerName,
      referralSource: a.referralSource,
    });
  }
  return items.sort(compareItems);
}

function countItems(items: readonly QueueItem[], userId: string) {
  return {
    total: items.length,
    overdue: items.filter((i) => i.ageing === 'overdue' || i.responseClock?.state === 'breached')
      .length,
    ageing: items.filter((i) => i.ageing === 'ageing').length,
    unclaimed: items.filter((i) => i.assignedTo === null).length,
    mine: items.filter((i) => i.assignedTo?.userId === userId).length,
  };
}

function applyFilters(items: QueueItem[], query: QueueQuery, userId: string): QueueItem[] {
  return items.filter(
    (i) =>
      (query.stage === undefined || i.stage === query.stage) &&
      (query.therapy === undefined || i.therapy === query.therapy) &&
      (query.ageing === undefined || i.ageing === query.ageing) &&
      (query.flag === undefined || i.priorityFlags.includes(query.flag)) &&
      (query.claimed === undefined ||
        query.claimed === 'all' ||
        (query.claimed === 'mine' ? i.assignedTo?.userId === userId : i.assignedTo === null)),
  );
}

export async function readWorkQueue(
  db: DbOrTx,
  access: AccessContext,
  role: Role,
  query: QueueQuery,
  now: Date,
  settings: IntakeSettings,
): Promise<QueueResponse> {
  const items = await queueItems(db, access, role, now, settings);
  const awaiting =
    role === 'intake' && access.branchIds.length > 0
      ? await db
          .select({
            id: referrals.id,
            draft: referrals.draft,
            receivedAt: referrals.receivedAt,
            channel: referrals.channel,
            candidates: referrals.matchCandidates,
          })
          .from(referrals)
          .where(
            and(
              eq(referrals.status, 'awaiting-match'),
              isNull(referrals.patientId),
              inArray(referrals.branchId, access.branchIds),
            ),
          )
      : [];
  return {
    role,
    counts: countItems(items, access.userId),
    items: applyFilters(items, query, access.userId),
    awaitingMatch: awaiting.map((r) => ({
      referralId: r.id,
      patientName: `${r.draft.patient.familyName}, ${r.draft.patient.givenName}`,
      receivedAt: r.receivedAt.toISOString(),
      channel: r.channel,
      candidates: r.candidates.length,
    })),
  };
}

export async function summarizeWorkQueues(
  db: DbOrTx,
  access: AccessContext,
  now: Date,
  settings: IntakeSettings,
) {
  const roles = access.roles.filter(isStaffRole).filter((r) => r !== 'admin');
  const queues = [];
  for (const role of roles)
    queues.push({
      role,
      counts: countItems(await queueItems(db, access, role, now, settings), access.userId),
    });
  return { queues };
}
