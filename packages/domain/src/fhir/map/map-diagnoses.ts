import { normalizeIcd10Cm } from '../../identifiers/index.ts';
import type { ReferralDiagnosis } from '../../intake/referral-draft.ts';
import { ICD10_CM_SYSTEM } from '../validate/terminology.ts';
import { getObject, getObjects, getString } from '../validate/json.ts';
import { codesOf, codingWithSystem, hasCode } from './concepts.ts';
import type { Located, MappingContext } from './mapping-context.ts';

const CONDITION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';
const CONDITION_VER = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
/** Conditions the sender itself says are wrong are not diagnoses. */
const DISCARDED_VERIFICATION = ['refuted', 'entered-in-error'];

/**
 * Conditions with an ICD-10-CM code become diagnoses. The primary one is chosen in this order:
 * 1. the first Condition the ServiceRequest gives as its reason (reasonReference, in order),
 * 2. else the first the MedicationRequest gives as its reason,
 * 3. else the first Condition with category encounter-diagnosis,
 * 4. else the first diagnosis in bundle order.
 * (Encounter.diagnosis.rank would say it best, but intake does not read Encounter.)
 * The primary diagnosis comes first in the list.
 */
export function mapDiagnoses(
  conditions: readonly Located[],
  reasonSources: readonly (Located | undefined)[],
  ctx: MappingContext,
): ReferralDiagnosis[] {
  const usable = conditions.filter((c) => {
    const verification = getObject(c.resource, 'verificationStatus');
    return !DISCARDED_VERIFICATION.some((code) => hasCode(verification, CONDITION_VER, code));
  });
  const coded = usable.flatMap((c) => {
    const concept = getObject(c.resource, 'code');
    const coding = codingWithSystem(concept, ICD10_CM_SYSTEM);
    const code = coding === undefined ? undefined : getString(coding, 'code');
    if (code === undefined) {
      ctx.report({
        severity: 'warning',
        code: 'code-invalid',
        text: `${c.path}.code has no ICD-10-CM coding (system ${ICD10_CM_SYSTEM}); the condition is not carried into the referral's diagnoses.`,
        expression: `${c.path}.code`,
      });
      return [];
    }
    const description = getString(coding ?? {}, 'display') ?? getString(concept ?? {}, 'text');
    return [{ located: c, code: normalizeIcd10Cm(code), description }];
  });
  if (coded.length === 0) {
    ctx.report({
      severity: 'warning',
      code: 'required',
      text: 'The bundle has no Condition with an ICD-10-CM code; intake will ask the referral source for the diagnosis codes.',
      expression: 'Bundle.entry',
    });
    return [];
  }
  const primary =
    choosePrimary(
      coded.map((d) => d.located),
      reasonSources,
      ctx,
    ) ?? coded[0]?.located;
  const ordered = [...coded].sort(
    (a, b) => Number(b.located === primary) - Number(a.located === primary),
  );
  return ordered.map((d) => {
    const diagnosis: ReferralDiagnosis = { code: d.code, isPrimary: d.located === primary };
    if (d.description !== undefined) diagnosis.description = d.description;
    return diagnosis;
  });
}

function choosePrimary(
  coded: readonly Located[],
  reasonSources: readonly (Located | undefined)[],
  ctx: MappingContext,
): Located | undefined {
  for (const source of reasonSources) {
    if (source === undefined) continue;
    for (const reason of getObjects(source.resource, 'reasonReference')) {
      const target = ctx.follow(reason, source);
      const match = coded.find((c) => c.resource === target?.resource);
      if (match !== undefined) return match;
    }
  }
  return coded.find((c) =>
    getObjects(c.resource, 'category').some((cat) =>
      codesOf(cat).some((k) => k.system === CONDITION_CATEGORY && k.code === 'encounter-diagnosis'),
    ),
  );
}
