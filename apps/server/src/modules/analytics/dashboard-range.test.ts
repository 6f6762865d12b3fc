import { describe, expect, it } from 'vitest';
import { addYears, dateInTimeZone, resolveDashboardRange } from './dashboard-range.ts';

const now = new Date('2026-11-02T03:30:00Z');

describe('the dashboard date range', () => {
  it('defaults to the last 90 days ending today in the caller’s time zone', () => {
    expect(resolveDashboardRange({}, now)).toEqual({
      ok: true,
      range: { from: '2026-08-05', to: '2026-11-02', timeZone: 'UTC' },
    });
    // 03:30 UTC is still the evening before in Chicago.
    expect(resolveDashboardRange({ timeZone: 'America/Chicago' }, now)).toEqual({
      ok: true,
      range: { from: '2026-08-04', to: '2026-11-01', timeZone: 'America/Chicago' },
    });
  });

  it('counts back 89 days from a given end date', () => {
    expect(resolveDashboardRange({ to: '2026-03-31' }, now)).toMatchObject({
      range: { from: '2026-01-01', to: '2026-03-31' },
    });
  });

  it('refuses an end before the start, naming the end field', () => {
    expect(resolveDashboardRange({ from: '2026-10-02', to: '2026-10-01' }, now)).toEqual({
      ok: false,
      fields: [expect.objectContaining({ field: 'querystring:to', code: 'before_from' })],
    });
  });

  it('accepts a single day', () => {
    expect(resolveDashboardRange({ from: '2026-10-01', to: '2026-10-01' }, now).ok).toBe(true);
  });

  it('allows exactly two calendar years and refuses one day more', () => {
    expect(resolveDashboardRange({ from: '2024-01-01', to: '2025-12-31' }, now).ok).toBe(true);
    expect(resolveDashboardRange({ from: '2024-01-01', to: '2026-01-01' }, now)).toEqual({
      ok: false,
      fields: [expect.objectContaining({ field: 'querystring:from', code: 'range_too_long' })],
    });
  });

  it('refuses a time zone that does not exist', () => {
    expect(resolveDashboardRange({ timeZone: 'Mars/Olympus_Mons' }, now)).toEqual({
      ok: false,
      fields: [expect.objectContaining({ field: 'querystring:timeZone', code: 'time_zone' })],
    });
  });

  it('reads calendar dates in a time zone and adds years across a leap day', () => {
    expect(dateInTimeZone(new Date('2026-11-01T05:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-01');
    expect(dateInTimeZone(new Date('2026-11-01T20:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-02');
    expect(addYears('2024-02-29', 2)).toBe('2026-03-01');
  });
});
