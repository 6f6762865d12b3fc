import { normalizeIcd10Cm } from '../identifiers/icd10.ts';
import type { LcdIndication } from './drug-catalog.types.ts';
import type { SourcedRow } from './rule-source.ts';
import { SOURCES } from './sources.ts';

export type DiagnosisGroupId =
  | 'primary-immune-deficiency'
  | 'malignant-neoplasm'
  | 'heart-failure'
  | 'pulmonary-arterial-hypertension'
  | 'iron-overload'
  | 'hypercalcemia';

export interface DiagnosisGroupRow extends SourcedRow {
  group: DiagnosisGroupId;
  /** ICD-10-CM prefixes, with the dot ("D80", "G11.3"). */
  prefixes: readonly string[];
  description: string;
}

/**
 * Diagnoses that change a coverage decision. PID for home IVIG: MBPM ch.15 §50.6 lists the codes;
 * DOMAIN.md §1.2 gives "e.g. D80.0–D80.7, D81.x, D82.x, D83.x, G11.3" (✅). D84 (other immune
 * deficiencies) is not in that list, so it is not here; add a row if the manual's list says so.
 */
export const DIAGNOSIS_GROUPS: readonly DiagnosisGroupRow[] = [
  {
    group: 'primary-immune-deficiency',
    prefixes: [
      'D80.0',
      'D80.1',
      'D80.2',
      'D80.3',
      'D80.4',
      'D80.5',
      'D80.6',
      'D80.7',
      'D81',
      'D82',
      'D83',
      'G11.3',
    ],
    description: 'Primary immune deficiency (home IVIG under Part B; SCIG under LCD V-H)',
    source: SOURCES.ivig,
    mark: 'verified',
    effectiveFrom: '2004-01-01',
    effectiveTo: null,
  },
  ...(
    [
      ['malignant-neoplasm', ['C'], 'Cancer (LCD II chemotherapy, III/V-B cancer pain, V-F)'],
      ['heart-failure', ['I50'], 'Heart failure (LCD V-D inotropes)'],
      ['pulmonary-arterial-hypertension', ['I27.0', 'I27.2'], 'PAH (LCD V-E)'],
      ['iron-overload', ['E83.11'], 'Iron overload (LCD I deferoxamine)'],
      ['hypercalcemia', ['E83.52'], 'Hypercalcemia (LCD V-F gallium nitrate)'],
    ] as const
  ).map(([group, prefixes, description]): DiagnosisGroupRow => ({
    group,
    prefixes,
    description,
    // The LCD words the conditions; mapping them to ICD-10 prefixes is ours (⚠️).
    source: SOURCES.lcd,
    mark: 'secondary',
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
  })),
];

/** Diagnoses the medical record should show for an LCD indication (checked as a warning only). */
export const LCD_INDICATION_DIAGNOSES: readonly {
  indication: LcdIndication;
  group: DiagnosisGroupId;
}[] = [
  { indication: 'I', group: 'iron-overload' },
  { indication: 'II', group: 'malignant-neoplasm' },
  { indication: 'III', group: 'malignant-neoplasm' },
  { indication: 'V-B', group: 'malignant-neoplasm' },
  { indication: 'V-D', group: 'heart-failure' },
  { indication: 'V-E', group: 'pulmonary-arterial-hypertension' },
  { indication: 'V-F', group: 'hypercalcemia' },
  { indication: 'V-H', group: 'primary-immune-deficiency' },
];

/** "D81" matches D81 and D81.x but not D810; "C" matches every C code; "G11.3" matches G11.3x. */
function matchesPrefix(code: string, prefix: string): boolean {
  if (code === prefix) return true;
  const isWholeCategory = prefix.length === 3 && !prefix.includes('.');
  return code.startsWith(isWholeCategory ? `${prefix}.` : prefix);
}

/** The first of `codes` (normalised) that starts with one of `prefixes`; undefined when none does. */
export function findDiagnosisPrefixMatch(
  codes: readonly string[],
  prefixes: readonly string[],
): string | undefined {
  return codes
    .map(normalizeIcd10Cm)
    .find((code) => prefixes.some((prefix) => matchesPrefix(code, prefix)));
}

/** The first of `codes` that belongs to the group, normalised; undefined when none does. */
export function findDiagnosisInGroup(
  codes: readonly string[],
  group: DiagnosisGroupId,
  table: readonly DiagnosisGroupRow[] = DIAGNOSIS_GROUPS,
): string | undefined {
  const row = table.find((candidate) => candidate.group === group);
  if (row === undefined) return undefined;
  return findDiagnosisPrefixMatch(codes, row.prefixes);
}
