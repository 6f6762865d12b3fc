import type { AdministrationRoute, TherapyType } from '../intake/referral-draft.ts';
import type { Sourced, SourcedRow } from './rule-source.ts';

/** LCD L33794 covered indications (DOMAIN.md §1.2); IV (insulin) is not home-infusion business. */
export type LcdIndication =
  'I' | 'II' | 'III' | 'IV' | 'V-A' | 'V-B' | 'V-C' | 'V-D' | 'V-E' | 'V-F' | 'V-G' | 'V-H';

/** Medicare HIT payment category (DOMAIN.md §1.1). */
export type HitCategory = 1 | 2 | 3;

export type DrugUnit = 'mg' | 'mcg' | 'g' | 'IU' | 'units' | 'mL';

/**
 * Finer than TherapyType: the per diem S-code families of DOMAIN.md §1.4 split "other" and
 * "biologic" into chelation, anti-hemophilic factor, anti-TNF and so on.
 */
export type PerDiemFamily =
  | 'anti-infective'
  | 'immunotherapy'
  | 'chemotherapy'
  | 'parenteral-nutrition'
  | 'hydration'
  | 'inotrope'
  | 'pain-management'
  | 'pulmonary-hypertension'
  | 'anti-tnf'
  | 'anti-hemophilic'
  | 'alpha-1-proteinase-inhibitor'
  | 'chelation'
  | 'enzyme-replacement'
  | 'corticosteroid'
  | 'diuretic'
  | 'anti-emetic'
  | 'anticoagulant'
  | 'not-otherwise-classified';

/** A HCPCS Level II drug code and its billing unit ("per 500 mg"). */
export interface DrugBillingCode extends Sourced {
  code: string;
  per: { amount: number; unit: DrugUnit };
  /** Required modifier, e.g. JB for subcutaneous immune globulin. */
  modifier?: string;
}

/** How an immune globulin brand changes when it is given under the skin (DOMAIN.md §1.1, §1.2). */
export interface SubcutaneousUse {
  therapy: 'scig';
  lcdIndications: readonly LcdIndication[];
  hitCategory: HitCategory;
  modifier: 'JB';
}

export interface DrugCatalogEntry extends SourcedRow {
  /** Stable id, kebab-case ('vancomycin', 'ivig-privigen'). */
  id: string;
  genericName: string;
  brandNames: readonly string[];
  /** Other names people write: abbreviations, older names, classes ("TPN", "5-FU"). */
  synonyms: readonly string[];
  therapy: TherapyType;
  perDiemFamily: PerDiemFamily;
  hcpcs: DrugBillingCode | null;
  /** Indications of LCD L33794 the drug is listed under; empty when not on the LCD list. */
  lcdIndications: readonly LcdIndication[];
  /** HIT payment category when the drug is on the LCD list and given by a DME pump. */
  hitCategory: HitCategory | null;
  /** Multi-source generics rarely have manufacturer copay programs. */
  isMultiSourceGeneric: boolean;
  /** Present for immune globulins that are also given subcutaneously. */
  subcutaneousUse?: SubcutaneousUse;
  /** Routes under which this entry's classification holds; others go through resolveDrugForRoute. */
  routes: readonly AdministrationRoute[];
  note?: string;
}
