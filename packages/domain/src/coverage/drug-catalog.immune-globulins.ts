import { billingCode, defineDrug } from './drug-catalog.define.ts';
import type { DrugCatalogEntry, SubcutaneousUse } from './drug-catalog.types.ts';
import { SOURCES } from './sources.ts';

/**
 * Immune globulins. IVIG at home: Medicare Part B for primary immune deficiency with Q2052
 * (DOMAIN.md §1.2). SCIG by pump: DME (LCD V-H) + HIT category 2, J-code with modifier JB
 * (DOMAIN.md §1.1). Brand → J-code pairs for SCIG come from DOMAIN.md §1.1 (⚠️); the IVIG brand
 * codes and every billing unit are recalled (❌).
 */

const SC_USE: SubcutaneousUse = {
  therapy: 'scig',
  lcdIndications: ['V-H'],
  hitCategory: 2,
  modifier: 'JB',
};

const IG_SYNONYMS = ['immune globulin', 'immunoglobulin', 'human immune globulin'];

function ivig(
  id: string,
  brandNames: string[],
  code: string,
  options: { alsoSubcutaneous?: boolean; codeMark?: 'secondary' | 'unverified' } = {},
): DrugCatalogEntry {
  const base = defineDrug({
    id,
    genericName: 'immune globulin intravenous (human)',
    brandNames,
    therapy: 'ivig',
    perDiemFamily: 'immunotherapy',
    hcpcs: billingCode(
      code,
      500,
      'mg',
      options.codeMark ?? 'unverified',
      options.codeMark === 'secondary' ? SOURCES.hitDrugCodes : SOURCES.notInDomain,
    ),
    lcdIndications: [],
    hitCategory: null,
    source: `${SOURCES.ivig}; ${SOURCES.therapyCodeMap}`,
    mark: 'verified',
  });
  return options.alsoSubcutaneous === true
    ? { ...base, routes: ['IV', 'SC'], subcutaneousUse: SC_USE }
    : base;
}

function scig(id: string, brandNames: string[], code: string): DrugCatalogEntry {
  return defineDrug({
    id,
    genericName: 'immune globulin subcutaneous (human)',
    brandNames,
    therapy: 'scig',
    perDiemFamily: 'immunotherapy',
    hcpcs: billingCode(code, 100, 'mg', 'secondary', SOURCES.hitDrugCodes, 'JB'),
    lcdIndications: ['V-H'],
    hitCategory: 2,
    routes: ['SC'],
    source: `${SOURCES.lcd}; ${SOURCES.hitDrugCodes}`,
    mark: 'secondary',
  });
}

export const IMMUNE_GLOBULIN_DRUGS: readonly DrugCatalogEntry[] = [
  {
    ...ivig('ivig', [], 'J1599'),
    synonyms: [...IG_SYNONYMS, 'ivig', 'iv ig', 'immune globulin intravenous', 'igiv'],
    note: 'Brand not stated: J1599 is the non-lyophilized NOS code; bill the brand code when known.',
  },
  ivig('ivig-privigen', ['Privigen'], 'J1459'),
  ivig('ivig-gamunex-c', ['Gamunex-C', 'Gamunex'], 'J1561', {
    alsoSubcutaneous: true,
    codeMark: 'secondary',
  }),
  ivig('ivig-gammaked', ['Gammaked'], 'J1561', { alsoSubcutaneous: true }),
  ivig('ivig-gammagard-liquid', ['Gammagard Liquid', 'Gammagard'], 'J1569', {
    alsoSubcutaneous: true,
    codeMark: 'secondary',
  }),
  ivig('ivig-gammagard-sd', ['Gammagard S/D'], 'J1566'),
  ivig('ivig-octagam', ['Octagam'], 'J1568'),
  ivig('ivig-flebogamma', ['Flebogamma', 'Flebogamma DIF'], 'J1572'),
  ivig('ivig-bivigam', ['Bivigam'], 'J1556'),
  ivig('ivig-gammaplex', ['Gammaplex'], 'J1557'),
  ivig('ivig-panzyga', ['Panzyga'], 'J1576'),
  ivig('ivig-asceniv', ['Asceniv'], 'J1554'),
  {
    ...scig('scig', [], 'J1599'),
    hcpcs: null,
    synonyms: ['scig', 'sc ig', 'subcutaneous immune globulin', 'immune globulin subcutaneous'],
    note: 'Brand not stated: SCIG codes are brand specific, so no code until the brand is known.',
  },
  scig('scig-hizentra', ['Hizentra'], 'J1559'),
  scig('scig-cuvitru', ['Cuvitru'], 'J1555'),
  scig('scig-hyqvia', ['HyQvia'], 'J1575'),
  scig('scig-xembify', ['Xembify'], 'J1558'),
  scig('scig-cutaquig', ['Cutaquig'], 'J1551'),
];
