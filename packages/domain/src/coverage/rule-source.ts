/**
 * Every row of every rule table carries where it came from, how sure we are (DOMAIN.md's marks)
 * and when it applies. Code lists change every quarter and rules every year, so nothing here is
 * ever an `if` without a row behind it.
 */

/**
 * DOMAIN.md confidence marks: ✅ seen in a source, ⚠️ secondary source or memory, ❌ unverified
 * placeholder (keep configurable).
 */
export type ConfidenceMark = 'verified' | 'secondary' | 'unverified';

export const CONFIDENCE_SYMBOL: Readonly<Record<ConfidenceMark, string>> = {
  verified: '✅',
  secondary: '⚠️',
  unverified: '❌',
};

export interface Sourced {
  /** Where the rule comes from: a DOMAIN.md section and, where it gives one, the primary source. */
  source: string;
  mark: ConfidenceMark;
}

export interface EffectivePeriod {
  /** ISO date (YYYY-MM-DD), inclusive. */
  effectiveFrom: string;
  /** ISO date (YYYY-MM-DD), inclusive; null while still in force. */
  effectiveTo: string | null;
}

export type SourcedRow = Sourced & EffectivePeriod;

/** ISO dates compare correctly as strings. */
export function isEffectiveOn(row: EffectivePeriod, isoDate: string): boolean {
  return row.effectiveFrom <= isoDate && (row.effectiveTo === null || isoDate <= row.effectiveTo);
}

/** The weakest of several marks: a decision is only as sure as its least sure input. */
export function weakestMark(marks: readonly ConfidenceMark[]): ConfidenceMark {
  if (marks.includes('unverified')) return 'unverified';
  if (marks.includes('secondary')) return 'secondary';
  return 'verified';
}
