// Numbers, ranges and labels on the intake dashboard, in the user's language. Pure, so the page,
// the charts and their text alternatives say the same thing.
import type { GroupBy, HistogramBin } from '@server/modules/analytics/analytics.contracts.ts';

export interface DashboardFilters {
  from: string;
  to: string;
  groupBy: GroupBy;
  /** '' = every branch the user may see. */
  branchId: string;
}

/** Today's date (YYYY-MM-DD) in the browser's time zone. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function shiftDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last 90 days, today included. */
export function defaultFilters(now: Date = new Date()): DashboardFilters {
  const to = localToday(now);
  return { from: shiftDate(to, -89), to, groupBy: 'therapy', branchId: '' };
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The query string shared by the JSON and CSV endpoints. */
export function dashboardQuery(filters: DashboardFilters, timeZone: string): string {
  const params = new URLSearchParams({
    from: filters.from,
    to: filters.to,
    groupBy: filters.groupBy,
    timeZone,
  });
  if (filters.branchId) params.set('branchId', filters.branchId);
  return params.toString();
}

export function formatNumber(value: number, language: string, digits = 1): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

export function formatPercent(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    rate,
  );
}

/** A histogram bin as days: "0–1", "1–2", …, "14+" (the caller adds the unit). */
export function binDays(bin: HistogramBin): string {
  const from = bin.fromHours / 24;
  return bin.toHours === null ? `${from}+` : `${from}–${bin.toHours / 24}`;
}

/** The fullest bin (the earliest on a tie), or undefined when every bin is empty. */
export function fullestBin(bins: readonly HistogramBin[]): HistogramBin | undefined {
  return bins.reduce<HistogramBin | undefined>(
    (best, bin) => (bin.count > 0 && (!best || bin.count > best.count) ? bin : best),
    undefined,
  );
}
