import { describe, expect, it } from 'vitest';
import {
  DRUG_CATALOG,
  findDrugByName,
  inferTherapyType,
  resolveDrugForRoute,
} from './drug-catalog.ts';

describe('findDrugByName', () => {
  it.each([
    ['Vancomycin HCl 1 g', 'vancomycin'],
    ['vancomycin 1.25 g in 0.9% sodium chloride 250 mL', 'vancomycin'],
    ['CEFTRIAXONE SODIUM 2 GM IVPB', 'ceftriaxone'],
    ['Rocephin', 'ceftriaxone'],
    ['cefazolin 2g q8h', 'cefazolin'],
    ['Invanz 1 g', 'ertapenem'],
    ['Cubicin RF 500 mg vial', 'daptomycin'],
    ['Zosyn 4.5 g', 'piperacillin-tazobactam'],
    ['piperacillin/tazobactam', 'piperacillin-tazobactam'],
    ['Acyclovir sodium', 'acyclovir'],
    ['AmBisome 50 mg', 'amphotericin-b-liposome'],
    ['liposomal amphotericin B', 'amphotericin-b-liposome'],
    ['Amphotericin B', 'amphotericin-b'],
    ['Gamunex-C 10%', 'ivig-gamunex-c'],
    ['Privigen', 'ivig-privigen'],
    ['immune globulin intravenous (human) 10%', 'ivig'],
    ['Hizentra 20%', 'scig-hizentra'],
    ['HyQvia', 'scig-hyqvia'],
    ['5-FU 2400 mg/m2 over 46 h', 'fluorouracil'],
    ['Doxorubicin (non-liposomal)', 'doxorubicin'],
    ['Doxil', 'doxorubicin-liposomal'],
    ['doxorubicin liposomal 40 mg', 'doxorubicin-liposomal'],
    ['Morphine sulfate PF', 'morphine'],
    ['Dilaudid', 'hydromorphone'],
    ['Milrinone lactate 0.375 mcg/kg/min', 'milrinone'],
    ['Remodulin', 'treprostinil'],
    ['Flolan', 'epoprostenol'],
    ['Desferal', 'deferoxamine'],
    ['TPN', 'parenteral-nutrition'],
    ['Normal saline 1000 mL', 'sodium-chloride-0-9'],
    ['Remicade', 'infliximab'],
    ['Entyvio 300 mg', 'vedolizumab'],
    ['Ocrevus', 'ocrelizumab'],
    ['Tysabri', 'natalizumab'],
    ['Actemra', 'tocilizumab'],
    ['Advate 2000 IU', 'factor-viii-recombinant'],
    ['Factor VIII', 'factor-viii-recombinant'],
  ])('finds %s as %s', (name, id) => {
    expect(findDrugByName(name)?.id).toBe(id);
  });

  it('returns undefined for a name it does not know', () => {
    expect(findDrugByName('unobtainium 5 mg')).toBeUndefined();
    expect(findDrugByName('')).toBeUndefined();
  });

  it('does not mistake a short abbreviation inside a longer name for a drug', () => {
    expect(findDrugByName('Morphine in NS')?.id).toBe('morphine');
    expect(findDrugByName('pn education visit kit')).toBeUndefined();
  });

  it('finds every generic and brand name in the catalog as its own row', () => {
    for (const entry of DRUG_CATALOG) {
      for (const name of [entry.genericName, ...entry.brandNames]) {
        const found = findDrugByName(name);
        // Brands shared by two rows (Gammagard) resolve to one of them with the same therapy.
        expect(found?.therapy, name).toBe(entry.therapy);
      }
    }
  });
});

describe('inferTherapyType', () => {
  it.each([
    ['vancomycin', 'anti-infective'],
    ['Gammagard Liquid', 'ivig'],
    ['Cuvitru', 'scig'],
    ['fluorouracil', 'chemotherapy'],
    ['TPN', 'parenteral-nutrition'],
    ['lactated ringers', 'hydration'],
    ['dobutamine', 'inotrope'],
    ['hydromorphone', 'pain-management'],
    ['treprostinil', 'pulmonary-hypertension'],
    ['Entyvio', 'biologic'],
  ] as const)('classifies catalog drug %s as %s', (name, therapy) => {
    expect(inferTherapyType(name)).toBe(therapy);
  });

  it.each([
    ['cefuroxime 1.5 g', 'anti-infective'],
    ['oritavancin', 'anti-infective'],
    ['carboplatin', 'chemotherapy'],
    ['mitomycin', 'chemotherapy'],
    ['rituximab', 'biologic'],
  ] as const)('falls back on name stems for %s', (name, therapy) => {
    expect(inferTherapyType(name)).toBe(therapy);
  });

  it("answers 'other' for a drug it cannot classify", () => {
    expect(inferTherapyType('pantoprazole')).toBe('other');
  });
});

describe('catalog rows', () => {
  it('gives every LCD pump drug a HIT category and every other drug none', () => {
    for (const entry of DRUG_CATALOG) {
      expect(entry.hitCategory === null, entry.id).toBe(entry.lcdIndications.length === 0);
    }
  });

  it('uses unique ids', () => {
    const ids = DRUG_CATALOG.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('turns Gamunex-C given under the skin into SCIG with modifier JB', () => {
    const gamunex = findDrugByName('Gamunex-C');
    expect(gamunex).toBeDefined();
    if (gamunex === undefined) return;
    const sc = resolveDrugForRoute(gamunex, 'SC');
    expect(sc.therapy).toBe('scig');
    expect(sc.hitCategory).toBe(2);
    expect(sc.hcpcs?.modifier).toBe('JB');
    expect(resolveDrugForRoute(gamunex, 'IV').therapy).toBe('ivig');
  });
});
