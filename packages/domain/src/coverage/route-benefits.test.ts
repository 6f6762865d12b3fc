import { describe, expect, it } from 'vitest';
import type { RouteBenefitsInput } from './benefit-routing.types.ts';
import { ROUTING_RULES } from './benefit-routing.rules.ts';
import { routeBenefits } from './route-benefits.ts';
import { renderExplanationEn } from './routing-messages.ts';

const DATE = '2025-06-02';

function route(overrides: Partial<RouteBenefitsInput> & Pick<RouteBenefitsInput, 'drug'>) {
  return routeBenefits({
    administrationMethod: 'electronic-pump',
    diagnosisCodes: [],
    planType: 'medicare-ffs',
    date: DATE,
    ...overrides,
  });
}

const codesOf = (refs: readonly { code: string }[]) => refs.map((ref) => ref.code);

describe('Medicare FFS: LCD drug by a DME pump (DOMAIN.md §1.1, §1.2)', () => {
  it('pays acyclovir by electronic pump under DME with HIT category 1 G-codes', () => {
    const result = route({ drug: 'acyclovir 500 mg', frequency: 'q8h' });
    expect(result.ruleId).toBe('medicare-lcd-drug-by-pump');
    const { drug, pump, supplies } = result.decisions;
    const services = result.decisions['professional-services'];
    expect(drug).toMatchObject({ benefit: 'part-b-dme', destination: 'dme-mac' });
    expect(codesOf(drug.codes)).toEqual(['J0133']);
    expect(codesOf(pump.codes)).toEqual(['E0781']);
    expect(codesOf(supplies.codes)).toEqual(['A4222', 'A4221']);
    expect(services).toMatchObject({ benefit: 'part-b-hit', destination: 'ab-mac' });
    expect(codesOf(services.codes)).toEqual(['G0088', 'G0068']);
    expect(result.decisions['per-diem']).toMatchObject({ benefit: 'bundled', bundledInto: 'drug' });
  });

  it('asks for an SWO before billing and proof of delivery for the DME lines', () => {
    const result = route({ drug: 'foscarnet' });
    expect(result.decisions.drug.documentation).toEqual(
      expect.arrayContaining(['standard-written-order', 'proof-of-delivery']),
    );
    expect(result.decisions['professional-services'].documentation).toContain(
      'plan-of-care-physician-reviewed',
    );
  });

  it('explains the DME decision in words', () => {
    const text = renderExplanationEn(route({ drug: 'ganciclovir' }).decisions.drug.explanation);
    expect(text).toContain('ganciclovir is on the Medicare external infusion pump policy');
    expect(text).toContain('indication V-C');
    expect(text).toContain('J1570');
  });

  it('bills chemotherapy on the LCD list by pump under HIT category 3', () => {
    const result = route({
      drug: 'fluorouracil',
      frequency: 'continuous',
      diagnosisCodes: ['C18.7'],
    });
    expect(result.decisions.drug.benefit).toBe('part-b-dme');
    expect(codesOf(result.decisions['professional-services'].codes)).toEqual(['G0090', 'G0070']);
    expect(result.warnings).toEqual([]);
  });

  it('rents the K0455 pump for epoprostenol and treprostinil (PAH)', () => {
    for (const drug of ['epoprostenol', 'Remodulin']) {
      const result = route({ drug, diagnosisCodes: ['I27.0'] });
      expect(codesOf(result.decisions.pump.codes)).toEqual(['K0455']);
      expect(codesOf(result.decisions['professional-services'].codes)).toEqual(['G0088', 'G0068']);
    }
  });

  it('pays inotropes by pump under DME with HIT category 1', () => {
    const result = route({ drug: 'milrinone', diagnosisCodes: ['I50.22'] });
    expect(result.decisions.drug.benefit).toBe('part-b-dme');
    expect(codesOf(result.decisions.drug.codes)).toEqual(['J2260']);
    expect(codesOf(result.decisions['professional-services'].codes)).toContain('G0068');
    expect(result.warnings).toEqual([]);
  });

  it('pays deferoxamine (chelation, LCD I) and hydromorphone (cancer pain, V-B) by pump', () => {
    expect(
      route({ drug: 'deferoxamine', diagnosisCodes: ['E83.111'] }).decisions.drug.benefit,
    ).toBe('part-b-dme');
    expect(route({ drug: 'Dilaudid', diagnosisCodes: ['C34.90'] }).decisions.drug.benefit).toBe(
      'part-b-dme',
    );
  });

  it('warns when an LCD indication that needs a diagnosis has none on the order', () => {
    const result = route({ drug: 'morphine', diagnosisCodes: ['M54.5'] });
    expect(result.decisions.drug.benefit).toBe('part-b-dme');
    expect(result.warnings.map((w) => w.key)).toContain('routing.warning.lcdDiagnosisMissing');
  });

  it('does not pay services before the HIT benefit began in 2021', () => {
    const result = route({ drug: 'acyclovir', date: '2020-06-01' });
    expect(result.ruleId).toBe('medicare-lcd-drug-by-pump-before-hit');
    expect(result.decisions.drug.benefit).toBe('part-b-dme');
    expect(result.decisions['professional-services'].benefit).toBe('not-covered');
  });
});

describe('Medicare FFS: the same LCD drug without a DME pump (DOMAIN.md §1.3)', () => {
  it.each(['gravity', 'elastomeric-pump', 'iv-push'] as const)(
    'sends acyclovir by %s to Part D and leaves services not covered',
    (method) => {
      const result = route({ drug: 'acyclovir', administrationMethod: method });
      expect(result.ruleId).toBe('medicare-lcd-drug-without-dme-pump');
      expect(result.decisions.drug).toMatchObject({
        benefit: 'part-d',
        destination: 'part-d-plan',
      });
      expect(result.decisions['professional-services'].benefit).toBe('not-covered');
      expect(result.decisions['per-diem'].benefit).toBe('not-covered');
      expect(result.decisions.supplies).toMatchObject({
        benefit: 'bundled',
        bundledInto: 'per-diem',
      });
    },
  );

  it('needs no pump line for gravity, but keeps the elastomeric pump inside the self-pay per diem', () => {
    expect(
      route({ drug: 'acyclovir', administrationMethod: 'gravity' }).decisions.pump.benefit,
    ).toBe('not-needed');
    expect(
      route({ drug: 'acyclovir', administrationMethod: 'elastomeric-pump' }).decisions.pump,
    ).toMatchObject({ benefit: 'bundled', bundledInto: 'per-diem' });
  });

  it('routes as non-DME with a warning when the order does not say how the drug is given', () => {
    const result = route({ drug: 'acyclovir', administrationMethod: undefined });
    expect(result.decisions.drug.benefit).toBe('part-d');
    expect(result.warnings.map((w) => w.key)).toContain('routing.warning.methodUnknown');
  });
});

describe('Medicare FFS: Part D anti-infectives (DOMAIN.md §1.0, §1.3)', () => {
  it.each(['vancomycin', 'ceftriaxone', 'ertapenem', 'daptomycin', 'cefazolin'])(
    'pays %s under Part D and covers no services, supplies or nursing, even by electronic pump',
    (drug) => {
      const result = route({ drug, frequency: 'q24h' });
      expect(result.ruleId).toBe('medicare-part-d-drug');
      expect(result.decisions.drug.benefit).toBe('part-d');
      expect(result.decisions['per-diem'].benefit).toBe('not-covered');
      expect(result.decisions['professional-services'].benefit).toBe('not-covered');
      expect(result.decisions.pump.benefit).toBe('bundled');
    },
  );

  it('prices the uncovered services with our self-pay per diem and nursing codes', () => {
    const result = route({
      drug: 'vancomycin',
      frequency: 'q12h',
      administrationMethod: 'gravity',
    });
    expect(codesOf(result.decisions['per-diem'].codes)).toEqual(['S9501']);
    expect(codesOf(result.decisions['professional-services'].codes)).toEqual(['99601', '99602']);
    expect(result.decisions['per-diem'].destination).toBe('patient');
    expect(result.decisions['per-diem'].documentation).toContain(
      'financial-responsibility-consent',
    );
  });

  it('says why in words', () => {
    const result = route({ drug: 'ceftriaxone', administrationMethod: 'gravity' });
    expect(renderExplanationEn(result.decisions['professional-services'].explanation)).toBe(
      'Medicare pays nothing for nursing around a Part D drug: visits (99601, 99602) are not covered by insurance.',
    );
  });

  it('does not cover meperidine by pump (excluded from LCD V-B)', () => {
    expect(route({ drug: 'meperidine' }).decisions.drug.benefit).toBe('part-d');
  });

  it('does not cover liposomal doxorubicin by pump (LCD lists non-liposomal only)', () => {
    expect(route({ drug: 'Doxil' }).decisions.drug.benefit).toBe('part-d');
  });
});

describe('Medicare FFS: immune globulin (DOMAIN.md §1.2 IVIG, §1.1 category 2)', () => {
  it('pays IVIG for PID under Part B with Q2052 bundling items and nursing', () => {
    for (const diagnosis of ['D80.0', 'D83.9', 'G11.3', 'd8201']) {
      const result = route({ drug: 'Privigen', diagnosisCodes: ['E11.9', diagnosis] });
      expect(result.ruleId, diagnosis).toBe('medicare-ivig-pid');
      expect(result.decisions.drug).toMatchObject({
        benefit: 'part-b-ivig',
        destination: 'dme-mac',
      });
      expect(codesOf(result.decisions.drug.codes)).toEqual(['J1459']);
      expect(codesOf(result.decisions['professional-services'].codes)).toEqual(['Q2052']);
      expect(result.decisions.supplies.bundledInto).toBe('professional-services');
    }
  });

  it('sends IVIG without a PID diagnosis to Part D with services not covered', () => {
    const result = route({ drug: 'Gamunex-C', diagnosisCodes: ['G61.81'] });
    expect(result.ruleId).toBe('medicare-ivig-without-pid');
    expect(result.decisions.drug.benefit).toBe('part-d');
    expect(result.decisions['professional-services'].benefit).toBe('not-covered');
  });

  it('does not bill Q2052 before it became permanent on 1 Jan 2024', () => {
    const result = route({ drug: 'Privigen', diagnosisCodes: ['D80.1'], date: '2023-06-01' });
    expect(result.decisions.drug.benefit).toBe('part-b-ivig');
    expect(result.decisions['professional-services'].benefit).toBe('not-covered');
  });

  it('pays SCIG for PID by pump under DME with HIT category 2 and modifier JB', () => {
    const result = route({ drug: 'Hizentra', diagnosisCodes: ['D80.1'], route: 'SC' });
    expect(result.ruleId).toBe('medicare-scig-pid-pump');
    expect(result.decisions.drug.codes).toEqual([
      { code: 'J1559', role: 'drug-per-dose', modifier: 'JB' },
    ]);
    expect(codesOf(result.decisions.pump.codes)).toEqual(['E0779']);
    expect(codesOf(result.decisions['professional-services'].codes)).toEqual(['G0089', 'G0069']);
  });

  it('treats Gamunex-C given subcutaneously as SCIG', () => {
    const result = route({ drug: 'Gamunex-C', diagnosisCodes: ['D80.1'], route: 'SC' });
    expect(result.therapy).toBe('scig');
    expect(codesOf(result.decisions['professional-services'].codes)).toEqual(['G0089', 'G0069']);
  });

  it('sends SCIG without PID to Part D', () => {
    const result = route({ drug: 'Cuvitru', diagnosisCodes: ['M35.9'] });
    expect(result.ruleId).toBe('medicare-scig-otherwise');
    expect(result.decisions.drug.benefit).toBe('part-d');
  });
});

describe('Medicare FFS: parenteral nutrition (DOMAIN.md §1.2, LCD L38953)', () => {
  it('pays TPN for a permanent GI impairment under the Part B PN benefit, nursing not covered', () => {
    const result = route({
      drug: 'TPN',
      permanentGiImpairment: true,
      diagnosisCodes: ['K91.2'],
      proteinGramsPerDay: 80,
    });
    expect(result.ruleId).toBe('medicare-pn-permanent');
    expect(result.decisions.drug.benefit).toBe('part-b-pn');
    expect(codesOf(result.decisions.drug.codes)).toEqual(['B4197']);
    expect(codesOf(result.decisions.pump.codes)).toEqual(['B9004']);
    expect(codesOf(result.decisions.supplies.codes)).toEqual(['B4224']);
    expect(result.decisions['professional-services'].benefit).toBe('not-covered');
    expect(result.decisions.drug.documentation).toContain('permanent-gi-impairment');
  });

  it('sends TPN for a temporary impairment to Part D', () => {
    const result = route({ drug: 'TPN', permanentGiImpairment: false });
    expect(result.ruleId).toBe('medicare-pn-not-permanent');
    expect(result.decisions.drug.benefit).toBe('part-d');
  });

  it('treats an unstated impairment as not permanent', () => {
    expect(route({ drug: 'TPN' }).decisions.drug.benefit).toBe('part-d');
  });
});

describe('Medicare FFS: other therapies (DOMAIN.md §1.4 Medicare FFS column)', () => {
  it('covers no part of home hydration', () => {
    const result = route({ drug: 'normal saline 1000 mL', administrationMethod: 'gravity' });
    expect(result.ruleId).toBe('medicare-hydration');
    expect(result.decisions.drug.benefit).toBe('not-covered');
    expect(result.decisions['per-diem'].benefit).toBe('not-covered');
  });

  it('pays clotting factor under Part B to the A/B MAC', () => {
    const result = route({ drug: 'Advate', administrationMethod: 'iv-push' });
    expect(result.decisions.drug).toMatchObject({
      benefit: 'part-b-medical',
      destination: 'ab-mac',
    });
    expect(result.decisions['professional-services'].benefit).toBe('not-covered');
  });

  it('has no home benefit for infliximab: Part D at most', () => {
    const result = route({ drug: 'Remicade', administrationMethod: 'electronic-pump' });
    expect(result.ruleId).toBe('medicare-biologic-at-home');
    expect(result.decisions.drug.benefit).toBe('part-d');
    expect(renderExplanationEn(result.decisions.drug.explanation)).toContain('physician office');
  });

  it('routes an unknown drug as Part D with a warning', () => {
    const result = route({ drug: 'cefiderocol 2 g', frequency: 'q8h' });
    expect(result.decisions.drug.benefit).toBe('part-d');
    expect(result.therapy).toBe('anti-infective');
    expect(result.warnings.map((w) => w.key)).toEqual(
      expect.arrayContaining(['routing.warning.drugNotInCatalog', 'routing.warning.noCode']),
    );
  });
});

describe('Per diem model: every other insurance (DOMAIN.md §1.4)', () => {
  it.each([
    'commercial',
    'employer-self-funded',
    'medicare-advantage',
    'medicaid',
    'managed-medicaid',
    'tricare',
    'va-community-care',
    'workers-comp',
  ] as const)('bills %s with drug J-code, S-code per diem and 99601/99602', (planType) => {
    const result = route({ drug: 'cefazolin 2 g', frequency: 'q8h', planType });
    expect(result.decisions.drug).toMatchObject({
      benefit: 'medical-benefit',
      destination: 'payer',
    });
    expect(codesOf(result.decisions.drug.codes)).toEqual(['J0690']);
    expect(codesOf(result.decisions['per-diem'].codes)).toEqual(['S9502']);
    expect(codesOf(result.decisions['professional-services'].codes)).toEqual(['99601', '99602']);
    expect(result.decisions.pump).toMatchObject({ benefit: 'bundled', bundledInto: 'per-diem' });
  });

  it('uses the same per diem model for an LCD drug by pump under Medicare Advantage', () => {
    const result = route({
      drug: 'milrinone',
      planType: 'medicare-advantage',
      frequency: 'continuous',
    });
    expect(result.decisions.drug.benefit).toBe('medical-benefit');
    expect(codesOf(result.decisions['per-diem'].codes)).toEqual(['S9348']);
  });

  it('keeps the standard TPN formula inside the per diem picked by litres per day', () => {
    const result = route({ drug: 'TPN', planType: 'commercial', dailyVolumeL: 1.5 });
    expect(result.decisions.drug.benefit).toBe('bundled');
    expect(codesOf(result.decisions['per-diem'].codes)).toEqual(['S9366']);
  });

  it('bills IVIG with S9338 under commercial plans', () => {
    const result = route({ drug: 'Privigen', planType: 'commercial', frequency: 'every 4 weeks' });
    expect(codesOf(result.decisions['per-diem'].codes)).toEqual(['S9338']);
  });

  it('marks the Medicaid/TRICARE/VA/workers-comp assumption as unverified', () => {
    expect(route({ drug: 'vancomycin', planType: 'tricare' }).mark).toBe('unverified');
  });
});

describe('Self-pay', () => {
  it('prices every billed part at our self-pay price', () => {
    const result = route({ drug: 'ertapenem', planType: 'self-pay', frequency: 'q24h' });
    expect(result.decisions.drug).toMatchObject({ benefit: 'self-pay', destination: 'patient' });
    expect(codesOf(result.decisions['per-diem'].codes)).toEqual(['S9500']);
    expect(result.decisions['professional-services'].benefit).toBe('self-pay');
  });
});

describe('routing table', () => {
  it('gives every rule a source and a known mark', () => {
    for (const rule of ROUTING_RULES) {
      expect(rule.source.length, rule.id).toBeGreaterThan(0);
      expect(['verified', 'secondary', 'unverified']).toContain(rule.mark);
    }
  });

  it('decides every component for every plan type, therapy and method', () => {
    const drugs = [
      'vancomycin',
      'acyclovir',
      'Privigen',
      'Hizentra',
      'TPN',
      'NS',
      'Remicade',
      'Advate',
      'fluorouracil',
    ];
    const plans = [
      'commercial',
      'medicare-ffs',
      'medicare-advantage',
      'medicaid',
      'self-pay',
    ] as const;
    const methods = [
      'electronic-pump',
      'elastomeric-pump',
      'gravity',
      'iv-push',
      undefined,
    ] as const;
    for (const drug of drugs)
      for (const planType of plans)
        for (const administrationMethod of methods) {
          const result = route({ drug, planType, administrationMethod, diagnosisCodes: ['D80.0'] });
          for (const decision of Object.values(result.decisions)) {
            expect(renderExplanationEn(decision.explanation)).not.toMatch(/^routing\./);
            if (decision.benefit === 'bundled') {
              const host = result.decisions[decision.bundledInto ?? 'drug'];
              expect(host.benefit, `${drug} ${planType}`).not.toBe('bundled');
            }
          }
        }
  });
});
