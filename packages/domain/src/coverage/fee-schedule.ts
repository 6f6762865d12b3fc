import type { Benefit } from './benefit-routing.types.ts';

/** Price of one billed unit of a code, in integer cents. */
export interface FeeScheduleRate {
  /** Contract (or Medicare fee schedule) allowed amount per unit. */
  allowedCents: number;
  /** Our price per unit to a patient paying themselves (no insurance, or not covered). */
  selfPayCents: number;
}

export interface FeeSchedule {
  id: string;
  name: string;
  /** True for made-up demo rates: never show them as a real contract. */
  isDemo: boolean;
  effectiveFrom: string;
  /** Keyed by code ("J3370"), or by benefit and code ("part-d:J3370") for a benefit-specific rate. */
  rates: Readonly<Record<string, FeeScheduleRate>>;
}

/** The rate for a code under a benefit: the benefit-specific row first, then the code's row. */
export function findRate(
  schedule: FeeSchedule,
  code: string,
  benefit: Benefit,
): FeeScheduleRate | undefined {
  return schedule.rates[`${benefit}:${code}`] ?? schedule.rates[code];
}
