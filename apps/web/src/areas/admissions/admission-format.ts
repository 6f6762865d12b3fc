// Pure helpers shared by the work queue, the referral and the admission pages: durations, the
// response clock, which stage's work is actionable, and the side exits' routes. No React here, so
// they are unit-tested.
import {
  ADMISSION_STAGES,
  PRECONDITIONS,
  stageIndex,
  type AdmissionStage,
  type PreconditionKey,
  type ReasonKind,
} from '@infusio/domain/intake';
import type { AdmissionDetail } from '@server/modules/intake/intake.contracts.ts';

export type DurationKey = 'minutes' | 'hours' | 'daysHours';

/** How to say a number of hours: minutes under one hour, hours under two days, else days and hours. */
export function describeDuration(hours: number): {
  key: DurationKey;
  values: Record<string, number>;
} {
  const safe = Math.max(0, hours);
  if (safe < 1) return { key: 'minutes', values: { minutes: Math.round(safe * 60) } };
  if (safe < 48) return { key: 'hours', values: { hours: Math.round(safe * 10) / 10 } };
  const days = Math.floor(safe / 24);
  return { key: 'daysHours', values: { days, hours: Math.round(safe - days * 24) } };
}

export type ClockState = AdmissionDetail['referral']['responseClock']['state'];

/** The clock as words: minutes left while it runs, minutes late once breached. */
export function describeClock(clock: { state: ClockState; minutesLeft: number }): {
  key: ClockState;
  minutes: number;
} {
  return { key: clock.state, minutes: Math.abs(clock.minutesLeft) };
}

/** Mantine colour of a clock state (always shown with its words, never alone). */
export function clockColor(state: ClockState): string {
  switch (state) {
    case 'on-track':
    case 'answered-on-time':
      return 'teal';
    case 'due-soon':
      return 'orange';
    case 'breached':
    case 'answered-late':
      return 'red';
  }
}

export type Ageing = AdmissionDetail['ageing'];

export function ageingColor(ageing: Ageing): string {
  switch (ageing) {
    case 'fresh':
      return 'teal';
    case 'ageing':
      return 'orange';
    case 'overdue':
      return 'red';
  }
}

/** Can the precondition's owner work on it at this stage (the pharmacist assesses during benefits)? */
export function isActionableAt(key: PreconditionKey, stage: AdmissionStage): boolean {
  const definition = PRECONDITIONS.find((p) => p.key === key);
  return definition !== undefined && stageIndex(stage) >= stageIndex(definition.actionableFrom);
}

/** Where each stage stands relative to the admission's current stage. */
export function stageStates(
  current: AdmissionStage,
): { stage: AdmissionStage; state: 'done' | 'current' | 'upcoming' }[] {
  const at = stageIndex(current);
  return ADMISSION_STAGES.map((stage, i) => ({
    stage,
    state: i < at ? 'done' : i === at ? 'current' : 'upcoming',
  }));
}

export type AdmissionExit = AdmissionDetail['allowedExits'][number];

/** The command route of each side exit and the list its reason comes from. */
export const EXIT_ROUTES: Record<AdmissionExit, { path: string; reasonKind: ReasonKind | null }> = {
  'on-hold': { path: 'hold', reasonKind: 'on-hold' },
  resume: { path: 'resume', reasonKind: null },
  'not-admitted': { path: 'not-admit', reasonKind: 'not-admitted' },
  cancelled: { path: 'cancel', reasonKind: 'cancelled' },
  discharged: { path: 'discharge', reasonKind: 'discharged' },
};

/** The nurse most recently put on the care team from this admission, if any. */
export function latestNurse(events: AdmissionDetail['events']): string | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event?.kind === 'nurse-assigned' && typeof event.detail.nurseName === 'string')
      return event.detail.nurseName;
  }
  return null;
}
