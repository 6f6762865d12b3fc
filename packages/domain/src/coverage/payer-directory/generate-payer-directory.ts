import type { TherapyType } from '../../intake/referral-draft.ts';
import type { PlanType } from '../plan-type.ts';
import type { ContractStatus, PayerPlan } from './payer-directory.types.ts';
import { getPlanTypeDirectoryRule } from './payer-rules.ts';
import { buildPlanSeeds, type PlanSeed } from './payer-seeds.ts';
import { createSeededRandom, pickOne } from './seeded-random.ts';

/** A–Z without I and O (easily misread), and 0–9. */
const LETTERS: readonly string[] = Array.from({ length: 26 }, (_, i) =>
  String.fromCharCode(65 + i),
).filter((letter) => letter !== 'I' && letter !== 'O');
const DIGITS: readonly string[] = Array.from({ length: 10 }, (_, i) => String(i));
const ALPHANUMERIC: readonly string[] = [...DIGITS, ...LETTERS];
const GOVERNMENT: readonly PlanType[] = [
  'medicare-ffs',
  'medicaid',
  'tricare',
  'va-community-care',
];

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Government payers get 5 digits, others a letter and 4 letters/digits ("K4T21"). */
function newPayerId(random: () => number, planType: PlanType, taken: Set<string>): string {
  const isGovernment = GOVERNMENT.includes(planType);
  for (;;) {
    const first = pickOne(random, isGovernment ? DIGITS : LETTERS);
    const rest = Array.from({ length: 4 }, () =>
      pickOne(random, isGovernment ? DIGITS : ALPHANUMERIC),
    ).join('');
    const id = first + rest;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

function contractStatus(random: () => number, planType: PlanType): ContractStatus {
  if (planType === 'medicare-ffs' || planType === 'self-pay') return 'in-network';
  const roll = random();
  if (planType === 'tricare' || planType === 'va-community-care' || planType === 'medicaid') {
    return roll < 0.9 ? 'in-network' : 'out-of-network';
  }
  if (roll < 0.6) return 'in-network';
  return roll < 0.9 ? 'out-of-network' : 'single-case-agreement';
}

function fictionalNumber(random: () => number, areaCode: string): string {
  const line = String(Math.floor(random() * 100)).padStart(2, '0');
  return `(${areaCode === '000' ? '555' : areaCode}) 555-01${line}`;
}

function priorAuthFor(random: () => number, planType: PlanType): TherapyType[] {
  const base = [...getPlanTypeDirectoryRule(planType).priorAuthTherapies];
  const commercialLike = planType === 'commercial' || planType === 'employer-self-funded';
  return commercialLike && random() < 0.3 ? [...base, 'anti-infective'] : base;
}

/**
 * A deterministic demo directory of 800+ payer plans (national carriers, a Blue plan per state,
 * regional HMOs, Medicare Advantage, each state's Medicaid and managed Medicaid, Medicare FFS
 * contractor jurisdictions, TRICARE, VA Community Care, employer plans run by TPAs, workers'
 * compensation and self-pay). The same seed always gives the same directory. Every row is demo
 * data: fictional ids, 555-01xx numbers and example.com portals.
 */
export function generatePayerDirectory(seed: number): PayerPlan[] {
  const random = createSeededRandom(seed);
  const payerIds = new Map<string, string>();
  const taken = new Set<string>();
  return buildPlanSeeds().map((planSeed: PlanSeed, index) => {
    const rule = getPlanTypeDirectoryRule(planSeed.planType);
    const payerId =
      payerIds.get(planSeed.payerName) ?? newPayerId(random, planSeed.planType, taken);
    payerIds.set(planSeed.payerName, payerId);
    const domain = GOVERNMENT.includes(planSeed.planType) ? 'example.org' : 'example.com';
    return {
      id: `plan-${String(index + 1).padStart(4, '0')}`,
      payerId: planSeed.planType === 'self-pay' ? 'SELFP' : payerId,
      payerName: planSeed.payerName,
      planName: planSeed.planName,
      planType: planSeed.planType,
      state: planSeed.state,
      contractStatus: contractStatus(random, planSeed.planType),
      billingModel: pickOne(random, rule.billingModels),
      priorAuthTherapies: priorAuthFor(random, planSeed.planType),
      timelyFilingDays: pickOne(random, rule.timelyFilingDayChoices),
      contacts: {
        phone: fictionalNumber(random, planSeed.areaCode),
        fax: fictionalNumber(random, planSeed.areaCode),
        portalUrl: `https://${slug(planSeed.payerName)}.${domain}/providers`,
      },
      isDemo: true,
    };
  });
}
