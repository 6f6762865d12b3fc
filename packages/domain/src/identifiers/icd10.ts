/**
 * ICD-10-CM code format (CDC/NCHS ICD-10-CM tabular list conventions): a letter (U is the
 * emergency-use chapter, e.g. U07.1 COVID-19), two more characters forming the category, then an
 * optional dot and up to four characters (subcategory, extensions, 7th character with X
 * placeholders). This checks the shape only; whether the code exists is a code-list lookup.
 */
const ICD10_CM = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;

/** Normalises "j189" or "J18.9 " to "J18.9"; codes typed without a dot get one after 3 chars. */
export function normalizeIcd10Cm(value: string): string {
  const compact = value.trim().toUpperCase();
  if (compact.includes('.') || compact.length <= 3) return compact;
  return `${compact.slice(0, 3)}.${compact.slice(3)}`;
}

export function isValidIcd10CmFormat(value: string): boolean {
  return ICD10_CM.test(normalizeIcd10Cm(value));
}
