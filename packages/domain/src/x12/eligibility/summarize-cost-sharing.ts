import type { BenefitCategory } from '../codes/benefit-codes.ts';
import { TIME_PERIOD_CODES } from '../codes/benefit-codes.ts';
import { formatDollars } from '../core/values.ts';
import type { Benefit, EligibilityResponse, ServiceTypeBenefits } from './eligibility-types.ts';
import { isPlanLevel, pickLines, summarizeServiceType } from './summarize-service-types.ts';

/** What the estimate (DOMAIN.md §5.1) needs from a 271 for one service type and network. */
export interface CostSharingSummary {
  serviceType: string;
  network: 'in' | 'out';
  status: ServiceTypeBenefits['status'];
  /** Deductible still to pay this period; null when the payer gives no deductible. */
  deductibleRemainingCents: number | null;
  /** Patient's coinsurance share as a fraction (0.2 = 20%); null when none is given. */
  coinsuranceRate: number | null;
  copayCents: number | null;
  /** Out-of-pocket maximum still to reach; null when the plan has none (e.g. Medicare Part B). */
  oopRemainingCents: number | null;
  authRequired: boolean | null;
  /** EB segment ordinals the figures come from, for the estimate's audit trail. */
  sourceSegments: number[];
  /** How each figure was chosen, in words (shown beside the estimate). */
  notes: string[];
}

const INDIVIDUAL_LEVELS: readonly (string | null)[] = ['IND', 'EMP', null];
const FAMILY_LEVELS: readonly (string | null)[] = ['FAM', 'ESP', 'ECH', 'SPC', 'CHD', 'DEP', 'SPO'];

/** In network: EB12 Y, else W (applies to both), else lines that say nothing. Out: N, W, nothing. */
function byNetwork(lines: readonly Benefit[], network: 'in' | 'out'): Benefit[] {
  const order =
    network === 'in' ? (['in', 'both', null] as const) : (['out', 'both', null] as const);
  for (const wanted of order) {
    const found = lines.filter((b) => b.network === wanted);
    if (found.length > 0) return found;
  }
  return [];
}

/** EB11 on lines not limited to the other network: any Y → true, else any N → false, else null. */
function authorizationOf(lines: readonly Benefit[], network: 'in' | 'out'): boolean | null {
  const other = network === 'in' ? 'out' : 'in';
  const relevant = lines.filter((b) => b.network !== other);
  if (relevant.some((b) => b.authorizationRequired === true)) return true;
  if (relevant.some((b) => b.authorizationRequired === false)) return false;
  return null;
}

function periodKind(benefit: Benefit): string {
  if (benefit.timePeriod === null) return 'amount';
  return TIME_PERIOD_CODES.byCode.get(benefit.timePeriod)?.kind ?? 'other';
}

interface Remaining {
  cents: number;
  segments: number[];
  note: string | null;
}

/**
 * What is left of a deductible or OOP maximum from lines of one coverage level: a "remaining"
 * line (EB06 29/33) wins; otherwise amount − met (EB06 24); otherwise the full amount, assumed
 * unmet. Several candidates: the larger remaining (the estimate errs toward the patient owing more).
 */
function remainingOf(lines: readonly Benefit[], what: string): Remaining | null {
  const withAmount = lines.filter((b) => b.amountCents !== null);
  const remaining = withAmount.filter((b) => periodKind(b) === 'remaining');
  const cents = (b: Benefit): number => b.amountCents ?? 0;
  if (remaining.length > 0) {
    return {
      cents: Math.max(...remaining.map(cents)),
      segments: remaining.map((b) => b.segmentIndex),
      note: null,
    };
  }
  const amounts = withAmount.filter((b) => periodKind(b) === 'amount');
  if (amounts.length === 0) return null;
  const met = withAmount.filter((b) => periodKind(b) === 'met');
  const amount = Math.max(...amounts.map(cents));
  const segments = [...amounts, ...met].map((b) => b.segmentIndex);
  if (met.length > 0) {
    return { cents: Math.max(0, amount - Math.min(...met.map(cents))), segments, note: null };
  }
  return {
    cents: amount,
    segments,
    note:
      amount === 0
        ? null
        : `${what}: the payer gave only the amount (${formatDollars(amount)}), not what is left; the full amount is assumed unmet.`,
  };
}

interface Picked {
  remainingCents: number | null;
  segments: number[];
  notes: string[];
}

/**
 * Individual lines (IND, EMP or no level) and family lines (FAM…) are read separately; when both
 * exist the smaller remaining applies, since meeting the family amount satisfies every member
 * (embedded deductible) and a non-embedded plan sends only the family line.
 */
function pickRemaining(lines: readonly Benefit[], network: 'in' | 'out', what: string): Picked {
  const individual = remainingOf(
    byNetwork(
      lines.filter((b) => INDIVIDUAL_LEVELS.includes(b.coverageLevel)),
      network,
    ),
    `${what} (individual)`,
  );
  const family = remainingOf(
    byNetwork(
      lines.filter((b) => FAMILY_LEVELS.includes(b.coverageLevel)),
      network,
    ),
    `${what} (family)`,
  );
  const found = [individual, family].filter((r): r is Remaining => r !== null);
  if (found.length === 0) return { remainingCents: null, segments: [], notes: [] };
  return {
    remainingCents: Math.min(...found.map((r) => r.cents)),
    segments: found.flatMap((r) => r.segments),
    notes: found.flatMap((r) => (r.note === null ? [] : [r.note])),
  };
}

function pickNetworkLines(
  response: EligibilityResponse,
  serviceType: string,
  category: BenefitCategory,
  network: 'in' | 'out',
): Benefit[] {
  const { lines } = pickLines(response.benefits, serviceType, category);
  const individual = lines.filter((b) => INDIVIDUAL_LEVELS.includes(b.coverageLevel));
  return byNetwork(individual.length > 0 ? individual : lines, network);
}

/**
 * The figures an estimate needs for one service type. How lines are chosen:
 * 1. Lines naming the service type (EB03) win; without any for a category (deductible, OOP,
 *    coinsurance, copay), the plan-level lines (EB03 30 or none) apply.
 * 2. Network: in → EB12 Y, then W, then lines without EB12; out → N, then W, then none.
 * 3. Coverage level: the patient's individual figures (IND, else EMP or none) and the family
 *    figures (FAM…); the smaller remaining of the two applies.
 * 4. Period: EB06 29 "remaining" is what is left; 22/23 (service/calendar year) is the amount, and
 *    amount − 24 "year to date" gives what is left; an amount alone is assumed unmet (noted).
 * 5. Several coinsurance or copay lines: the highest (the estimate never understates).
 */
export function summarizeCostSharing(
  response: EligibilityResponse,
  serviceTypeCode: string,
  network: 'in' | 'out',
): CostSharingSummary {
  const service = summarizeServiceType(response.benefits, serviceTypeCode);
  const deductible = pickRemaining(
    pickLines(response.benefits, serviceTypeCode, 'deductible').lines,
    network,
    'Deductible',
  );
  const outOfPocket = pickRemaining(
    pickLines(response.benefits, serviceTypeCode, 'out-of-pocket').lines,
    network,
    'Out-of-pocket maximum',
  );
  const coinsurance = pickNetworkLines(response, serviceTypeCode, 'coinsurance', network).filter(
    (b) => b.percent !== null,
  );
  const copay = pickNetworkLines(response, serviceTypeCode, 'copay', network).filter(
    (b) => b.amountCents !== null,
  );
  const auth =
    authorizationOf(
      response.benefits.filter((b) => b.serviceTypes.includes(serviceTypeCode)),
      network,
    ) ?? authorizationOf(response.benefits.filter(isPlanLevel), network);
  const notes = [...deductible.notes, ...outOfPocket.notes];
  if (outOfPocket.remainingCents === null)
    notes.push('No out-of-pocket maximum was given: nothing caps the patient share.');
  return {
    serviceType: serviceTypeCode,
    network,
    status: service.status,
    deductibleRemainingCents: deductible.remainingCents,
    coinsuranceRate:
      coinsurance.length === 0 ? null : Math.max(...coinsurance.map((b) => b.percent ?? 0)),
    copayCents: copay.length === 0 ? null : Math.max(...copay.map((b) => b.amountCents ?? 0)),
    oopRemainingCents: outOfPocket.remainingCents,
    authRequired: auth,
    sourceSegments: [
      ...new Set([
        ...deductible.segments,
        ...outOfPocket.segments,
        ...coinsurance.map((b) => b.segmentIndex),
        ...copay.map((b) => b.segmentIndex),
      ]),
    ].sort((a, b) => a - b),
    notes,
  };
}
