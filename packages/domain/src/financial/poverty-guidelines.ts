import type { ConfidenceMark } from '../coverage/index.ts';
import { assertCents } from './money.ts';

export type PovertyRegion = 'contiguous' | 'alaska' | 'hawaii';

/** One year's HHS poverty guideline for a region: base for one person plus an increment each. */
export interface PovertyGuidelineRow {
  year: number;
  region: PovertyRegion;
  baseCents: number;
  incrementCents: number;
  source: string;
  /** ISO date the guideline takes effect (programs may choose their own date). */
  effectiveDate: string;
  /** The mark of the whole row: the weaker of base and increment. */
  mark: ConfidenceMark;
  note?: string;
}

const FR_2025 = 'DOMAIN.md §5.3 (HHS poverty guidelines, Federal Register 17 Jan 2025, 2025-01377)';
const PLACEHOLDER_NOTE =
  'Base ✅; increment ❌ not verified — placeholder = base × 5,500/15,650 rounded to $10. Edit when the Federal Register table is checked.';

/**
 * Poverty guidelines by year (editable: add a row each January). 2025 contiguous ✅; Alaska and
 * Hawaii bases ✅ but their per-person increments are unverified placeholders (❌).
 */
export const POVERTY_GUIDELINES: readonly PovertyGuidelineRow[] = [
  {
    year: 2025,
    region: 'contiguous',
    baseCents: 15_650_00,
    incrementCents: 5_500_00,
    source: FR_2025,
    effectiveDate: '2025-01-15',
    mark: 'verified',
  },
  {
    year: 2025,
    region: 'alaska',
    baseCents: 19_550_00,
    incrementCents: 6_870_00,
    source: FR_2025,
    effectiveDate: '2025-01-15',
    mark: 'unverified',
    note: PLACEHOLDER_NOTE,
  },
  {
    year: 2025,
    region: 'hawaii',
    baseCents: 17_990_00,
    incrementCents: 6_320_00,
    source: FR_2025,
    effectiveDate: '2025-01-15',
    mark: 'unverified',
    note: PLACEHOLDER_NOTE,
  },
];

/** The region whose guideline applies to a USPS state code. */
export function povertyRegionOf(state: string): PovertyRegion {
  const code = state.trim().toUpperCase();
  if (code === 'AK') return 'alaska';
  if (code === 'HI') return 'hawaii';
  return 'contiguous';
}

export function findPovertyGuideline(
  year: number,
  region: PovertyRegion,
  table: readonly PovertyGuidelineRow[] = POVERTY_GUIDELINES,
): PovertyGuidelineRow {
  const row = table.find((candidate) => candidate.year === year && candidate.region === region);
  if (row === undefined) {
    throw new RangeError(`No ${year} poverty guideline for ${region}: add it to the table`);
  }
  return row;
}

function assertHouseholdSize(householdSize: number): void {
  if (!Number.isInteger(householdSize) || householdSize < 1 || householdSize > 50) {
    throw new RangeError(
      `Household size must be a whole number from 1 to 50 (got ${householdSize})`,
    );
  }
}

/** 100% of the guideline for a household, in cents. */
export function povertyGuidelineCents(
  householdSize: number,
  region: PovertyRegion,
  year: number,
  table: readonly PovertyGuidelineRow[] = POVERTY_GUIDELINES,
): number {
  assertHouseholdSize(householdSize);
  const row = findPovertyGuideline(year, region, table);
  return row.baseCents + (householdSize - 1) * row.incrementCents;
}

/** Income as a percentage of the poverty guideline, to one decimal (187.3 = 187.3% FPL). */
export function percentOfPovertyLevel(
  annualIncomeCents: number,
  householdSize: number,
  region: PovertyRegion,
  year: number,
  table: readonly PovertyGuidelineRow[] = POVERTY_GUIDELINES,
): number {
  assertCents(annualIncomeCents, 'annual income');
  const guideline = povertyGuidelineCents(householdSize, region, year, table);
  return Math.round((annualIncomeCents * 1000) / guideline) / 10;
}

/** Exact test "income ≤ percent% of the guideline" in integers (no rounding at the boundary). */
export function isAtOrBelowPercentOfPoverty(
  annualIncomeCents: number,
  guidelineCents: number,
  percent: number,
): boolean {
  return annualIncomeCents * 100 <= percent * guidelineCents;
}
