// The dashboard's date range: days (not instants) counted in a time zone, defaulting to the last
// 90 days ending today. Both ends are inclusive; the range may span at most two calendar years.
import type { FieldProblem } from '../../platform/http/app-error.ts';

export const DEFAULT_RANGE_DAYS = 90;
export const MAX_RANGE_YEARS = 2;

export interface DashboardRange {
  from: string;
  to: string;
  timeZone: string;
}

export type RangeResult =
  { ok: true; range: DashboardRange } | { ok: false; fields: FieldProblem[] };

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateInTimeZone(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function toUtcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function addDays(isoDate: string, days: number): string {
  const date = toUtcDate(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function addYears(isoDate: string, years: number): string {
  const date = toUtcDate(isoDate);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

/**
 * Fills in defaults (to: today in the time zone; from: 89 days before to) and checks the range: from ≤ to, and to before from + 2 years (so
 * 2024-01-01..2025-12-31 is allowed, ..2026-01-01 is not). Dates are already YYYY-MM-DD (schema).
 */
export function resolveDashboardRange(
  query: { from?: string | undefined; to?: string | undefined; timeZone?: string | undefined },
  now: Date,
): RangeResult {
  const timeZone = query.timeZone ?? 'UTC';
  if (!isKnownTimeZone(timeZone)) {
    return {
      ok: false,
      fields: [
        {
          field: 'querystring:timeZone',
          code: 'time_zone',
          message: 'Use an IANA time zone such as America/Chicago.',
        },
      ],
    };
  }
  const end = query.to ?? dateInTimeZone(now, timeZone);
  const start = query.from ?? addDays(end, -(DEFAULT_RANGE_DAYS - 1));
  if (start > end) {
    return {
      ok: false,
      fields: [
        {
          field: 'querystring:to',
          code: 'before_from',
          message: 'The end date is before the start date.',
        },
      ],
    };
  }
  if (end >= addYears(start, MAX_RANGE_YEARS)) {
    return {
      ok: false,
      fields: [
        {
          field: 'querystring:from',
          code: 'range_too_long',
          message: `The range may span at most ${MAX_RANGE_YEARS} years.`,
        },
      ],
    };
  }
  return { ok: true, range: { from: start, to: end, timeZone } };
}
