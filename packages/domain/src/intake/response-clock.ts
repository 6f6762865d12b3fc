// The referral response clock: the referral source gets an answer (accepted, declined with a
// reason, or more information needed) within a time that depends on urgency. The targets are our
// service promise, not a regulation (DOMAIN.md §4.2: no authoritative benchmark ❌), so they are
// configuration with these defaults, shown as such in the UI.
import type { ReferralUrgency } from './referral-draft.ts';

export interface ResponseClockPolicy {
  urgentMinutes: number;
  standardMinutes: number;
  /** The last part of the window, as a fraction, in which the referral shows as "due soon". */
  dueSoonFraction: number;
}

export const DEFAULT_RESPONSE_CLOCK: ResponseClockPolicy = {
  urgentMinutes: 30,
  standardMinutes: 120,
  dueSoonFraction: 0.25,
};

export type ResponseClockState =
  'answered-on-time' | 'answered-late' | 'on-track' | 'due-soon' | 'breached';

export interface ResponseClockReading {
  dueAt: Date;
  state: ResponseClockState;
  /** Minutes until due (negative when overdue); for answered referrals, minutes to spare at the answer. */
  minutesLeft: number;
}

export function responseWindowMinutes(
  urgency: ReferralUrgency,
  policy: ResponseClockPolicy = DEFAULT_RESPONSE_CLOCK,
): number {
  return urgency === 'urgent' ? policy.urgentMinutes : policy.standardMinutes;
}

export function readResponseClock(
  receivedAt: Date,
  urgency: ReferralUrgency,
  now: Date,
  respondedAt: Date | null,
  policy: ResponseClockPolicy = DEFAULT_RESPONSE_CLOCK,
): ResponseClockReading {
  const windowMinutes = responseWindowMinutes(urgency, policy);
  const dueAt = new Date(receivedAt.getTime() + windowMinutes * 60_000);
  const reference = respondedAt ?? now;
  const minutesLeft = Math.round((dueAt.getTime() - reference.getTime()) / 60_000);
  if (respondedAt)
    return {
      dueAt,
      state: respondedAt <= dueAt ? 'answered-on-time' : 'answered-late',
      minutesLeft,
    };
  if (now > dueAt) return { dueAt, state: 'breached', minutesLeft };
  const dueSoon =
    now.getTime() >= dueAt.getTime() - windowMinutes * policy.dueSoonFraction * 60_000;
  return { dueAt, state: dueSoon ? 'due-soon' : 'on-track', minutesLeft };
}
