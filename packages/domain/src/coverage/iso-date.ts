/** Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so time zones never shift a day. */

const DAY_MS = 86_400_000;

function toUtcMs(isoDate: string): number {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO date: ${isoDate}`);
  return ms;
}

export function addDays(isoDate: string, days: number): string {
  return new Date(toUtcMs(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((toUtcMs(toIso) - toUtcMs(fromIso)) / DAY_MS);
}

/** "2025-06-14" → "2025-06". */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}
