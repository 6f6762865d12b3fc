// The checks on demographics and contact details that need code rather than a schema pattern: USPS
// state codes, ZIP, dialable North American phones, e-mail, a birth date in a sensible range and a
// language tag ICU knows. Each problem names its field (JSON pointer) so the form shows it beside
// the input; values come back normalised (phones formatted, state upper-case, language canonical).
import { formatUsPhone, isUsStateCode, normalizeUsPhone } from '@infusio/domain/identifiers';
import type { FieldProblem } from '../../platform/http/app-error.ts';

const ZIP = /^\d{5}(?:-\d{4})?$/;
// Deliberately plain (one @, a dot in the domain, no spaces): the mailbox is confirmed by use.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const MAX_AGE_YEARS = 120;
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

export class FieldCollector {
  readonly problems: FieldProblem[] = [];
  add(field: string, code: string, message: string): void {
    this.problems.push({ field, code, message });
  }
}

/** Trimmed text, or null when blank. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function checkRequiredText(out: FieldCollector, field: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') out.add(field, 'required', 'This field is required.');
  return trimmed;
}

/** "(312) 555-0100" for any way of writing a 10-digit NANP number; null when blank. */
export function checkPhone(
  out: FieldCollector,
  field: string,
  value: string | null | undefined,
): string | null {
  const text = blankToNull(value);
  if (text === null) return null;
  const digits = normalizeUsPhone(text);
  if (!digits) {
    out.add(field, 'phone', 'Enter a 10-digit phone number with area code.');
    return text;
  }
  return formatUsPhone(digits);
}

export function checkEmail(
  out: FieldCollector,
  field: string,
  value: string | null | undefined,
): string | null {
  const text = blankToNull(value);
  if (text === null) return null;
  if (text.length > 254 || !EMAIL.test(text))
    out.add(field, 'email', 'Enter an e-mail address like name@example.com.');
  return text.toLowerCase();
}

export function checkStateCode(out: FieldCollector, field: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!isUsStateCode(code))
    out.add(field, 'state_code', 'Enter a two-letter USPS state or territory code (IL, NY, PR).');
  return code;
}

export function checkPostalCode(out: FieldCollector, field: string, value: string): string {
  const zip = value.trim();
  if (!ZIP.test(zip)) out.add(field, 'postal_code', 'Enter a 5-digit ZIP code or ZIP+4.');
  return zip;
}

/** Whole years between an ISO birth date and today's ISO date. */
export function ageInYears(birthDate: string, today: string): number {
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function checkBirthDate(out: FieldCollector, field: string, value: string, today: string) {
  if (value > today) out.add(field, 'future_date', 'The date of birth is in the future.');
  else if (ageInYears(value, today) > MAX_AGE_YEARS)
    out.add(field, 'out_of_range', `The date of birth is more than ${MAX_AGE_YEARS} years ago.`);
  return value;
}

/** A BCP 47 tag naming a language ICU knows ('en', 'zh-Hans', 'es', 'yue'), canonicalised. */
export function checkLanguage(out: FieldCollector, field: string, value: string): string {
  const tag = value.trim();
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    canonical = undefined;
  }
  if (!canonical || LANGUAGE_NAMES.of(canonical) === undefined) {
    out.add(field, 'language', 'Choose a language from the list (a BCP 47 tag such as en or es).');
    return tag;
  }
  return canonical;
}
