// When a coverage is not linked to a plan of the payer directory, its plan type is guessed from
// the payer's name. The guess is data (ordered rows, first match wins) and is always reported as a
// guess, so staff link the coverage to its directory plan before relying on the routing.
import { PLAN_TYPES, type ConfidenceMark, type PlanType } from '@infusio/domain/coverage';

export interface PlanTypeKeywordRow {
  /** Any of these phrases, matched as whole words in the lower-cased payer name. */
  phrases: readonly string[];
  planType: PlanType;
  source: string;
  mark: ConfidenceMark;
}

const HEURISTIC =
  'Infusio naming heuristic (payer names usually say the program); not a rule of any payer';

export const PLAN_TYPE_KEYWORDS: readonly PlanTypeKeywordRow[] = [
  {
    phrases: ['medicare advantage', 'medicare hmo', 'medicare ppo', 'medicare plus', 'mapd'],
    planType: 'medicare-advantage',
    source: HEURISTIC,
    mark: 'unverified',
  },
  {
    phrases: ['medicare', 'part b', 'mbi'],
    planType: 'medicare-ffs',
    source: HEURISTIC,
    mark: 'unverified',
  },
  {
    phrases: ['managed medicaid', 'medicaid managed', 'medicaid hmo', 'chip'],
    planType: 'managed-medicaid',
    source: HEURISTIC,
    mark: 'unverified',
  },
  {
    phrases: ['medicaid', 'medi-cal', 'medical assistance'],
    planType: 'medicaid',
    source: HEURISTIC,
    mark: 'unverified',
  },
  { phrases: ['tricare'], planType: 'tricare', source: HEURISTIC, mark: 'unverified' },
  {
    phrases: ['veterans', 'va community care', 'community care network'],
    planType: 'va-community-care',
    source: HEURISTIC,
    mark: 'unverified',
  },
  {
    phrases: ["workers' comp", 'workers comp', "workers' compensation", 'workers compensation'],
    planType: 'workers-comp',
    source: HEURISTIC,
    mark: 'unverified',
  },
  {
    phrases: ['self-pay', 'self pay', 'uninsured', 'private pay', 'cash'],
    planType: 'self-pay',
    source: HEURISTIC,
    mark: 'unverified',
  },
];

export interface PlanTypeGuess {
  planType: PlanType;
  /** The phrase that matched; null when nothing did and the default (commercial) was taken. */
  matched: string | null;
  mark: ConfidenceMark;
}

function containsPhrase(name: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(name);
}

/** The plan type a payer's name suggests; commercial when no phrase matches. */
export function guessPlanTypeFromPayerName(
  payerName: string,
  table: readonly PlanTypeKeywordRow[] = PLAN_TYPE_KEYWORDS,
): PlanTypeGuess {
  const name = payerName.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const row of table) {
    const matched = row.phrases.find((phrase) => containsPhrase(name, phrase));
    if (matched !== undefined) return { planType: row.planType, matched, mark: row.mark };
  }
  return { planType: 'commercial', matched: null, mark: 'unverified' };
}

/** A directory plan's plan_type text as a PlanType, or undefined when it is not one. */
export function toPlanType(value: string | null | undefined): PlanType | undefined {
  return PLAN_TYPES.find((planType) => planType === value);
}
