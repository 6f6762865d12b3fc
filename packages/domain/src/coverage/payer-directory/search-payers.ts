import type { PlanType } from '../plan-type.ts';
import { STATES } from './payer-names.ts';
import type { PayerPlan } from './payer-directory.types.ts';

/**
 * Type-ahead search over the payer directory: every word of a plan (payer name, plan name, payer
 * id, state code and name) in one sorted array, so each query word is a binary search for its
 * prefix range. Building is O(n log n); a query is O(words × (log n + matches)).
 */
export interface PayerSearchIndex {
  plans: readonly PayerPlan[];
  /** Sorted words; `owners[i]` is the plan index of `words[i]`. */
  words: readonly string[];
  owners: readonly number[];
  /** Normalised plan and payer names, for "starts with" ranking. */
  planNames: readonly string[];
  payerNames: readonly string[];
  wordSets: readonly ReadonlySet<string>[];
}

export interface PayerSearchOptions {
  limit?: number;
  planTypes?: readonly PlanType[];
  /** Plans of this state plus national plans. */
  state?: string;
}

export interface PayerSearchHit {
  plan: PayerPlan;
  score: number;
}

const STATE_NAMES = new Map(STATES.map(([code, name]) => [code, name]));

function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function wordsOf(text: string): string[] {
  const normalized = normalize(text);
  return normalized.length === 0 ? [] : normalized.split(' ');
}

function planWords(plan: PayerPlan): Set<string> {
  const stateName = plan.state === null ? '' : (STATE_NAMES.get(plan.state) ?? '');
  return new Set([
    ...wordsOf(plan.payerName),
    ...wordsOf(plan.planName),
    plan.payerId.toLowerCase(),
    ...(plan.state === null ? [] : [plan.state.toLowerCase()]),
    ...wordsOf(stateName),
  ]);
}

export function buildPayerSearchIndex(plans: readonly PayerPlan[]): PayerSearchIndex {
  const wordSets = plans.map(planWords);
  const pairs: [string, number][] = [];
  wordSets.forEach((set, planIndex) => {
    for (const word of set) pairs.push([word, planIndex]);
  });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return {
    plans,
    words: pairs.map(([word]) => word),
    owners: pairs.map(([, owner]) => owner),
    planNames: plans.map((plan) => normalize(plan.planName)),
    payerNames: plans.map((plan) => normalize(plan.payerName)),
    wordSets,
  };
}

/** First position whose word is ≥ prefix. */
function lowerBound(words: readonly string[], prefix: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}

function plansWithPrefix(index: PayerSearchIndex, prefix: string): Set<number> {
  const found = new Set<number>();
  for (let i = lowerBound(index.words, prefix); i < index.words.length; i += 1) {
    const word = index.words[i];
    if (!word?.startsWith(prefix)) break;
    const owner = index.owners[i];
    if (owner !== undefined) found.add(owner);
  }
  return found;
}

function scorePlan(index: PayerSearchIndex, planIndex: number, query: string, words: string[]) {
  const plan = index.plans[planIndex];
  if (plan === undefined) return 0;
  let score = 0;
  if (plan.payerId.toLowerCase() === query) score += 1000;
  if ((index.planNames[planIndex] ?? '').startsWith(query)) score += 200;
  else if ((index.payerNames[planIndex] ?? '').startsWith(query)) score += 150;
  const own = index.wordSets[planIndex];
  for (const word of words) score += own?.has(word) === true ? 20 : 10;
  return score;
}

function passesFilters(plan: PayerPlan, options: PayerSearchOptions): boolean {
  if (options.planTypes !== undefined && !options.planTypes.includes(plan.planType)) return false;
  if (options.state !== undefined && plan.state !== null && plan.state !== options.state)
    return false;
  return true;
}

/**
 * Plans whose words start with every word of the query ("blue tex" finds BluePoint Health of
 * Texas), best first: payer id exact, then name starts with the query, then whole-word matches,
 * then shorter names.
 */
export function searchPayers(
  index: PayerSearchIndex,
  query: string,
  options: PayerSearchOptions = {},
): PayerSearchHit[] {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  const normalizedQuery = words.join(' ');
  let candidates: Set<number> | undefined;
  for (const word of words) {
    const matches = plansWithPrefix(index, word);
    candidates =
      candidates === undefined
        ? matches
        : new Set([...candidates].filter((planIndex) => matches.has(planIndex)));
    if (candidates.size === 0) return [];
  }
  const hits: PayerSearchHit[] = [];
  for (const planIndex of candidates ?? []) {
    const plan = index.plans[planIndex];
    if (plan === undefined || !passesFilters(plan, options)) continue;
    hits.push({ plan, score: scorePlan(index, planIndex, normalizedQuery, words) });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.plan.planName.length - b.plan.planName.length ||
      a.plan.planName.localeCompare(b.plan.planName),
  );
  return hits.slice(0, options.limit ?? 20);
}
