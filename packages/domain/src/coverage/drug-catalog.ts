import type { AdministrationRoute, TherapyType } from '../intake/referral-draft.ts';
import { ANTI_INFECTIVE_DRUGS } from './drug-catalog.anti-infectives.ts';
import { IMMUNE_GLOBULIN_DRUGS } from './drug-catalog.immune-globulins.ts';
import { LCD_PUMP_DRUGS } from './drug-catalog.lcd-pump-drugs.ts';
import { OTHER_DRUGS } from './drug-catalog.other-drugs.ts';
import type { DrugCatalogEntry } from './drug-catalog.types.ts';
import { findTokenRun, normalizeDrugName, tokenizeDrugName } from './drug-name.ts';
import { THERAPY_NAME_STEMS } from './therapy-stems.ts';

export type * from './drug-catalog.types.ts';

/** The home-infusion drug catalog (DOMAIN.md §1.1, §1.2, §1.4), one row per drug or brand. */
export const DRUG_CATALOG: readonly DrugCatalogEntry[] = [
  ...ANTI_INFECTIVE_DRUGS,
  ...IMMUNE_GLOBULIN_DRUGS,
  ...LCD_PUMP_DRUGS,
  ...OTHER_DRUGS,
];

/** Abbreviations this short only match when they are the whole name ("NS", "TPN", "MS"). */
const MIN_PARTIAL_MATCH_LENGTH = 4;

interface NameKey {
  tokens: readonly string[];
  entry: DrugCatalogEntry;
}

function namesOf(entry: DrugCatalogEntry): string[] {
  return [entry.id, entry.genericName, ...entry.brandNames, ...entry.synonyms];
}

function buildNameIndex(catalog: readonly DrugCatalogEntry[]) {
  const exact = new Map<string, DrugCatalogEntry>();
  const partial: NameKey[] = [];
  for (const entry of catalog) {
    for (const name of namesOf(entry)) {
      const tokens = tokenizeDrugName(name);
      const key = tokens.join(' ');
      if (key.length === 0) continue;
      if (!exact.has(key)) exact.set(key, entry);
      if (key.length >= MIN_PARTIAL_MATCH_LENGTH) partial.push({ tokens, entry });
    }
  }
  return { exact, partial };
}

const DEFAULT_INDEX = buildNameIndex(DRUG_CATALOG);

/**
 * Finds a catalog drug by generic name, brand or synonym, case-insensitively, ignoring strengths,
 * salts, forms and diluents ("Vancomycin HCl 1 g in NS" → vancomycin). When only part of the name
 * is known, the longest known name inside it wins, then the one written first.
 */
export function findDrugByName(
  name: string,
  catalog: readonly DrugCatalogEntry[] = DRUG_CATALOG,
): DrugCatalogEntry | undefined {
  const index = catalog === DRUG_CATALOG ? DEFAULT_INDEX : buildNameIndex(catalog);
  const tokens = tokenizeDrugName(name);
  const exact = index.exact.get(tokens.join(' '));
  if (exact !== undefined) return exact;
  let best: { entry: DrugCatalogEntry; length: number; position: number } | undefined;
  for (const key of index.partial) {
    const position = findTokenRun(tokens, key.tokens);
    if (position < 0) continue;
    const length = key.tokens.length;
    if (
      best === undefined ||
      length > best.length ||
      (length === best.length && position < best.position)
    ) {
      best = { entry: key.entry, length, position };
    }
  }
  return best?.entry;
}

export function findDrugById(
  id: string,
  catalog: readonly DrugCatalogEntry[] = DRUG_CATALOG,
): DrugCatalogEntry | undefined {
  return catalog.find((entry) => entry.id === id);
}

/**
 * The therapy family of a drug name: the catalog first, then name stems ("-cillin", "-mab"),
 * 'other' when neither knows it.
 */
export function inferTherapyType(drugName: string): TherapyType {
  const entry = findDrugByName(drugName);
  if (entry !== undefined) return entry.therapy;
  const normalized = normalizeDrugName(drugName);
  const stem = THERAPY_NAME_STEMS.find((row) => row.pattern.test(normalized));
  return stem?.therapy ?? 'other';
}

/**
 * Immune globulins given under the skin become SCIG: LCD V-H, HIT category 2, modifier JB
 * (DOMAIN.md §1.1). Every other drug keeps its catalog classification.
 */
export function resolveDrugForRoute(
  entry: DrugCatalogEntry,
  route: AdministrationRoute | undefined,
): DrugCatalogEntry {
  const sc = entry.subcutaneousUse;
  if (route !== 'SC' || sc === undefined) return entry;
  return {
    ...entry,
    therapy: sc.therapy,
    lcdIndications: sc.lcdIndications,
    hitCategory: sc.hitCategory,
    hcpcs: entry.hcpcs === null ? null : { ...entry.hcpcs, modifier: sc.modifier },
    routes: ['SC'],
  };
}
