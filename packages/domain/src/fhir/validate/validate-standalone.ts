import { createOperationOutcome } from '../outcome/operation-outcome.ts';
import type { OperationOutcome } from '../outcome/operation-outcome.ts';
import { describeJson, getString, isJsonObject } from './json.ts';
import { validateTopLevelResource } from './validate-resource.ts';
import { ValidationContext } from './validation-context.ts';

/**
 * Validates one resource on its own (not in a Bundle). Only '#id' references can be resolved
 * without a bundle; others are left alone. A Bundle should go through validateBundle instead.
 */
export function validateResource(json: unknown): OperationOutcome {
  const ctx = new ValidationContext();
  if (!isJsonObject(json)) {
    ctx.report({
      severity: 'fatal',
      code: 'structure',
      text: `Expected a FHIR resource as a JSON object; received ${describeJson(json)}.`,
    });
    return createOperationOutcome(ctx.issues);
  }
  const type = getString(json, 'resourceType') ?? 'Resource';
  const disposition = validateTopLevelResource(json, type, undefined, ctx);
  if (disposition === 'ignored') {
    ctx.report({
      severity: 'information',
      code: 'informational',
      text: `${type} is a FHIR R4 resource that intake does not use; its content was not checked.`,
      expression: type,
    });
  }
  return createOperationOutcome(ctx.issues);
}
