import type { TherapyType } from '../intake/referral-draft.ts';
import { billingCode, defineDrug } from './drug-catalog.define.ts';
import type {
  DrugCatalogEntry,
  DrugUnit,
  HitCategory,
  LcdIndication,
  PerDiemFamily,
} from './drug-catalog.types.ts';
import { SOURCES } from './sources.ts';

/**
 * Drugs LCD L33794 lists for an external infusion pump (DOMAIN.md §1.2, ✅ drug on the list) with
 * their HIT category (DOMAIN.md §1.1) and J-codes (DOMAIN.md §1.1, ⚠️ recalled there).
 */
interface LcdDrugRow {
  id: string;
  genericName?: string;
  brandNames?: string[];
  synonyms?: string[];
  therapy: TherapyType;
  perDiemFamily: PerDiemFamily;
  code: [string, number, DrugUnit];
  indications: LcdIndication[];
  hitCategory: HitCategory;
  note?: string;
}

function lcdDrug(row: LcdDrugRow): DrugCatalogEntry {
  const [code, amount, unit] = row.code;
  return defineDrug({
    id: row.id,
    genericName: row.genericName ?? row.id,
    brandNames: row.brandNames ?? [],
    synonyms: row.synonyms ?? [],
    therapy: row.therapy,
    perDiemFamily: row.perDiemFamily,
    hcpcs: billingCode(code, amount, unit, 'secondary', SOURCES.hitDrugCodes),
    lcdIndications: row.indications,
    hitCategory: row.hitCategory,
    isMultiSourceGeneric: row.brandNames === undefined,
    source: `${SOURCES.lcd}; ${SOURCES.hitDrugCodes}`,
    mark: 'verified',
    ...(row.note === undefined ? {} : { note: row.note }),
  });
}

const chemo = (
  id: string,
  code: [string, number, DrugUnit],
  synonyms: string[],
  indications: LcdIndication[] = ['V-A'],
): LcdDrugRow => ({
  id,
  synonyms,
  therapy: 'chemotherapy',
  perDiemFamily: 'chemotherapy',
  code,
  indications,
  hitCategory: 3,
  note: 'LCD V-A: continuous infusion of at least 8 hours where the regimen beats intermittent dosing.',
});

const ROWS: LcdDrugRow[] = [
  chemo(
    'fluorouracil',
    ['J9190', 500, 'mg'],
    ['5-fu', '5 fu', 'adrucil', '5-fluorouracil'],
    ['II', 'V-A'],
  ),
  chemo('floxuridine', ['J9200', 500, 'mg'], ['fudr'], ['II', 'V-A']),
  chemo('cytarabine', ['J9100', 100, 'mg'], ['ara-c', 'cytosar']),
  chemo('cladribine', ['J9065', 1, 'mg'], ['leustatin', '2-cda']),
  chemo('bleomycin', ['J9040', 15, 'units'], ['blenoxane']),
  chemo('doxorubicin', ['J9000', 10, 'mg'], ['adriamycin', 'doxorubicin non-liposomal']),
  chemo('vincristine', ['J9370', 1, 'mg'], ['oncovin']),
  chemo('vinblastine', ['J9360', 1, 'mg'], ['velban']),
  {
    id: 'morphine',
    synonyms: ['duramorph', 'infumorph', 'ms'],
    therapy: 'pain-management',
    perDiemFamily: 'pain-management',
    code: ['J2270', 10, 'mg'],
    indications: ['III'],
    hitCategory: 1,
    note: 'LCD III: intractable cancer pain. Preservative-free epidural/intrathecal morphine is J2274.',
  },
  {
    id: 'hydromorphone',
    brandNames: ['Dilaudid'],
    therapy: 'pain-management',
    perDiemFamily: 'pain-management',
    code: ['J1170', 4, 'mg'],
    indications: ['V-B'],
    hitCategory: 1,
  },
  {
    id: 'fentanyl',
    brandNames: ['Sublimaze'],
    therapy: 'pain-management',
    perDiemFamily: 'pain-management',
    code: ['J3010', 0.1, 'mg'],
    indications: ['V-B'],
    hitCategory: 1,
  },
  {
    id: 'ziconotide',
    brandNames: ['Prialt'],
    therapy: 'pain-management',
    perDiemFamily: 'pain-management',
    code: ['J2278', 1, 'mcg'],
    indications: ['V-G'],
    hitCategory: 1,
  },
  {
    id: 'dobutamine',
    therapy: 'inotrope',
    perDiemFamily: 'inotrope',
    code: ['J1250', 250, 'mg'],
    indications: ['V-D'],
    hitCategory: 1,
  },
  {
    id: 'dopamine',
    therapy: 'inotrope',
    perDiemFamily: 'inotrope',
    code: ['J1265', 40, 'mg'],
    indications: ['V-D'],
    hitCategory: 1,
  },
  {
    id: 'milrinone',
    brandNames: ['Primacor'],
    therapy: 'inotrope',
    perDiemFamily: 'inotrope',
    code: ['J2260', 5, 'mg'],
    indications: ['V-D'],
    hitCategory: 1,
  },
  {
    id: 'epoprostenol',
    brandNames: ['Flolan', 'Veletri'],
    therapy: 'pulmonary-hypertension',
    perDiemFamily: 'pulmonary-hypertension',
    code: ['J1325', 0.5, 'mg'],
    indications: ['V-E'],
    hitCategory: 1,
  },
  {
    id: 'treprostinil',
    brandNames: ['Remodulin'],
    therapy: 'pulmonary-hypertension',
    perDiemFamily: 'pulmonary-hypertension',
    code: ['J3285', 1, 'mg'],
    indications: ['V-E'],
    hitCategory: 1,
  },
  {
    id: 'deferoxamine',
    brandNames: ['Desferal'],
    synonyms: ['desferrioxamine', 'dfo'],
    therapy: 'other',
    perDiemFamily: 'chelation',
    code: ['J0895', 500, 'mg'],
    indications: ['I'],
    hitCategory: 1,
  },
  {
    id: 'gallium-nitrate',
    genericName: 'gallium nitrate',
    brandNames: ['Ganite'],
    therapy: 'other',
    perDiemFamily: 'not-otherwise-classified',
    code: ['J1457', 1, 'mg'],
    indications: ['V-F'],
    hitCategory: 1,
    note: 'LCD V-F: symptomatic cancer-related hypercalcemia, at most 5 days.',
  },
];

export const LCD_PUMP_DRUGS: readonly DrugCatalogEntry[] = ROWS.map(lcdDrug);
