// RFC 4180 CSV: CRLF between records, a field quoted when it holds a comma, a double quote, CR or
// LF, and quotes inside doubled. Text that a spreadsheet would run as a formula (starting with
// = + - @ or a tab/CR) gets a leading apostrophe, as OWASP advises for exported CSV: payer and
// referral-source names are typed by people.

export type CsvValue = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function formatCsvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): string {
  return [header, ...rows].map((row) => row.map(formatCsvField).join(',')).join('\r\n') + '\r\n';
}
