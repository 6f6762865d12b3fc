import { billingCode, defineDrug } from './drug-catalog.define.ts';
import type { DrugCatalogEntry } from './drug-catalog.types.ts';
import { SOURCES } from './sources.ts';

const PART_D_EXAMPLE = `${SOURCES.partD}; ${SOURCES.therapyCodeMap}`;

/** Generic IV anti-infective not on LCD L33794: Part D drug under Medicare FFS (DOMAIN.md §1.3). */
function partDAntiInfective(
  id: string,
  brandNames: string[],
  code: ReturnType<typeof billingCode> | null,
  synonyms: string[] = [],
): DrugCatalogEntry {
  return defineDrug({
    id,
    genericName: id.replace(/-/g, ' '),
    brandNames,
    synonyms,
    therapy: 'anti-infective',
    perDiemFamily: 'anti-infective',
    hcpcs: code,
    lcdIndications: [],
    hitCategory: null,
    isMultiSourceGeneric: true,
    source: PART_D_EXAMPLE,
    mark: 'secondary',
  });
}

const recalled = (code: string, amount: number, unit: 'mg' | 'g' | 'units') =>
  billingCode(code, amount, unit, 'unverified', SOURCES.notInDomain);

/** Antivirals/antifungals on the LCD list (indication V-C), HIT category 1 when given by pump. */
function lcdAntiInfective(
  id: string,
  genericName: string,
  brandNames: string[],
  code: ReturnType<typeof billingCode>,
  synonyms: string[] = [],
): DrugCatalogEntry {
  return defineDrug({
    id,
    genericName,
    brandNames,
    synonyms,
    therapy: 'anti-infective',
    perDiemFamily: 'anti-infective',
    hcpcs: code,
    lcdIndications: ['V-C'],
    hitCategory: 1,
    isMultiSourceGeneric: true,
    source: `${SOURCES.lcd}; ${SOURCES.hitDrugCodes}`,
    mark: 'verified',
  });
}

const hitCode = (code: string, amount: number, unit: 'mg') =>
  billingCode(code, amount, unit, 'secondary', SOURCES.hitDrugCodes);

export const ANTI_INFECTIVE_DRUGS: readonly DrugCatalogEntry[] = [
  partDAntiInfective(
    'ceftriaxone',
    ['Rocephin'],
    billingCode('J0696', 250, 'mg', 'secondary', SOURCES.therapyCodeMap),
  ),
  partDAntiInfective('cefazolin', ['Ancef', 'Kefzol'], recalled('J0690', 500, 'mg')),
  partDAntiInfective(
    'vancomycin',
    ['Vancocin'],
    billingCode('J3370', 500, 'mg', 'secondary', SOURCES.therapyCodeMap),
    ['vanco'],
  ),
  partDAntiInfective('ertapenem', ['Invanz'], recalled('J1335', 500, 'mg')),
  partDAntiInfective('daptomycin', ['Cubicin', 'Cubicin RF'], recalled('J0878', 1, 'mg'), [
    'dapto',
  ]),
  partDAntiInfective('cefepime', ['Maxipime'], recalled('J0692', 500, 'mg')),
  partDAntiInfective('ceftazidime', ['Fortaz', 'Tazicef'], recalled('J0713', 500, 'mg')),
  partDAntiInfective('meropenem', ['Merrem'], recalled('J2185', 100, 'mg')),
  partDAntiInfective('piperacillin-tazobactam', ['Zosyn'], recalled('J2543', 1.125, 'g'), [
    'pip-tazo',
    'piperacillin and tazobactam',
  ]),
  partDAntiInfective('ampicillin', [], recalled('J0290', 500, 'mg')),
  partDAntiInfective('ampicillin-sulbactam', ['Unasyn'], recalled('J0295', 1.5, 'g')),
  partDAntiInfective('oxacillin', [], recalled('J2700', 250, 'mg')),
  partDAntiInfective('nafcillin', [], null),
  partDAntiInfective('penicillin-g-potassium', ['Pfizerpen'], recalled('J2540', 600000, 'units'), [
    'penicillin g',
    'penicillin',
  ]),
  partDAntiInfective('gentamicin', [], recalled('J1580', 80, 'mg')),
  partDAntiInfective('tobramycin', [], recalled('J3260', 80, 'mg')),
  partDAntiInfective('levofloxacin', ['Levaquin'], recalled('J1956', 250, 'mg')),
  partDAntiInfective('linezolid', ['Zyvox'], recalled('J2020', 200, 'mg')),
  partDAntiInfective('tigecycline', ['Tygacil'], recalled('J3243', 1, 'mg')),
  partDAntiInfective('dalbavancin', ['Dalvance'], recalled('J0875', 5, 'mg')),
  partDAntiInfective('micafungin', ['Mycamine'], recalled('J2248', 1, 'mg')),
  partDAntiInfective('caspofungin', ['Cancidas'], recalled('J0637', 5, 'mg')),
  partDAntiInfective('fluconazole', ['Diflucan'], recalled('J1450', 200, 'mg')),
  lcdAntiInfective('acyclovir', 'acyclovir', ['Zovirax'], hitCode('J0133', 5, 'mg'), ['aciclovir']),
  lcdAntiInfective('foscarnet', 'foscarnet', ['Foscavir'], hitCode('J1455', 1000, 'mg')),
  lcdAntiInfective('ganciclovir', 'ganciclovir', ['Cytovene'], hitCode('J1570', 500, 'mg')),
  lcdAntiInfective(
    'amphotericin-b',
    'amphotericin B deoxycholate',
    ['Fungizone'],
    hitCode('J0285', 50, 'mg'),
    ['amphotericin b', 'amphotericin', 'ampho b', 'conventional amphotericin b'],
  ),
  lcdAntiInfective(
    'amphotericin-b-lipid-complex',
    'amphotericin B lipid complex',
    ['Abelcet'],
    hitCode('J0287', 10, 'mg'),
    ['ablc'],
  ),
  lcdAntiInfective(
    'amphotericin-b-cholesteryl-sulfate',
    'amphotericin B cholesteryl sulfate complex',
    ['Amphotec'],
    hitCode('J0288', 10, 'mg'),
  ),
  lcdAntiInfective(
    'amphotericin-b-liposome',
    'amphotericin B liposome',
    ['AmBisome'],
    hitCode('J0289', 10, 'mg'),
    ['liposomal amphotericin b', 'amphotericin b liposomal'],
  ),
];
