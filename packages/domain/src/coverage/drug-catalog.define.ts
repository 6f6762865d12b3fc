import type { ConfidenceMark } from './rule-source.ts';
import type { DrugBillingCode, DrugCatalogEntry, DrugUnit } from './drug-catalog.types.ts';

/** The date the HIT payment categories (and so these classifications) took their current form. */
export const CATALOG_BASELINE_DATE = '2021-01-01';

type DrugRow = Omit<
  DrugCatalogEntry,
  'effectiveFrom' | 'effectiveTo' | 'routes' | 'isMultiSourceGeneric' | 'brandNames' | 'synonyms'
> &
  Partial<
    Pick<
      DrugCatalogEntry,
      | 'effectiveFrom'
      | 'effectiveTo'
      | 'routes'
      | 'isMultiSourceGeneric'
      | 'brandNames'
      | 'synonyms'
    >
  >;

/** Fills the defaults shared by most rows so the tables stay readable. */
export function defineDrug(row: DrugRow): DrugCatalogEntry {
  return {
    effectiveFrom: CATALOG_BASELINE_DATE,
    effectiveTo: null,
    routes: ['IV'],
    isMultiSourceGeneric: false,
    brandNames: [],
    synonyms: [],
    ...row,
  };
}

export function billingCode(
  code: string,
  amount: number,
  unit: DrugUnit,
  mark: ConfidenceMark,
  source: string,
  modifier?: string,
): DrugBillingCode {
  return modifier === undefined
    ? { code, per: { amount, unit }, mark, source }
    : { code, per: { amount, unit }, mark, source, modifier };
}
