import { PRIMITIVE_RULES } from '../definitions/primitives.ts';
import { REQUIRED_VALUE_SETS } from '../definitions/value-sets.ts';
import { describeJson } from './json.ts';
import type { ValidationContext } from './validation-context.ts';

/** Checks one primitive value (JSON kind, R4 regex, calendar/range); true when it is valid. */
export function validatePrimitive(
  value: unknown,
  typeCode: string,
  path: string,
  ctx: ValidationContext,
): boolean {
  const rule = PRIMITIVE_RULES[typeCode];
  if (rule === undefined) return true;
  if (typeof value !== rule.json) {
    ctx.report({
      severity: 'error',
      code: 'structure',
      text: `${path} must be a JSON ${rule.json} (FHIR ${typeCode}); found ${describeJson(value)}.`,
      expression: path,
    });
    return false;
  }
  const primitive = value as string | number | boolean;
  if (typeof primitive === 'string' && primitive.length === 0) {
    ctx.report({
      severity: 'error',
      code: 'value',
      text: `${path} is an empty string; FHIR JSON leaves an element out rather than sending it empty.`,
      expression: path,
    });
    return false;
  }
  if (
    rule.pattern !== undefined &&
    typeof primitive === 'string' &&
    !rule.pattern.test(primitive)
  ) {
    ctx.report({
      severity: 'error',
      code: 'value',
      text: `${path} is not a valid FHIR ${typeCode}: "${truncate(primitive)}". Expected for example ${rule.example}.`,
      expression: path,
    });
    return false;
  }
  const problem = rule.check?.(primitive);
  if (problem !== undefined) {
    ctx.report({
      severity: 'error',
      code: 'value',
      text: `${path} is not a valid FHIR ${typeCode}: ${problem}.`,
      expression: path,
    });
    return false;
  }
  return true;
}

/** A code element with a required binding must hold one of the value set's codes. */
export function validateRequiredCode(
  value: string,
  valueSetKey: string,
  path: string,
  ctx: ValidationContext,
): void {
  const valueSet = REQUIRED_VALUE_SETS[valueSetKey];
  if (valueSet === undefined || valueSet.codes.has(value)) return;
  ctx.report({
    severity: 'error',
    code: 'code-invalid',
    text: `${path} "${truncate(value)}" is not in the required value set ${valueSet.url}; allowed: ${[...valueSet.codes].join(', ')}.`,
    expression: path,
  });
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
