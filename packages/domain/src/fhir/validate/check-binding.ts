import { REQUIRED_VALUE_SETS } from '../definitions/value-sets.ts';
import { getObjects, getString } from './json.ts';
import type { JsonObject } from './json.ts';
import type { ValidationContext } from './validation-context.ts';

/**
 * A CodeableConcept bound to a required value set must carry at least one Coding from it
 * (https://hl7.org/fhir/R4/terminologies.html#required): right system and a code of the set.
 */
export function checkCodeableConceptBinding(
  concept: JsonObject,
  valueSetKey: string,
  path: string,
  ctx: ValidationContext,
): void {
  const valueSet = REQUIRED_VALUE_SETS[valueSetKey];
  if (valueSet === undefined) return;
  const codings = getObjects(concept, 'coding');
  const matches = (c: JsonObject): boolean =>
    getString(c, 'system') === valueSet.system && valueSet.codes.has(getString(c, 'code') ?? '');
  if (codings.some(matches)) return;
  const allowed = [...valueSet.codes].join(', ');
  const wrongCode = codings.findIndex((c) => getString(c, 'system') === valueSet.system);
  if (wrongCode >= 0) {
    const code = getString(codings[wrongCode] ?? {}, 'code') ?? '(none)';
    ctx.report({
      severity: 'error',
      code: 'code-invalid',
      text: `${path}.coding[${wrongCode}].code "${code}" is not in the required value set ${valueSet.url}; allowed: ${allowed}.`,
      expression: `${path}.coding[${wrongCode}].code`,
    });
    return;
  }
  ctx.report({
    severity: 'error',
    code: 'code-invalid',
    text: `${path} needs a coding from ${valueSet.system} (required value set ${valueSet.url}; one of ${allowed}).`,
    expression: path,
  });
}
