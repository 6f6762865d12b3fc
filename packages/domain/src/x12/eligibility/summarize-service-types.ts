import type { BenefitCategory } from '../codes/benefit-codes.ts';
import { TIME_PERIOD_CODES } from '../codes/benefit-codes.ts';
import { SERVICE_TYPE_CODES } from '../codes/service-type-codes.ts';
import type {
  Accumulator,
  Benefit,
  BenefitBasis,
  CostShareRow,
  ServiceTypeBenefits,
} from './eligibility-types.ts';

/** The general service type: lines with EB03 = 30, or with no EB03, apply to the whole plan. */
export const PLAN_SERVICE_TYPE = '30';

export function isPlanLevel(benefit: Benefit): boolean {
  return benefit.serviceTypes.length === 0 || benefit.serviceTypes.includes(PLAN_SERVICE_TYPE);
}

/** Lines naming the service type itself (for 30: the plan-level lines). */
export function linesForServiceType(benefits: readonly Benefit[], serviceType: string): Benefit[] {
  return serviceType === PLAN_SERVICE_TYPE
    ? benefits.filter(isPlanLevel)
    : benefits.filter((b) => b.serviceTypes.includes(serviceType));
}

interface Picked {
  lines: Benefit[];
  basis: BenefitBasis;
}

/**
 * Lines of one category for a service type: those naming the service type when there are any,
 * otherwise the plan-level ones. Payers usually give the deductible and out-of-pocket maximum at
 * plan level (EB*C**30) and copay/coinsurance per service type; this reads both as a person would.
 */
export function pickLines(
  benefits: readonly Benefit[],
  serviceType: string,
  category: BenefitCategory,
): Picked {
  const specific = linesForServiceType(benefits, serviceType).filter(
    (b) => b.category === category,
  );
  if (specific.length > 0) {
    return { lines: specific, basis: serviceType === PLAN_SERVICE_TYPE ? 'plan' : 'service-type' };
  }
  const plan = benefits.filter((b) => isPlanLevel(b) && b.category === category);
  return { lines: plan, basis: plan.length > 0 ? 'plan' : null };
}

function emptyAccumulator(): Accumulator {
  return { amountCents: null, remainingCents: null, metCents: null, period: null };
}

/** Adds an EB amount to a deductible/OOP accumulator by its EB06 period (amount, remaining, met). */
export function foldAccumulator(current: Accumulator | null, benefit: Benefit): Accumulator {
  const acc = current ?? emptyAccumulator();
  if (benefit.amountCents === null) return acc;
  const kind =
    benefit.timePeriod === null
      ? 'amount'
      : (TIME_PERIOD_CODES.byCode.get(benefit.timePeriod)?.kind ?? 'other');
  if (kind === 'amount' && acc.amountCents === null) {
    acc.amountCents = benefit.amountCents;
    acc.period = benefit.timePeriod;
  } else if (kind === 'remaining') {
    acc.remainingCents ??= benefit.amountCents;
  } else if (kind === 'met') {
    acc.metCents ??= benefit.amountCents;
  }
  return acc;
}

/** met = amount − remaining when not given; remaining = amount − met when not given. */
export function completeAccumulator(acc: Accumulator): Accumulator {
  const { amountCents, remainingCents, metCents } = acc;
  if (amountCents === null) return acc;
  if (metCents === null && remainingCents !== null) {
    return { ...acc, metCents: amountCents - remainingCents };
  }
  if (remainingCents === null && metCents !== null) {
    return { ...acc, remainingCents: Math.max(0, amountCents - metCents) };
  }
  return acc;
}

function rowFor(rows: Map<string, CostShareRow>, benefit: Benefit): CostShareRow {
  const key = `${benefit.coverageLevel ?? ''}|${benefit.network ?? ''}`;
  let row = rows.get(key);
  if (row === undefined) {
    row = {
      coverageLevel: benefit.coverageLevel,
      network: benefit.network,
      deductible: null,
      outOfPocket: null,
      coinsuranceRate: null,
      copayCents: null,
      sourceSegments: [],
    };
    rows.set(key, row);
  }
  row.sourceSegments.push(benefit.segmentIndex);
  return row;
}

function buildCostSharing(
  deductible: Picked,
  outOfPocket: Picked,
  coinsurance: Picked,
  copay: Picked,
): CostShareRow[] {
  const rows = new Map<string, CostShareRow>();
  for (const b of deductible.lines) {
    const row = rowFor(rows, b);
    row.deductible = foldAccumulator(row.deductible, b);
  }
  for (const b of outOfPocket.lines) {
    const row = rowFor(rows, b);
    row.outOfPocket = foldAccumulator(row.outOfPocket, b);
  }
  for (const b of coinsurance.lines) {
    if (b.percent === null) continue;
    const row = rowFor(rows, b);
    row.coinsuranceRate = Math.max(row.coinsuranceRate ?? 0, b.percent);
  }
  for (const b of copay.lines) {
    if (b.amountCents === null) continue;
    const row = rowFor(rows, b);
    row.copayCents = Math.max(row.copayCents ?? 0, b.amountCents);
  }
  return [...rows.values()].map((row) => ({
    ...row,
    deductible: row.deductible === null ? null : completeAccumulator(row.deductible),
    outOfPocket: row.outOfPocket === null ? null : completeAccumulator(row.outOfPocket),
  }));
}

function statusOf(
  specific: readonly Benefit[],
  plan: readonly Benefit[],
): ServiceTypeBenefits['status'] {
  const has = (lines: readonly Benefit[], category: BenefitCategory): boolean =>
    lines.some((b) => b.category === category);
  if (has(specific, 'active')) return 'active';
  if (has(specific, 'non-covered')) return 'not-covered';
  if (has(specific, 'inactive')) return 'inactive';
  if (has(plan, 'active')) return 'active';
  if (has(plan, 'inactive')) return 'inactive';
  return 'unknown';
}

function authorizationOf(lines: readonly Benefit[]): boolean | null {
  if (lines.some((b) => b.authorizationRequired === true)) return true;
  if (lines.some((b) => b.authorizationRequired === false)) return false;
  return null;
}

export function summarizeServiceType(
  benefits: readonly Benefit[],
  serviceType: string,
): ServiceTypeBenefits {
  const specific = linesForServiceType(benefits, serviceType);
  const plan = benefits.filter(isPlanLevel);
  const deductible = pickLines(benefits, serviceType, 'deductible');
  const outOfPocket = pickLines(benefits, serviceType, 'out-of-pocket');
  const coinsurance = pickLines(benefits, serviceType, 'coinsurance');
  const copay = pickLines(benefits, serviceType, 'copay');
  const specificAuth = authorizationOf(specific);
  return {
    serviceType,
    meaning: SERVICE_TYPE_CODES.byCode.get(serviceType)?.meaning ?? `Service type ${serviceType}`,
    status: statusOf(specific, plan),
    costSharing: buildCostSharing(deductible, outOfPocket, coinsurance, copay),
    basis: {
      deductible: deductible.basis,
      outOfPocket: outOfPocket.basis,
      coinsurance: coinsurance.basis,
      copay: copay.basis,
    },
    authorizationRequired: specificAuth ?? authorizationOf(plan),
    limitations: specific.filter((b) => b.category === 'limitation'),
    messages: [...new Set(specific.flatMap((b) => b.messages))],
  };
}

/** Summaries for the service types Infusio asks about plus every one the payer answered for. */
export function summarizeServiceTypes(
  benefits: readonly Benefit[],
  asked: readonly string[],
): ServiceTypeBenefits[] {
  const answered = benefits.flatMap((b) => b.serviceTypes);
  const all = [...new Set([...asked, ...answered])];
  return all.map((serviceType) => summarizeServiceType(benefits, serviceType));
}
