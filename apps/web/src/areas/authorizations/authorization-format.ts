// Pure helpers for showing authorizations: time left to a decision deadline in words-ready parts,
// and the share of approved units used.

export interface TimeLeft {
  late: boolean;
  /** Whole days and remaining hours of the distance to the deadline (always positive). */
  days: number;
  hours: number;
}

/** Splits hours left (negative once late) into days and hours, rounding to the hour. */
export function splitHoursLeft(hoursLeft: number): TimeLeft {
  const late = hoursLeft < 0;
  const total = Math.round(Math.abs(hoursLeft));
  return { late, days: Math.floor(total / 24), hours: total % 24 };
}

/** Percent of approved units used, 0–100 for the bar (the text says when it goes beyond). */
export function usedPercent(used: number, approved: number | null): number {
  if (approved === null || approved <= 0) return 0;
  return Math.min(100, Math.round((used / approved) * 100));
}

/** At or above the reminder threshold (80%), as the server's "units low" reminder counts it. */
export function isUnitsLow(used: number, approved: number | null): boolean {
  return approved !== null && approved > 0 && used >= approved * 0.8;
}
