// The poverty guideline table "editable by year": the domain's rows (DOMAIN.md §5.3 with its marks)
// plus the administrators' overrides and new years, stored in settings under 'poverty-guidelines'.
// An override replaces the row of the same year and region; screening uses the merged table.
import { eq } from 'drizzle-orm';
import { POVERTY_GUIDELINES, type PovertyGuidelineRow } from '@infusio/domain/financial';
import type { DbOrTx } from '../../platform/db/types.ts';
import type { PovertyGuidelinesResponse } from './assistance.contracts.ts';
import { settings } from '../../platform/settings/settings.tables.ts';

export const POVERTY_SETTINGS_KEY = 'poverty-guidelines';

export interface GuidelineOverrides {
  rows: PovertyGuidelineRow[];
  updatedAt: Date | null;
  updatedBy: string | null;
}

const REGIONS = new Set(['contiguous', 'alaska', 'hawaii']);
const MARKS = new Set(['verified', 'secondary', 'unverified']);

function isGuidelineRow(value: unknown): value is PovertyGuidelineRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    typeof row.year === 'number' &&
    typeof row.region === 'string' &&
    REGIONS.has(row.region) &&
    typeof row.baseCents === 'number' &&
    typeof row.incrementCents === 'number' &&
    typeof row.source === 'string' &&
    typeof row.effectiveDate === 'string' &&
    typeof row.mark === 'string' &&
    MARKS.has(row.mark)
  );
}

export async function loadGuidelineOverrides(db: DbOrTx): Promise<GuidelineOverrides> {
  const [row] = await db.select().from(settings).where(eq(settings.key, POVERTY_SETTINGS_KEY));
  const stored = row?.value;
  const rows =
    typeof stored === 'object' &&
    stored !== null &&
    Array.isArray((stored as { rows?: unknown }).rows)
      ? (stored as { rows: unknown[] }).rows.filter(isGuidelineRow)
      : [];
  return { rows, updatedAt: row?.updatedAt ?? null, updatedBy: row?.updatedBy ?? null };
}

export interface MergedGuideline extends PovertyGuidelineRow {
  origin: 'table' | 'override';
}

/** The domain's rows with the overrides applied, newest year first. */
export function mergeGuidelines(overrides: readonly PovertyGuidelineRow[]): MergedGuideline[] {
  const key = (r: PovertyGuidelineRow) => `${r.year}:${r.region}`;
  const byKey = new Map<string, MergedGuideline>(
    POVERTY_GUIDELINES.map((r) => [key(r), { ...r, origin: 'table' as const }]),
  );
  for (const r of overrides) byKey.set(key(r), { ...r, origin: 'override' });
  const regionOrder = ['contiguous', 'alaska', 'hawaii'];
  return [...byKey.values()].sort(
    (a, b) => b.year - a.year || regionOrder.indexOf(a.region) - regionOrder.indexOf(b.region),
  );
}

export async function loadPovertyGuidelines(db: DbOrTx): Promise<MergedGuideline[]> {
  return mergeGuidelines((await loadGuidelineOverrides(db)).rows);
}

export async function saveGuidelineOverrides(
  db: DbOrTx,
  rows: readonly PovertyGuidelineRow[],
  userId: string,
  at: Date,
): Promise<void> {
  const value = { rows: [...rows] };
  await db
    .insert(settings)
    .values({ key: POVERTY_SETTINGS_KEY, value, updatedBy: userId, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: userId, updatedAt: at } });
}

/** The table in use and the overrides, as the configuration API returns them. */
export async function guidelinesResponse(db: DbOrTx): Promise<PovertyGuidelinesResponse> {
  const overrides = await loadGuidelineOverrides(db);
  const withNote = (r: PovertyGuidelineRow) => ({ ...r, note: r.note ?? null });
  return {
    rows: mergeGuidelines(overrides.rows).map((r) => ({ ...withNote(r), origin: r.origin })),
    overrides: overrides.rows,
    updatedAt: overrides.updatedAt?.toISOString() ?? null,
  };
}
