// Which reminders an authorization calls for now, as data: the payer is late (past the decision
// deadline while waiting), the approval ends within 14 days with no renewal, or 80% of the approved
// units are used. Each reminder has a key naming its occasion (the deadline, the end date, the
// approved units), so it is raised once per occasion and a new occasion raises a new one.
import type { Sourced } from '@infusio/domain/coverage';
import type { ReminderKind } from './authorization-vocabulary.ts';
import { AWAITING_DECISION, IN_FORCE } from './authorization-vocabulary.ts';

export interface ReminderThresholds extends Sourced {
  /** Remind this many days before the approved period ends. */
  expiringWithinDays: number;
  /** Remind when used ≥ this share of the approved units. */
  unitsUsedShare: number;
}

export const REMINDER_THRESHOLDS: ReminderThresholds = {
  expiringWithinDays: 14,
  unitsUsedShare: 0.8,
  source:
    'Issue 4 ("a reminder 14 days before an authorization expires or when 80% of units are used"): the organisation’s working policy, not a payer rule',
  mark: 'unverified',
};

export interface ReminderSubject {
  id: string;
  status: string;
  serviceLine: string;
  procedureCode: string;
  decisionDueAt: Date | null;
  approvedEnd: string | null;
  unitsApproved: number | null;
  unitsUsed: number;
  /** A later request for the same line and code exists (renewal), so nothing is left to remind. */
  hasRenewal: boolean;
  /** The admission is still open or on hold (a closed episode needs no reminders). */
  admissionActive: boolean;
}

export interface DueReminder {
  kind: ReminderKind;
  dedupeKey: string;
  params: Record<string, string | number>;
  dueAt: Date | null;
}

const DAY_MS = 86_400_000;

/** Whole days from `today` to `isoDate` (negative once past). */
export function daysUntil(isoDate: string, today: string): number {
  return Math.round(
    (Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS,
  );
}

export function evaluateReminders(
  subject: ReminderSubject,
  now: Date,
  thresholds: ReminderThresholds = REMINDER_THRESHOLDS,
): DueReminder[] {
  if (!subject.admissionActive) return [];
  const base = {
    authorizationId: subject.id,
    serviceLine: subject.serviceLine,
    procedureCode: subject.procedureCode,
  };
  const due: DueReminder[] = [];
  const status = subject.status as (typeof AWAITING_DECISION)[number];
  if (
    AWAITING_DECISION.includes(status) &&
    subject.decisionDueAt !== null &&
    now.getTime() > subject.decisionDueAt.getTime()
  ) {
    const at = subject.decisionDueAt.toISOString();
    due.push({
      kind: 'authorization-decision-overdue',
      dedupeKey: `authorization-decision-overdue:${subject.id}:${at}`,
      params: { ...base, decisionDueAt: at },
      dueAt: subject.decisionDueAt,
    });
  }
  const inForce = IN_FORCE.includes(status);
  const today = now.toISOString().slice(0, 10);
  if (
    (inForce || subject.status === 'expired') &&
    subject.approvedEnd !== null &&
    !subject.hasRenewal &&
    daysUntil(subject.approvedEnd, today) <= thresholds.expiringWithinDays
  ) {
    due.push({
      kind: 'authorization-expiring',
      dedupeKey: `authorization-expiring:${subject.id}:${subject.approvedEnd}`,
      params: { ...base, approvedEnd: subject.approvedEnd },
      dueAt: new Date(`${subject.approvedEnd}T00:00:00Z`),
    });
  }
  const approved = subject.unitsApproved ?? 0;
  if (
    inForce &&
    approved > 0 &&
    !subject.hasRenewal &&
    subject.unitsUsed >= approved * thresholds.unitsUsedShare
  ) {
    due.push({
      kind: 'authorization-units-low',
      dedupeKey: `authorization-units-low:${subject.id}:${approved}`,
      params: { ...base, unitsApproved: approved, unitsUsed: subject.unitsUsed },
      dueAt: null,
    });
  }
  return due;
}
