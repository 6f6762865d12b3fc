import type { TherapyType } from '../intake/referral-draft.ts';
import { parseDosingFrequency, type DosingFrequency } from './dosing-frequency.ts';
import type { PerDiemFamily } from './drug-catalog.types.ts';
import {
  PER_DIEM_CODES,
  PER_DIEM_MAX_INTERVAL_HOURS,
  type PerDiemCodeRow,
  type PerDiemVariant,
} from './per-diem-codes.ts';

export type PerDiemBasis = 'per-day-of-access' | 'per-dosing-day';

export interface PerDiemSelection {
  code: string;
  row: PerDiemCodeRow;
  /**
   * per-day-of-access: every day from start to stop (NHIA definition, dosing up to q72h).
   * per-dosing-day: less frequent therapies (IVIG every 4 weeks) sit outside the per diem
   * definition; we bill the family code on infusion days at a contract-specific rate.
   */
  basis: PerDiemBasis;
  /** Why this variant: 'interval-match', 'volume-band', 'generic-fallback', ... */
  reason: 'interval-match' | 'volume-band' | 'mode-match' | 'single-code' | 'generic-fallback';
}

export interface SelectPerDiemOptions {
  /** Pain management through an implanted pump (S9328). */
  implantedPump?: boolean;
}

const THERAPY_FAMILY: Readonly<Record<TherapyType, PerDiemFamily>> = {
  'anti-infective': 'anti-infective',
  ivig: 'immunotherapy',
  scig: 'immunotherapy',
  chemotherapy: 'chemotherapy',
  'parenteral-nutrition': 'parenteral-nutrition',
  hydration: 'hydration',
  inotrope: 'inotrope',
  'pain-management': 'pain-management',
  'pulmonary-hypertension': 'pulmonary-hypertension',
  biologic: 'not-otherwise-classified',
  other: 'not-otherwise-classified',
};

export function perDiemFamilyOf(therapy: TherapyType | PerDiemFamily): PerDiemFamily {
  return therapy in THERAPY_FAMILY
    ? THERAPY_FAMILY[therapy as TherapyType]
    : (therapy as PerDiemFamily);
}

function variantMatches(
  variant: PerDiemVariant,
  frequency: DosingFrequency,
  dailyVolumeL: number | undefined,
  options: SelectPerDiemOptions,
): boolean {
  switch (variant.kind) {
    case 'generic':
      return false;
    case 'interval':
      return frequency.kind === 'interval' && Math.abs(frequency.hours - variant.hours) < 1e-9;
    case 'daily-volume':
      return (
        dailyVolumeL !== undefined &&
        dailyVolumeL > variant.overLitres &&
        dailyVolumeL <= variant.upToLitres
      );
    case 'mode':
      if (variant.mode === 'implanted-pump') return options.implantedPump === true;
      if (options.implantedPump === true) return false;
      if (variant.mode === 'continuous') return frequency.kind === 'continuous';
      return frequency.kind === 'interval';
  }
}

/** Per day of access up to every 72 hours; less often, per dosing day (NHIA definition). */
export function selectPerDiemBasis(frequency: DosingFrequency): PerDiemBasis {
  return frequency.kind === 'interval' && frequency.hours > PER_DIEM_MAX_INTERVAL_HOURS
    ? 'per-dosing-day'
    : 'per-day-of-access';
}

/**
 * Picks the per diem S-code for a therapy (DOMAIN.md §1.4): anti-infective q8h → S9502, q24h →
 * S9500, TPN 1.5 L/day → S9366, IVIG → S9338. A family's specific code when the frequency,
 * volume or mode says which, else its generic code; NOC (S9379) for families without a code.
 */
export function selectPerDiemCode(
  therapy: TherapyType | PerDiemFamily,
  frequency: string | DosingFrequency,
  dailyVolumeL?: number,
  options: SelectPerDiemOptions = {},
): PerDiemSelection {
  const family = perDiemFamilyOf(therapy);
  const parsed = typeof frequency === 'string' ? parseDosingFrequency(frequency) : frequency;
  const basis = selectPerDiemBasis(parsed);
  const rows = PER_DIEM_CODES.filter((row) => row.family === family);
  const specific = rows.find((row) => variantMatches(row.variant, parsed, dailyVolumeL, options));
  if (specific !== undefined) {
    const reason =
      specific.variant.kind === 'interval'
        ? 'interval-match'
        : specific.variant.kind === 'daily-volume'
          ? 'volume-band'
          : 'mode-match';
    return { code: specific.code, row: specific, basis, reason };
  }
  const generic = rows.find((row) => row.variant.kind === 'generic');
  if (generic !== undefined) {
    const reason = rows.length === 1 ? 'single-code' : 'generic-fallback';
    return { code: generic.code, row: generic, basis, reason };
  }
  const noc = PER_DIEM_CODES.find((row) => row.code === 'S9379');
  if (noc === undefined) throw new Error('S9379 missing from PER_DIEM_CODES');
  return { code: noc.code, row: noc, basis, reason: 'generic-fallback' };
}
