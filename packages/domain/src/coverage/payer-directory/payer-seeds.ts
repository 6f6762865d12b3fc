import type { PlanType } from '../plan-type.ts';
import {
  AB_MAC_JURISDICTIONS,
  BLUE_BRAND,
  BLUE_PRODUCTS,
  COMMERCIAL_PRODUCTS,
  DME_MAC_JURISDICTIONS,
  EMPLOYERS,
  MANAGED_MEDICAID_SUFFIXES,
  MEDICARE_ADVANTAGE_PRODUCTS,
  NATIONAL_CARRIERS,
  REGIONAL_SUFFIXES,
  STATES,
  TPA_NAMES,
  TRICARE_PLANS,
  VA_COMMUNITY_CARE_REGIONS,
  WORKERS_COMP_CARRIERS,
} from './payer-names.ts';

/** The fixed part of a directory row: who and what, before the seeded details. */
export interface PlanSeed {
  payerName: string;
  planName: string;
  planType: PlanType;
  state: string | null;
  areaCode: string;
}

const at = <T>(items: readonly T[], index: number): T => {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('empty name list');
  return item;
};

function nationalSeeds(): PlanSeed[] {
  return NATIONAL_CARRIERS.flatMap((carrier) =>
    COMMERCIAL_PRODUCTS.map((product) => ({
      payerName: carrier,
      planName: `${carrier} ${product}`,
      planType: 'commercial' as const,
      state: null,
      areaCode: '800',
    })),
  );
}

function stateSeeds(): PlanSeed[] {
  return STATES.flatMap(([code, name, region, areaCode], index) => {
    const blue = `${BLUE_BRAND} of ${name}`;
    const regional = `${region} ${at(REGIONAL_SUFFIXES, index)}`;
    const seed = (payerName: string, planName: string, planType: PlanType): PlanSeed => ({
      payerName,
      planName,
      planType,
      state: code,
      areaCode,
    });
    return [
      ...BLUE_PRODUCTS.map(([product, planType]) => seed(blue, `${blue} ${product}`, planType)),
      seed(regional, `${regional} HMO`, 'commercial'),
      seed(regional, `${regional} PPO`, 'commercial'),
      seed(regional, `${regional} Medicare Advantage HMO`, 'medicare-advantage'),
      ...[0, 1].map((offset) => {
        const carrier = at(NATIONAL_CARRIERS, index * 2 + offset);
        const product = at(MEDICARE_ADVANTAGE_PRODUCTS, index + offset);
        return seed(carrier, `${carrier} ${product} (${code})`, 'medicare-advantage');
      }),
      seed(`${name} Medicaid`, `${name} Medicaid (fee-for-service)`, 'medicaid'),
      ...[0, 1, 2].map((offset) => {
        const carrier = offset === 2 ? regional : at(NATIONAL_CARRIERS, index + offset * 3);
        const suffix = at(MANAGED_MEDICAID_SUFFIXES, index + offset);
        return seed(carrier, `${carrier} ${suffix} of ${name}`, 'managed-medicaid');
      }),
      ...(index % 3 === 0
        ? [
            seed(
              `${name} State Compensation Fund`,
              `${name} State Compensation Fund`,
              'workers-comp',
            ),
          ]
        : []),
    ];
  });
}

function governmentSeeds(): PlanSeed[] {
  const federal = (payerName: string, planName: string, planType: PlanType): PlanSeed => ({
    payerName,
    planName,
    planType,
    state: null,
    areaCode: '202',
  });
  return [
    ...DME_MAC_JURISDICTIONS.map((j) =>
      federal(
        `Medicare DME MAC Jurisdiction ${j}`,
        `Medicare DME MAC Jurisdiction ${j}`,
        'medicare-ffs',
      ),
    ),
    ...AB_MAC_JURISDICTIONS.map((j) =>
      federal(
        `Medicare Part A/B MAC Jurisdiction ${j}`,
        `Medicare Part A/B MAC Jurisdiction ${j}`,
        'medicare-ffs',
      ),
    ),
    ...TRICARE_PLANS.map((plan) => federal(plan, plan, 'tricare')),
    ...VA_COMMUNITY_CARE_REGIONS.map((region) =>
      federal(
        'VA Community Care Network',
        `VA Community Care Network Region ${region}`,
        'va-community-care',
      ),
    ),
  ];
}

function otherSeeds(): PlanSeed[] {
  return [
    ...TPA_NAMES.flatMap((tpa, index) =>
      EMPLOYERS.map((employer) => ({
        payerName: tpa,
        planName: `${employer} Employee Health Plan (administered by ${tpa})`,
        planType: 'employer-self-funded' as const,
        state: null,
        areaCode: at(STATES, index * 3)[3],
      })),
    ),
    ...WORKERS_COMP_CARRIERS.map((carrier, index) => ({
      payerName: carrier,
      planName: `${carrier} Workers' Compensation`,
      planType: 'workers-comp' as const,
      state: null,
      areaCode: at(STATES, index * 5)[3],
    })),
    {
      payerName: 'Self-pay',
      planName: 'Self-pay (no insurance)',
      planType: 'self-pay',
      state: null,
      areaCode: '000',
    },
  ];
}

/** Every row of the demo directory in a fixed order. */
export function buildPlanSeeds(): PlanSeed[] {
  return [...nationalSeeds(), ...stateSeeds(), ...governmentSeeds(), ...otherSeeds()];
}
