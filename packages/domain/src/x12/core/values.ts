/** Typed values out of X12 element text: dates, date ranges, money in cents, decimals. */

export interface DateRange {
  /** ISO date YYYY-MM-DD. */
  start: string;
  /** ISO date YYYY-MM-DD; equal to start for a single date. */
  end: string;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** CCYYMMDD → YYYY-MM-DD, or null when it is not a calendar date. */
export function parseDate8(value: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (match === null) return null;
  const [, y = '', m = '', d = ''] = match;
  return isCalendarDate(Number(y), Number(m), Number(d)) ? `${y}-${m}-${d}` : null;
}

/** YYMMDD (ISA09) → true when it is a calendar date. */
export function isDate6(value: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (match === null) return false;
  const [, y = '', m = '', d = ''] = match;
  return isCalendarDate(2000 + Number(y), Number(m), Number(d));
}

/** HHMM, HHMMSS or HHMMSSD… → true when hours < 24 and minutes/seconds < 60. */
export function isTime(value: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})?\d{0,2}$/.exec(value);
  if (match === null) return false;
  const [, h = '', m = '', s = '00'] = match;
  return Number(h) < 24 && Number(m) < 60 && Number(s) < 60;
}

/** A DTP/DTM value by its format qualifier: D8 single date, RD8 range, DT date-time. */
export function parseDateValue(format: string, value: string): DateRange | null {
  if (format === 'D8') {
    const date = parseDate8(value);
    return date === null ? null : { start: date, end: date };
  }
  if (format === 'RD8') {
    const [from = '', to = ''] = value.split('-');
    const start = parseDate8(from);
    const end = parseDate8(to);
    return start === null || end === null || end < start ? null : { start, end };
  }
  if (format === 'DT') {
    const date = parseDate8(value.slice(0, 8));
    return date === null || !isTime(value.slice(8)) ? null : { start: date, end: date };
  }
  return null;
}

/** YYYY-MM-DD → CCYYMMDD. */
export function formatDate8(isoDate: string): string {
  return isoDate.replaceAll('-', '');
}

const DECIMAL = /^-?(\d+\.?\d*|\.\d+)$/;

/** An X12 decimal ("R") element → number, or null when it is not a decimal. */
export function parseDecimal(value: string): number | null {
  return DECIMAL.test(value) ? Number(value) : null;
}

/**
 * A monetary amount → integer cents, exact for up to two decimals (no floating-point rounding);
 * more decimals are rounded half away from zero. Null when it is not a decimal.
 */
export function parseCents(value: string): number | null {
  if (!DECIMAL.test(value)) return null;
  const negative = value.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const padded = fraction.padEnd(3, '0');
  let cents = Number(whole === '' ? '0' : whole) * 100 + Number(padded.slice(0, 2));
  if (Number(padded[2]) >= 5) cents += 1;
  return negative ? -cents : cents;
}

/** Integer cents → "1234.50" (X12 R format, no thousands separators). */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${String(Math.trunc(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}

/** Integer cents → "$1,234.50" for messages. */
export function formatDollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}
