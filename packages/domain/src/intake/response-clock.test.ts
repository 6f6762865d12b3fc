import { describe, expect, it } from 'vitest';
import { readResponseClock } from './response-clock.ts';
import { percentile, summarizeDistribution } from './kpi.ts';

const received = new Date('2026-11-22T14:00:00Z');
const at = (minutes: number) => new Date(received.getTime() + minutes * 60_000);

describe('the referral response clock', () => {
  it('gives an urgent referral 30 minutes and warns in the last quarter', () => {
    expect(readResponseClock(received, 'urgent', at(10), null).state).toBe('on-track');
    expect(readResponseClock(received, 'urgent', at(24), null)).toMatchObject({
      state: 'due-soon',
      minutesLeft: 6,
    });
    expect(readResponseClock(received, 'urgent', at(31), null)).toMatchObject({
      state: 'breached',
      minutesLeft: -1,
    });
  });

  it('gives a standard referral 2 hours, configurable', () => {
    expect(readResponseClock(received, 'standard', at(60), null).state).toBe('on-track');
    expect(readResponseClock(received, 'standard', at(100), null).state).toBe('due-soon');
    expect(
      readResponseClock(received, 'standard', at(100), null, {
        urgentMinutes: 30,
        standardMinutes: 90,
        dueSoonFraction: 0.25,
      }).state,
    ).toBe('breached');
  });

  it('records whether the answer came in time', () => {
    expect(readResponseClock(received, 'urgent', at(60), at(29)).state).toBe('answered-on-time');
    expect(readResponseClock(received, 'urgent', at(60), at(31)).state).toBe('answered-late');
  });
});

describe('dashboard statistics', () => {
  it('interpolates percentiles like PERCENTILE.INC', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(91);
  });

  it('summarises an empty set without inventing numbers', () => {
    expect(summarizeDistribution([])).toEqual({
      count: 0,
      median: null,
      p90: null,
      mean: null,
      min: null,
      max: null,
    });
  });
});
