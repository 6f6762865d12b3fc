// Target lines on the dashboard are the organisation's own choice: DOMAIN.md §4.2 found no
// authoritative benchmark for referral-to-start-of-care or conversion (❌), so Infusio ships
// without targets and shows whatever the organisation sets, labelled "local target". Set them in
// the settings table under INTAKE_TARGETS_SETTING, e.g.
//   {"referralToSocHours": 72, "conversionPercent": 80}
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import { settings } from '../../platform/settings/settings.tables.ts';
import type { LocalTargets } from './analytics.contracts.ts';

export const INTAKE_TARGETS_SETTING = 'dashboard.intake.targets';

export const NO_LOCAL_TARGETS: LocalTargets = { referralToSocHours: null, conversionPercent: null };

function numberIn(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > min && value <= max
    ? value
    : null;
}

/** Reads the stored setting; anything malformed is ignored (no line rather than a wrong line). */
export function parseLocalTargets(value: unknown): LocalTargets {
  if (typeof value !== 'object' || value === null) return NO_LOCAL_TARGETS;
  const record = value as Record<string, unknown>;
  return {
    referralToSocHours: numberIn(record.referralToSocHours, 0, 24 * 365),
    conversionPercent: numberIn(record.conversionPercent, 0, 100),
  };
}

export async function readLocalTargets(db: DbOrTx): Promise<LocalTargets> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, INTAKE_TARGETS_SETTING));
  return row ? parseLocalTargets(row.value) : NO_LOCAL_TARGETS;
}
