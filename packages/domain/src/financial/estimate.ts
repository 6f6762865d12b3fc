import {
  compareChargeLines,
  type CostShareServiceType,
  type ExpectedChargeLine,
} from '../coverage/index.ts';
import { applyAssistance } from './apply-assistance.ts';
import { applyCostSharing, type Accumulator } from './apply-cost-sharing.ts';
import { DEFAULT_SHARED_ACCUMULATORS, hasOopMax } from './cost-sharing-rules.ts';
import { assertCents, assertRate } from './money.ts';
import type {
  CostSharingTerms,
  Estimate,
  EstimateInput,
  EstimateLine,
  EstimateMonth,
  EstimateTotals,
  LineCoverage,
} from './estimate.types.ts';

function validateTerms(terms: CostSharingTerms, name: string): void {
  assertCents(terms.deductibleRemainingCents, `${name} deductible remaining`);
  assertCents(terms.copayCents, `${name} copay`);
  assertRate(terms.coinsuranceRate, `${name} coinsurance`);
  if (terms.oopRemainingCents !== null)
    assertCents(terms.oopRemainingCents, `${name} OOP remaining`);
}

function validate(input: EstimateInput): void {
  validateTerms(input.defaultTerms, 'default terms');
  for (const [serviceType, terms] of Object.entries(input.termsByServiceType)) {
    validateTerms(terms, `service type ${serviceType}`);
  }
  for (const line of input.lines) {
    assertCents(line.allowedCents, `line ${line.id} allowed`);
    assertCents(line.selfPayCents, `line ${line.id} self-pay price`);
  }
}

function coverageOf(line: ExpectedChargeLine): LineCoverage {
  if (line.benefit === 'self-pay') return 'self-pay';
  if (line.benefit === 'not-covered' || line.serviceType === null) return 'not-covered';
  return 'covered';
}

/** Accumulators keyed by group, created from the group's first service type with terms. */
function accumulatorFinder(input: EstimateInput) {
  const groups = input.sharedAccumulators ?? DEFAULT_SHARED_ACCUMULATORS;
  const termsOf = (serviceType: CostShareServiceType) =>
    input.termsByServiceType[serviceType] ?? input.defaultTerms;
  const accumulators = new Map<string, Accumulator>();
  return (serviceType: CostShareServiceType): Accumulator => {
    const group = groups.find((members) => members.includes(serviceType)) ?? [serviceType];
    const key = group.join(',');
    const existing = accumulators.get(key);
    if (existing !== undefined) return existing;
    const seed =
      group.map((member) => input.termsByServiceType[member]).find(Boolean) ?? termsOf(serviceType);
    const created = {
      deductibleRemainingCents: seed.deductibleRemainingCents,
      oopRemainingCents: seed.oopRemainingCents,
    };
    accumulators.set(key, created);
    return created;
  };
}

function sum(lines: readonly EstimateLine[]): EstimateTotals {
  const totals: EstimateTotals = {
    allowedCents: 0,
    payerCents: 0,
    patientCents: 0,
    assistanceCents: 0,
    patientAfterAssistanceCents: 0,
  };
  for (const line of lines) {
    totals.allowedCents += line.allowedCents;
    totals.payerCents += line.payerCents;
    totals.patientCents += line.patientCents;
    totals.assistanceCents += line.assistanceCents;
    totals.patientAfterAssistanceCents += line.patientAfterAssistanceCents;
  }
  return totals;
}

function groupByMonth(lines: readonly EstimateLine[]): EstimateMonth[] {
  const months = [...new Set(lines.map((line) => line.month))].sort();
  return months.map((month) => {
    const inMonth = lines.filter((line) => line.month === month);
    return { month, lines: inMonth, totals: sum(inMonth) };
  });
}

/**
 * What the patient is expected to owe (DOMAIN.md §5.1): lines in date order; for covered lines the
 * deductible remaining first, then coinsurance or copay, capped by the out-of-pocket remaining
 * (none for Medicare FFS Part B); not-covered and self-pay lines at our self-pay price; then any
 * approved assistance as a separate step. Per month and for the whole course, in integer cents.
 */
export function estimatePatientResponsibility(input: EstimateInput): Estimate {
  validate(input);
  const accumulatorFor = accumulatorFinder(input);
  const ordered = [...input.lines].sort(compareChargeLines);
  const costed: EstimateLine[] = ordered.map((line) => {
    const coverage = coverageOf(line);
    const base = {
      lineId: line.id,
      month: line.month,
      fromDate: line.fromDate,
      toDate: line.toDate,
      component: line.component,
      code: line.code,
      benefit: line.benefit,
      serviceType: line.serviceType,
      coverage,
      units: line.units,
      assistanceCents: 0,
    };
    if (coverage !== 'covered' || line.serviceType === null) {
      const price = line.selfPayCents;
      return {
        ...base,
        allowedCents: price,
        payerCents: 0,
        patientCents: price,
        deductibleCents: 0,
        coinsuranceCents: 0,
        copayCents: 0,
        oopCapCents: 0,
        patientAfterAssistanceCents: price,
      };
    }
    const terms = input.termsByServiceType[line.serviceType] ?? input.defaultTerms;
    const shared = applyCostSharing(
      line.allowedCents,
      terms,
      accumulatorFor(line.serviceType),
      hasOopMax(input.planType, line.benefit),
    );
    return {
      ...base,
      allowedCents: line.allowedCents,
      ...shared,
      patientAfterAssistanceCents: shared.patientCents,
    };
  });
  const { lines, steps } = applyAssistance(costed, input.assistance ?? []);
  return {
    planType: input.planType,
    lines,
    months: groupByMonth(lines),
    totals: sum(lines),
    assistanceSteps: steps,
    unpricedLineIds: ordered.filter((line) => !line.isPriced).map((line) => line.id),
  };
}
