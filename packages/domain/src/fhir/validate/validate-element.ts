/**
 * The generic walker: checks a JSON object against a definition table (unknown elements, [x]
 * choices, cardinality, JSON arrays, primitive companions `_name`), then each value by its type.
 */
import { DATATYPES, UNCHECKED_DATATYPES } from '../definitions/datatypes.ts';
import { defineType, isPrimitiveType } from '../definitions/element-types.ts';
import type { ElementDefinition, TypeDefinition, TypeRef } from '../definitions/element-types.ts';
import { INVARIANTS } from './invariants.ts';
import { describeJson, isJsonObject } from './json.ts';
import type { JsonObject } from './json.ts';
import { checkCodeableConceptBinding } from './check-binding.ts';
import { checkSystemCodes } from './terminology.ts';
import { validatePrimitive, validateRequiredCode } from './validate-primitive.ts';
import type { ResourceScope, ValidationContext } from './validation-context.ts';

export interface WalkState {
  ctx: ValidationContext;
  scope: ResourceScope;
  /** Called for elements of type Resource (contained, Bundle.entry.resource). */
  onResource: (
    value: JsonObject,
    path: string,
    element: ElementDefinition,
    state: WalkState,
  ) => void;
}

/** The id/extension object beside a primitive (`_birthDate`). */
const PRIMITIVE_ELEMENT = defineType(
  'Element',
  'datatype',
  'https://hl7.org/fhir/R4/json.html#primitive',
  {},
);

export function validateObject(
  obj: JsonObject,
  def: TypeDefinition,
  path: string,
  state: WalkState,
): void {
  const isResource = def.kind === 'resource' || def.kind === 'domain-resource';
  const keys = Object.keys(obj).filter((k) => !(isResource && k === 'resourceType'));
  if (keys.length === 0) {
    state.ctx.report({
      severity: 'error',
      code: 'invariant',
      text: `${path} is empty: every FHIR element must have a value or children (ele-1).`,
      expression: path,
    });
  }
  const present = collectPresent(obj, keys, def, path, state);
  for (const element of def.elements) {
    const names = present.get(element) ?? [];
    if (names.length > 1) {
      state.ctx.report({
        severity: 'error',
        code: 'structure',
        text: `${path} has ${names.join(' and ')}; ${element.name}[x] takes only one type.`,
        expression: `${path}.${element.name}`,
      });
    }
    const jsonName = names[0];
    if (jsonName === undefined) {
      if (element.min > 0) reportMissing(element, path, state);
      continue;
    }
    const type = def.byJsonName.get(jsonName)?.type ?? { code: 'string' };
    const elementPath = element.isChoice
      ? `${path}.${element.name}.ofType(${type.code})`
      : `${path}.${element.name}`;
    validateElementValue(obj[jsonName], obj[`_${jsonName}`], element, type, elementPath, state);
  }
  for (const invariant of INVARIANTS[def.name] ?? []) {
    if (invariant.holds(obj)) continue;
    state.ctx.report({
      severity: invariant.severity,
      code: 'invariant',
      text: `${path}: ${invariant.human} (${invariant.key}).`,
      diagnostics: `Constraint ${invariant.key} on ${def.name}`,
      expression: path,
    });
  }
}

/** Maps each element to the JSON names present for it; reports names the type does not have. */
function collectPresent(
  obj: JsonObject,
  keys: readonly string[],
  def: TypeDefinition,
  path: string,
  state: WalkState,
): Map<ElementDefinition, string[]> {
  const present = new Map<ElementDefinition, string[]>();
  for (const key of keys) {
    const baseKey = key.startsWith('_') ? key.slice(1) : key;
    const found = def.byJsonName.get(baseKey);
    if (found === undefined || (key !== baseKey && !isPrimitiveType(found.type.code))) {
      reportUnknown(key, def, path, state);
      continue;
    }
    const names = present.get(found.element) ?? [];
    if (!names.includes(baseKey)) names.push(baseKey);
    present.set(found.element, names);
  }
  return present;
}

function reportUnknown(key: string, def: TypeDefinition, path: string, state: WalkState): void {
  const choice = def.elements.find((e) => e.isChoice && e.name === key);
  const hint =
    choice === undefined
      ? ''
      : ` A [x] element names its type: ${choice.types
          .slice(0, 3)
          .map((t) => choice.name + t.code.charAt(0).toUpperCase() + t.code.slice(1))
          .join(', ')}.`;
  state.ctx.report({
    severity: 'error',
    code: 'structure',
    text: `Unknown element '${key}' in ${def.name} at ${path}: FHIR R4 ${def.name} has no such element.${hint}`,
    expression: `${path}.${key}`,
  });
}

function reportMissing(element: ElementDefinition, path: string, state: WalkState): void {
  state.ctx.report({
    severity: 'error',
    code: 'required',
    text: `${path}.${element.name} is required (cardinality ${element.min}..${element.max}) but missing.`,
    expression: `${path}.${element.name}`,
  });
}

function validateElementValue(
  value: unknown,
  companion: unknown,
  element: ElementDefinition,
  type: TypeRef,
  path: string,
  state: WalkState,
): void {
  if (element.max === '*') {
    validateRepeating(value, companion, element, type, path, state);
    return;
  }
  if (Array.isArray(value) || Array.isArray(companion)) {
    state.ctx.report({
      severity: 'error',
      code: 'structure',
      text: `${path} allows at most one value (cardinality ${element.min}..1) but an array was sent.`,
      expression: path,
    });
    return;
  }
  if (value !== undefined) validateSingle(value, element, type, path, state);
  if (companion !== undefined) validateCompanion(companion, path, state);
}

function validateRepeating(
  value: unknown,
  companion: unknown,
  element: ElementDefinition,
  type: TypeRef,
  path: string,
  state: WalkState,
): void {
  const values = asArray(value, path, element, state);
  const companions = asArray(companion, path, element, state);
  if (values === undefined || companions === undefined) return;
  if (values.length > 0 && companions.length > 0 && values.length !== companions.length) {
    state.ctx.report({
      severity: 'error',
      code: 'structure',
      text: `${path} and its _${element.name} companion array must have the same length.`,
      expression: path,
    });
  }
  const count = Math.max(values.length, companions.length);
  if (count < element.min) reportMissing(element, path.replace(/\.[^.]+$/, ''), state);
  for (let i = 0; i < count; i++) {
    const itemPath = `${path}[${i}]`;
    const item: unknown = values[i];
    const itemCompanion: unknown = companions[i];
    const hasCompanion = itemCompanion !== undefined && itemCompanion !== null;
    if (item === undefined || item === null) {
      if (!hasCompanion || !isPrimitiveType(type.code)) {
        state.ctx.report({
          severity: 'error',
          code: 'structure',
          text: `${itemPath} is null; a null is allowed only in a primitive array whose _ companion carries that position.`,
          expression: itemPath,
        });
      }
    } else {
      validateSingle(item, element, type, itemPath, state);
    }
    if (hasCompanion) validateCompanion(itemCompanion, itemPath, state);
  }
}

/** A repeating element must be a non-empty JSON array; returns its items or undefined. */
function asArray(
  value: unknown,
  path: string,
  element: ElementDefinition,
  state: WalkState,
): readonly unknown[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    state.ctx.report({
      severity: 'error',
      code: 'structure',
      text: `${path} repeats (cardinality ${element.min}..*) and must be a JSON array; found ${describeJson(value)}.`,
      expression: path,
    });
    return undefined;
  }
  if (value.length === 0) {
    state.ctx.report({
      severity: 'error',
      code: 'structure',
      text: `${path} is an empty array; FHIR JSON leaves an element out rather than sending it empty.`,
      expression: path,
    });
  }
  return value as unknown[];
}

function validateCompanion(companion: unknown, path: string, state: WalkState): void {
  if (!isJsonObject(companion)) {
    state.ctx.report({
      severity: 'error',
      code: 'structure',
      text: `The _ companion of ${path} must be a JSON object with id and/or extension; found ${describeJson(companion)}.`,
      expression: path,
    });
    return;
  }
  validateObject(companion, PRIMITIVE_ELEMENT, path, state);
}

function validateSingle(
  value: unknown,
  element: ElementDefinition,
  type: TypeRef,
  path: string,
  state: WalkState,
): void {
  if (isPrimitiveType(type.code)) {
    const ok = validatePrimitive(value, type.code, path, state.ctx);
    if (ok && typeof value === 'string' && element.requiredValueSet !== undefined) {
      validateRequiredCode(value, element.requiredValueSet, path, state.ctx);
    }
    return;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    state.ctx.report({
      severity: 'error',
      code: 'structure',
      text: `${path} must be a JSON object (FHIR ${type.code}); found ${describeJson(value)}.`,
      expression: path,
    });
    return;
  }
  const obj = value as JsonObject;
  if (type.code === 'Resource') {
    state.onResource(obj, path, element, state);
    return;
  }
  const def = element.children ?? DATATYPES.get(type.code);
  if (def === undefined) {
    if (!UNCHECKED_DATATYPES.has(type.code)) throw new Error(`No definition for ${type.code}`);
    return;
  }
  validateObject(obj, def, path, state);
  if (type.code === 'Reference') collectReference(obj, type, path, state);
  if (type.code === 'Coding' || type.code === 'Identifier') {
    checkSystemCodes(type.code, obj, path, state.ctx);
  }
  if (type.code === 'CodeableConcept' && element.requiredValueSet !== undefined) {
    checkCodeableConceptBinding(obj, element.requiredValueSet, path, state.ctx);
  }
}

function collectReference(obj: JsonObject, type: TypeRef, path: string, state: WalkState): void {
  const reference = obj.reference;
  if (typeof reference !== 'string' || reference.length === 0) return;
  const targets = type.targets?.includes('Resource') === true ? undefined : type.targets;
  if (reference.startsWith('#')) {
    state.scope.localReferences.push({ path, id: reference.slice(1), targets });
    return;
  }
  state.ctx.references.push({ path, reference, targets, scope: state.scope });
}
