// The intake settings an administrator may change: the response clock and the recent-lab window.
// Defaults come from the domain (local policy, DOMAIN.md §4.2 ❌: no authoritative benchmark).
import { eq } from 'drizzle-orm';
import {
  DEFAULT_RECENT_LAB_DAYS,
  DEFAULT_RESPONSE_CLOCK,
  DEFAULT_STAGE_TARGET_HOURS,
  type ResponseClockPolicy,
  type StageTargets,
} from '@infusio/domain/intake';
import type { DbOrTx } from '../../platform/db/types.ts';
import { settings } from '../../platform/settings/settings.tables.ts';

export interface IntakeSettings {
  responseClock: ResponseClockPolicy;
  recentLabDays: number;
  stageTargetHours: StageTargets;
}

export const DEFAULT_INTAKE_SETTINGS: IntakeSettings = {
  responseClock: DEFAULT_RESPONSE_CLOCK,
  recentLabDays: DEFAULT_RECENT_LAB_DAYS,
  stageTargetHours: DEFAULT_STAGE_TARGET_HOURS,
};

const KEY = 'intake';

export async function readIntakeSettings(db: DbOrTx): Promise<IntakeSettings> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, KEY));
  const stored = (row?.value ?? {}) as Partial<IntakeSettings>;
  return {
    responseClock: { ...DEFAULT_INTAKE_SETTINGS.responseClock, ...stored.responseClock },
    recentLabDays: stored.recentLabDays ?? DEFAULT_INTAKE_SETTINGS.recentLabDays,
    stageTargetHours: { ...DEFAULT_INTAKE_SETTINGS.stageTargetHours, ...stored.stageTargetHours },
  };
}

export async function saveIntakeSettings(
  db: DbOrTx,
  value: IntakeSettings,
  userId: string,
  at: Date,
): Promise<void> {
  await db
    .insert(settings)
    .values({ key: KEY, value, updatedBy: userId, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: userId, updatedAt: at } });
}
