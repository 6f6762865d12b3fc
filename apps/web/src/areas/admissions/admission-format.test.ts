import { describe, expect, it } from 'vitest';
import type { AdmissionDetail } from '@server/modules/intake/intake.contracts.ts';
import {
  describeClock,
  describeDuration,
  isActionableAt,
  latestNurse,
  stageStates,
} from './admission-format.ts';

type AdmissionEvent = AdmissionDetail['events'][number];

const event = (kind: string, detail: Record<string, unknown>): AdmissionEvent => ({
  kind,
  fromStage: null,
  toStage: null,
  fromStatus: null,
  toStatus: null,
  reasonCode: null,
  note: null,
  secondsInPrevious: null,
  detail,
  actorName: 'Sam Ellis (scheduler)',
  at: '2026-01-05T10:00:00.000Z',
});

describe('durations', () => {
  it('says minutes under an hour, hours under two days, days and hours beyond', () => {
    expect(describeDuration(0.25)).toEqual({ key: 'minutes', values: { minutes: 15 } });
    expect(describeDuration(5.04)).toEqual({ key: 'hours', values: { hours: 5 } });
    expect(describeDuration(30.36)).toEqual({ key: 'hours', values: { hours: 30.4 } });
    expect(describeDuration(50)).toEqual({ key: 'daysHours', values: { days: 2, hours: 2 } });
  });

  it('never shows a negative time', () => {
    expect(describeDuration(-0.5)).toEqual({ key: 'minutes', values: { minutes: 0 } });
  });
});

describe('response clock', () => {
  it('counts minutes late once breached, not a negative number', () => {
    expect(describeClock({ state: 'breached', minutesLeft: -42 })).toEqual({
      key: 'breached',
      minutes: 42,
    });
    expect(describeClock({ state: 'due-soon', minutesLeft: 6 })).toEqual({
      key: 'due-soon',
      minutes: 6,
    });
  });
});

describe('actionable work', () => {
  it('lets the pharmacist assess during benefits verification but not before the information is complete', () => {
    expect(isActionableAt('pharmacist-assessment-complete', 'referral-received')).toBe(false);
    expect(isActionableAt('pharmacist-assessment-complete', 'information-complete')).toBe(true);
  });

  it('leaves the first dose to the first visit', () => {
    expect(isActionableAt('first-dose-given', 'medication-ready')).toBe(false);
    expect(isActionableAt('first-dose-given', 'first-visit-scheduled')).toBe(true);
  });
});

describe('stage stepper', () => {
  it('marks earlier stages done, the current one, and later ones upcoming', () => {
    const states = stageStates('authorized');
    expect(states.slice(0, 4).map((s) => s.state)).toEqual(['done', 'done', 'done', 'current']);
    expect(states.filter((s) => s.state === 'current')).toHaveLength(1);
    expect(states.at(-1)).toEqual({ stage: 'discharged', state: 'upcoming' });
  });
});

describe('assigned nurse', () => {
  it('is the latest nurse assigned from the admission', () => {
    expect(latestNurse([])).toBeNull();
    expect(
      latestNurse([
        event('nurse-assigned', { nurseName: 'Nina Brooks, RN' }),
        event('assignment', { toName: 'Raj Mehta' }),
        event('nurse-assigned', { nurseName: 'Omar Diaz, RN' }),
      ]),
    ).toBe('Omar Diaz, RN');
  });
});
