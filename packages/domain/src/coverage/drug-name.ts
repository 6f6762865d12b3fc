/**
 * Drug names as people write them ("Vancomycin HCl 1 g in NS 250 mL", "Gamunex-C 10%",
 * "5-FU 2400 mg/m2 over 46 h") reduced to comparable word lists.
 */

/** Salt and form words dropped when they follow the drug name. */
const NOISE_WORDS = new Set([
  'hcl',
  'hydrochloride',
  'sodium',
  'potassium',
  'sulfate',
  'sulphate',
  'mesylate',
  'lactate',
  'citrate',
  'tartrate',
  'phosphate',
  'acetate',
  'disodium',
  'succinate',
  'trihydrate',
  'monohydrate',
  'injection',
  'inj',
  'for',
  'solution',
  'soln',
  'iv',
  'ivpb',
  'premix',
  'premixed',
  'bag',
  'vial',
  'vials',
  'powder',
  'lyophilized',
  'infusion',
  'pf',
  'preservative',
  'free',
  'rtu',
  'liquid',
  'usp',
  'and',
]);

const UNIT_WORDS = new Set([
  'g',
  'gm',
  'gram',
  'grams',
  'mg',
  'mcg',
  'ml',
  'l',
  'iu',
  'unit',
  'units',
  'meq',
  'kg',
  'm2',
  '%',
]);

const NUMBER = /^\d+(?:\.\d+)?$/;
const NUMBER_WITH_UNIT = /^\d+(?:\.\d+)?(?:g|gm|mg|mcg|ml|l|iu|units?|meq|%)$/;
const FREQUENCY_WORD =
  /^(?:q\d+h|q\d+|qd|bid|tid|qid|daily|weekly|every|continuous|over|h|hr|hrs|hours?)$/;

/** Lower-case words, hyphens and slashes split, strengths, salts and forms dropped. */
export function tokenizeDrugName(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[()[\],;:+/'"]/g, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  // "X in NS", "X in 0.9% sodium chloride": everything after "in" is the diluent.
  const diluentAt = words.indexOf('in');
  const drugWords = diluentAt > 0 ? words.slice(0, diluentAt) : words;
  const kept: string[] = [];
  drugWords.forEach((word, index) => {
    const next = drugWords[index + 1];
    if (NUMBER_WITH_UNIT.test(word) || UNIT_WORDS.has(word) || FREQUENCY_WORD.test(word)) return;
    if (NUMBER.test(word) && (next === undefined || UNIT_WORDS.has(next) || NUMBER.test(next)))
      return;
    if (index > 0 && NOISE_WORDS.has(word)) return;
    kept.push(word);
  });
  return kept;
}

export function normalizeDrugName(name: string): string {
  return tokenizeDrugName(name).join(' ');
}

/** Position of `needle` as a contiguous run inside `haystack`, or -1. */
export function findTokenRun(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > haystack.length) return -1;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, offset) => haystack[start + offset] === word)) return start;
  }
  return -1;
}
