import type { HitCategory } from './drug-catalog.types.ts';
import { isEffectiveOn, type SourcedRow } from './rule-source.ts';
import { SOURCES } from './sources.ts';

/** One HCPCS/CPT code row: what it means, what one unit is, and how sure we are. */
export interface CodeRow extends SourcedRow {
  code: string;
  description: string;
  /** What one billed unit is ('per visit day', 'per week', 'per month (rental)'). */
  unit: string;
}

export interface HitGCodeRow extends CodeRow {
  category: HitCategory;
  visit: 'initial' | 'subsequent';
}

const HIT_START = '2021-01-01';

function hit(category: HitCategory, visit: 'initial' | 'subsequent', code: string, covers: string) {
  const row: HitGCodeRow = {
    category,
    visit,
    code,
    description: `Home infusion therapy professional services, category ${category} (${covers}), ${visit} visit`,
    unit: 'per infusion drug administration calendar day with a home visit',
    source: SOURCES.hitBenefit,
    // DOMAIN.md: subsequent-visit descriptors ✅ (Noridian FAQ); initial-visit codes ⚠️.
    mark: visit === 'subsequent' ? 'verified' : 'secondary',
    effectiveFrom: HIT_START,
    effectiveTo: null,
  };
  return row;
}

/** HIT G-codes (DOMAIN.md §1.1). One unit per payment category per visit day (unit rule ❌). */
export const HIT_G_CODES: readonly HitGCodeRow[] = [
  hit(1, 'subsequent', 'G0068', 'IV anti-infectives, pain, chelation, PAH, inotropes'),
  hit(2, 'subsequent', 'G0069', 'subcutaneous immunotherapy'),
  hit(3, 'subsequent', 'G0070', 'chemotherapy'),
  hit(1, 'initial', 'G0088', 'IV anti-infectives, pain, chelation, PAH, inotropes'),
  hit(2, 'initial', 'G0089', 'subcutaneous immunotherapy'),
  hit(3, 'initial', 'G0090', 'chemotherapy'),
];

/** A first visit may be billed again only after discharge and more than 60 days without a G-code. */
export const HIT_INITIAL_VISIT_GAP_DAYS = 60;

export function findHitGCode(
  category: HitCategory,
  visit: 'initial' | 'subsequent',
): HitGCodeRow | undefined {
  return HIT_G_CODES.find((row) => row.category === category && row.visit === visit);
}

function codeRow(
  code: string,
  description: string,
  unit: string,
  mark: CodeRow['mark'],
  source: string,
  effectiveFrom = '2000-01-01',
): CodeRow {
  return { code, description, unit, mark, source, effectiveFrom, effectiveTo: null };
}

/** External infusion pumps (DOMAIN.md §1.2). */
export const PUMP_CODES: readonly CodeRow[] = [
  codeRow(
    'E0779',
    'Ambulatory infusion pump, mechanical, reusable, infusion 8 hours or more',
    'per month (rental)',
    'secondary',
    SOURCES.pumpCodes,
  ),
  codeRow(
    'E0780',
    'Ambulatory infusion pump, mechanical, reusable, infusion less than 8 hours',
    'per month (rental)',
    'secondary',
    SOURCES.pumpCodes,
  ),
  codeRow(
    'E0781',
    'Ambulatory infusion pump, single or multiple channels, electric or battery operated, worn by patient',
    'per month (rental)',
    'verified',
    SOURCES.pumpCodes,
  ),
  codeRow(
    'E0791',
    'Parenteral infusion pump, stationary, single or multi-channel',
    'per month (rental)',
    'verified',
    SOURCES.pumpCodes,
  ),
  codeRow(
    'K0455',
    'Infusion pump for uninterrupted parenteral administration (epoprostenol, treprostinil); one pump only, backup denied',
    'per month (rental)',
    'verified',
    SOURCES.pumpCodes,
  ),
  codeRow(
    'E0784',
    'External ambulatory insulin pump',
    'per month (rental)',
    'verified',
    SOURCES.pumpCodes,
  ),
  codeRow('E0776', 'IV pole', 'per month (rental)', 'secondary', SOURCES.pumpCodes),
];

/** Infusion supplies (DOMAIN.md §1.2). */
export const SUPPLY_CODES: readonly CodeRow[] = [
  codeRow(
    'A4221',
    'Supplies for maintenance of non-insulin drug infusion catheter (dressings, flushes)',
    'per week',
    'verified',
    SOURCES.pumpCodes,
  ),
  codeRow(
    'A4222',
    'Infusion supplies for external drug infusion pump',
    'per cassette or bag',
    'verified',
    SOURCES.pumpCodes,
  ),
  codeRow(
    'K0552',
    'Supplies for external non-insulin drug infusion pump, syringe-type cartridge; not separately payable with a pre-packaged cartridge',
    'each',
    'verified',
    SOURCES.pumpCodes,
  ),
  codeRow(
    'A4223',
    'Infusion supplies not used with an external infusion pump (not for Medicare)',
    'per cassette or bag',
    'verified',
    SOURCES.pumpCodes,
  ),
];

/** Part B IVIG in the home: items and services bundled per visit, permanent from 1 Jan 2024. */
export const IVIG_SERVICE_CODES: readonly CodeRow[] = [
  codeRow(
    'Q2052',
    'Services, supplies and accessories for IVIG in the home (primary immune deficiency)',
    'per visit',
    'verified',
    SOURCES.ivig,
    '2024-01-01',
  ),
];

/** Parenteral nutrition under the prosthetic-device benefit (LCD L38953), DOMAIN.md §1.2. */
export const PN_CODES: readonly CodeRow[] = [
  codeRow('B4185', 'Parenteral nutrition solution, lipids', 'per 10 grams', 'verified', SOURCES.pn),
  // DOMAIN.md ✅ for the B4189–B4199 family "by grams of protein"; the bands below are recalled ❌.
  codeRow(
    'B4189',
    'Compounded PN solution (amino acids, carbohydrates, electrolytes, trace elements, vitamins), 10 to 51 g protein',
    'per day',
    'unverified',
    SOURCES.pn,
  ),
  codeRow(
    'B4193',
    'Compounded PN solution, 52 to 73 g protein',
    'per day',
    'unverified',
    SOURCES.pn,
  ),
  codeRow(
    'B4197',
    'Compounded PN solution, 74 to 100 g protein',
    'per day',
    'unverified',
    SOURCES.pn,
  ),
  codeRow(
    'B4199',
    'Compounded PN solution, over 100 g protein',
    'per day',
    'unverified',
    SOURCES.pn,
  ),
  codeRow(
    'B4216',
    'Parenteral nutrition additives (vitamins, trace elements, heparin, electrolytes)',
    'per day',
    'secondary',
    SOURCES.pn,
  ),
  codeRow('B4224', 'Parenteral nutrition administration kit', 'per day', 'secondary', SOURCES.pn),
  codeRow(
    'B9004',
    'Parenteral nutrition infusion pump, portable',
    'per month (rental)',
    'secondary',
    SOURCES.pn,
  ),
  codeRow(
    'B9006',
    'Parenteral nutrition infusion pump, stationary',
    'per month (rental)',
    'secondary',
    SOURCES.pn,
  ),
];

/** Compounded PN code by daily protein grams (bands ❌ recalled; see PN_CODES). */
export const PN_PROTEIN_BANDS: readonly { code: string; maxProteinGramsPerDay: number }[] = [
  { code: 'B4189', maxProteinGramsPerDay: 51 },
  { code: 'B4193', maxProteinGramsPerDay: 73 },
  { code: 'B4197', maxProteinGramsPerDay: 100 },
  { code: 'B4199', maxProteinGramsPerDay: Number.POSITIVE_INFINITY },
];

export function selectPnSolutionCode(proteinGramsPerDay: number): string {
  const band = PN_PROTEIN_BANDS.find((row) => proteinGramsPerDay <= row.maxProteinGramsPerDay);
  return band?.code ?? 'B4199';
}

/** Home infusion nursing, CPT (DOMAIN.md §1.4, §4.3). */
export const NURSING_CODES: readonly CodeRow[] = [
  codeRow(
    '99601',
    'Home infusion/specialty drug administration, per visit (up to 2 hours)',
    'per visit',
    'verified',
    SOURCES.perDiem,
  ),
  codeRow(
    '99602',
    'Home infusion/specialty drug administration, each additional hour (add-on to 99601)',
    'per additional hour',
    'verified',
    SOURCES.perDiem,
  ),
];

/** Hours a 99601 visit covers before 99602 add-on hours start. */
export const NURSING_BASE_VISIT_HOURS = 2;

export const MEDICARE_CODE_TABLES = {
  hit: HIT_G_CODES,
  pumps: PUMP_CODES,
  supplies: SUPPLY_CODES,
  ivig: IVIG_SERVICE_CODES,
  pn: PN_CODES,
  nursing: NURSING_CODES,
} as const;

/** Looks a code up in every table above, honouring effective dates. */
export function findCodeRow(code: string, onDate?: string): CodeRow | undefined {
  const all: readonly CodeRow[] = [
    ...HIT_G_CODES,
    ...PUMP_CODES,
    ...SUPPLY_CODES,
    ...IVIG_SERVICE_CODES,
    ...PN_CODES,
    ...NURSING_CODES,
  ];
  return all.find(
    (row) => row.code === code && (onDate === undefined || isEffectiveOn(row, onDate)),
  );
}
