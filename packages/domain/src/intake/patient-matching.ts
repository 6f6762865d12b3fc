// Duplicate detection: a referral's patient is offered for merge with an existing chart when the
// member id matches, or when the birth date matches and the names are near-identical (Jaro-Winkler,
// which is forgiving of typos and transpositions in short strings such as names).

/** Jaro-Winkler similarity in [0, 1] (Winkler 1990), prefix scale 0.1 over at most 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const start = Math.max(0, i - window);
    const end = Math.min(i + window + 1, b.length);
    for (let j = start; j < end; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = true;
      bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, k = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro =
    (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Lower case, accents and punctuation removed, spaces collapsed: "O'Brien-Smith " → "obrien smith". */
export function normalizePersonName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

export interface MatchablePatient {
  givenName: string;
  familyName: string;
  birthDate: string;
  memberIds: readonly string[];
}

export type MatchReason = 'member-id' | 'name-and-birth-date';

export interface PatientMatch {
  score: number;
  reasons: MatchReason[];
}

/** Thresholds: family names must be near-identical; given names may be a nickname-length typo away. */
export const MATCH_THRESHOLDS = { family: 0.9, given: 0.85 } as const;

export function matchPatient(
  incoming: MatchablePatient,
  existing: MatchablePatient,
): PatientMatch | undefined {
  const reasons: MatchReason[] = [];
  const normalizeId = (id: string) => id.replace(/[\s-]/g, '').toUpperCase();
  const existingIds = new Set(existing.memberIds.map(normalizeId));
  if (incoming.memberIds.some((id) => id.trim() !== '' && existingIds.has(normalizeId(id))))
    reasons.push('member-id');
  const family = jaroWinkler(
    normalizePersonName(incoming.familyName),
    normalizePersonName(existing.familyName),
  );
  const given = jaroWinkler(
    normalizePersonName(incoming.givenName),
    normalizePersonName(existing.givenName),
  );
  if (
    incoming.birthDate === existing.birthDate &&
    family >= MATCH_THRESHOLDS.family &&
    given >= MATCH_THRESHOLDS.given
  )
    reasons.push('name-and-birth-date');
  if (reasons.length === 0) return undefined;
  const nameScore = (family + given) / 2;
  return { score: reasons.includes('member-id') ? Math.max(0.95, nameScore) : nameScore, reasons };
}
