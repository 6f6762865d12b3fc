import type { ReferralAllergy } from '../../intake/referral-draft.ts';
import { getObject, getObjects, getString } from '../validate/json.ts';
import { conceptText, hasCode } from './concepts.ts';
import type { Located, MappingContext } from './mapping-context.ts';

const ALLERGY_VER = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification';
const ALLERGY_CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical';
const SNOMED = 'http://snomed.info/sct';

/**
 * "No known allergy" assertions are not allergies: SNOMED CT 716186003 No known allergy,
 * 409137002 No known drug allergy (as used in the US Core / IPS examples). ⚠️
 */
const NO_KNOWN_ALLERGY_CODES = ['716186003', '409137002'];
const SEVERITY_RANK = { mild: 1, moderate: 2, severe: 3 } as const;
type Severity = keyof typeof SEVERITY_RANK;

/** Active allergies; refuted, entered-in-error, resolved and "no known allergy" are left out. */
export function mapAllergies(
  allergies: readonly Located[],
  ctx: MappingContext,
): ReferralAllergy[] {
  return allergies.flatMap((a) => {
    const { resource, path } = a;
    const verification = getObject(resource, 'verificationStatus');
    if (
      hasCode(verification, ALLERGY_VER, 'refuted') ||
      hasCode(verification, ALLERGY_VER, 'entered-in-error')
    )
      return [];
    const clinical = getObject(resource, 'clinicalStatus');
    if (
      hasCode(clinical, ALLERGY_CLINICAL, 'resolved') ||
      hasCode(clinical, ALLERGY_CLINICAL, 'inactive')
    )
      return [];
    const code = getObject(resource, 'code');
    if (NO_KNOWN_ALLERGY_CODES.some((c) => hasCode(code, SNOMED, c))) return [];
    const reactions = getObjects(resource, 'reaction');
    const substance = conceptText(code) ?? conceptText(getObject(reactions[0] ?? {}, 'substance'));
    if (substance === undefined) {
      ctx.report({
        severity: 'warning',
        code: 'required',
        text: `${path} names no substance (code); it is not carried into the referral's allergies.`,
        expression: `${path}.code`,
      });
      return [];
    }
    const allergy: ReferralAllergy = { substance };
    const manifestations = reactions
      .flatMap((r) => getObjects(r, 'manifestation').map(conceptText))
      .filter((m): m is string => m !== undefined);
    const descriptions = reactions
      .map((r) => getString(r, 'description'))
      .filter((d): d is string => d !== undefined);
    const reaction = [...new Set([...manifestations, ...descriptions])].join(', ');
    if (reaction !== '') allergy.reaction = reaction;
    const severity = reactions
      .map((r) => getString(r, 'severity'))
      .filter((s): s is Severity => s === 'mild' || s === 'moderate' || s === 'severe')
      .sort((x, y) => SEVERITY_RANK[y] - SEVERITY_RANK[x])[0];
    if (severity !== undefined) allergy.severity = severity;
    return [allergy];
  });
}
