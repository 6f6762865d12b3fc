import type {
  CodeResolverId,
  ComponentOutcome,
  TherapyComponent,
} from './benefit-routing.types.ts';

/** Building blocks for the routing table; each names the explanation shown on screen. */

export function bundled(into: TherapyComponent): ComponentOutcome {
  return {
    benefit: 'bundled',
    codes: [],
    destination: 'none',
    documentation: [],
    explanationKey: 'routing.bundled',
    bundledInto: into,
  };
}

export function notCovered(codes: CodeResolverId[], explanationKey: string): ComponentOutcome {
  return {
    benefit: 'not-covered',
    codes,
    destination: 'patient',
    documentation: ['financial-responsibility-consent'],
    explanationKey,
  };
}

export function partDDrug(explanationKey: string): ComponentOutcome {
  return {
    benefit: 'part-d',
    codes: ['drug-hcpcs'],
    destination: 'part-d-plan',
    documentation: ['part-d-formulary-check'],
    explanationKey,
  };
}

/**
 * Medicare FFS around a Part D drug: the plan pays the drug; services, supplies, equipment and
 * nursing are not covered (DOMAIN.md §1.0, §1.3 software rule). Our self-pay per diem carries
 * pump and supplies.
 */
export function partDWithServicesNotCovered(
  drugExplanationKey: string,
): Record<TherapyComponent, ComponentOutcome> {
  return {
    drug: partDDrug(drugExplanationKey),
    'per-diem': notCovered(['per-diem-s-code'], 'routing.perDiem.notCoveredAroundPartD'),
    'professional-services': notCovered(['nursing-cpt'], 'routing.services.notCoveredAroundPartD'),
    pump: bundled('per-diem'),
    supplies: bundled('per-diem'),
  };
}

const DME_DOCS = [
  'standard-written-order',
  'proof-of-delivery',
  'refill-documentation',
  'lcd-indication-in-record',
] as const;

/** LCD drug by DME pump: drug, pump and supplies under DME; services under HIT. */
export function dmeWithHit(options: {
  hitAvailable: boolean;
}): Record<TherapyComponent, ComponentOutcome> {
  return {
    drug: {
      benefit: 'part-b-dme',
      codes: ['drug-hcpcs'],
      destination: 'dme-mac',
      documentation: DME_DOCS,
      explanationKey: 'routing.drug.dmeLcdPump',
    },
    pump: {
      benefit: 'part-b-dme',
      codes: ['dme-pump'],
      destination: 'dme-mac',
      documentation: ['standard-written-order', 'proof-of-delivery'],
      explanationKey: 'routing.pump.dme',
    },
    supplies: {
      benefit: 'part-b-dme',
      codes: ['dme-supplies'],
      destination: 'dme-mac',
      documentation: ['standard-written-order', 'proof-of-delivery'],
      explanationKey: 'routing.supplies.dme',
    },
    'per-diem': bundled('drug'),
    'professional-services': options.hitAvailable
      ? {
          benefit: 'part-b-hit',
          codes: ['hit-g-codes'],
          destination: 'ab-mac',
          documentation: ['plan-of-care-physician-reviewed', 'home-visit-on-infusion-day'],
          explanationKey: 'routing.services.hit',
        }
      : notCovered(['nursing-cpt'], 'routing.services.beforeHitBenefit'),
  };
}

/** Commercial, MA, Medicaid, TRICARE, VA, workers' comp: the per diem model (DOMAIN.md §1.4). */
export function perDiemModel(options: {
  drugInsidePerDiem: boolean;
}): Record<TherapyComponent, ComponentOutcome> {
  const auth = ['prior-authorization-if-required'] as const;
  return {
    drug: options.drugInsidePerDiem
      ? { ...bundled('per-diem'), explanationKey: 'routing.drug.insidePerDiem' }
      : {
          benefit: 'medical-benefit',
          codes: ['drug-hcpcs'],
          destination: 'payer',
          documentation: auth,
          explanationKey: 'routing.drug.perDiemModel',
        },
    'per-diem': {
      benefit: 'per-diem-contract',
      codes: ['per-diem-s-code'],
      destination: 'payer',
      documentation: auth,
      explanationKey: 'routing.perDiem.perDiemModel',
    },
    'professional-services': {
      benefit: 'per-diem-contract',
      codes: ['nursing-cpt'],
      destination: 'payer',
      documentation: auth,
      explanationKey: 'routing.services.perDiemModel',
    },
    pump: bundled('per-diem'),
    supplies: bundled('per-diem'),
  };
}

export function selfPay(): Record<TherapyComponent, ComponentOutcome> {
  const pay = (codes: CodeResolverId[], explanationKey: string): ComponentOutcome => ({
    benefit: 'self-pay',
    codes,
    destination: 'patient',
    documentation: ['financial-responsibility-consent'],
    explanationKey,
  });
  return {
    drug: pay(['drug-hcpcs'], 'routing.selfPay.drug'),
    'per-diem': pay(['per-diem-s-code'], 'routing.selfPay.perDiem'),
    'professional-services': pay(['nursing-cpt'], 'routing.selfPay.services'),
    pump: bundled('per-diem'),
    supplies: bundled('per-diem'),
  };
}
