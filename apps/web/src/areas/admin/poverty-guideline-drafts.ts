// The poverty guideline rows as an administrator edits them: figures in dollars as typed, and
// which rows differ from the built-in table (DOMAIN.md §5.3) and so are sent as overrides.
import {
  POVERTY_GUIDELINES,
  type PovertyGuidelineRow,
  type PovertyRegion,
} from '@infusio/domain/financial';
import type {
  PovertyGuidelinesResponse,
  PutPovertyGuidelinesRequest,
} from '@server/modules/financial/assistance.contracts.ts';

export type Typed = number | string;
export type Mark = PovertyGuidelineRow['mark'];
export const MARKS: readonly Mark[] = ['verified', 'secondary', 'unverified'];
type SentRow = PutPovertyGuidelinesRequest['overrides'][number];

export interface RowDraft {
  key: number;
  /** Added on this page: year and region can still be chosen. */
  isAdded: boolean;
  year: Typed;
  region: PovertyRegion;
  /** Dollars as typed. */
  base: Typed;
  increment: Typed;
  effectiveDate: string;
  source: string;
  mark: Mark;
  note: string;
}

let nextKey = 0;
export const newKey = () => (nextKey += 1);

export function draftOf(response: PovertyGuidelinesResponse): RowDraft[] {
  return response.rows.map((row) => ({
    key: newKey(),
    isAdded: false,
    year: row.year,
    region: row.region,
    base: row.baseCents / 100,
    increment: row.incrementCents / 100,
    effectiveDate: row.effectiveDate,
    source: row.source,
    mark: row.mark,
    note: row.note ?? '',
  }));
}

export function builtInRow(row: RowDraft): PovertyGuidelineRow | undefined {
  return POVERTY_GUIDELINES.find((r) => r.year === Number(row.year) && r.region === row.region);
}

export const centsOf = (dollars: Typed) =>
  dollars === '' || !Number.isFinite(Number(dollars)) ? null : Math.round(Number(dollars) * 100);

/** The row as sent; an empty figure goes as null and the server names the field. */
export function sentRow(row: RowDraft): Omit<SentRow, 'year' | 'baseCents' | 'incrementCents'> & {
  year: number | null;
  baseCents: number | null;
  incrementCents: number | null;
} {
  return {
    year: row.year === '' ? null : Number(row.year),
    region: row.region,
    baseCents: centsOf(row.base),
    incrementCents: centsOf(row.increment),
    source: row.source,
    effectiveDate: row.effectiveDate,
    mark: row.mark,
    ...(row.note.trim() === '' ? {} : { note: row.note }),
  };
}

/** Differs from the built-in row of its year and region (or has none): an override to send. */
export function isOverride(row: RowDraft): boolean {
  const builtIn = builtInRow(row);
  if (!builtIn) return true;
  const sent = sentRow(row);
  return (
    sent.baseCents !== builtIn.baseCents ||
    sent.incrementCents !== builtIn.incrementCents ||
    sent.effectiveDate !== builtIn.effectiveDate ||
    sent.source !== builtIn.source ||
    sent.mark !== builtIn.mark ||
    (sent.note ?? '') !== (builtIn.note ?? '')
  );
}

export function restoredFrom(row: RowDraft, builtIn: PovertyGuidelineRow): RowDraft {
  return {
    ...row,
    base: builtIn.baseCents / 100,
    increment: builtIn.incrementCents / 100,
    effectiveDate: builtIn.effectiveDate,
    source: builtIn.source,
    mark: builtIn.mark,
    note: builtIn.note ?? '',
  };
}
