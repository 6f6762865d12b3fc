/**
 * Resource-level checks: resourceType, the supported/ignored split, contained resources (dom-2..5)
 * and local '#id' references.
 */
import { SUPPORTED_RESOURCES, isR4ResourceType } from '../definitions/index.ts';
import type { ElementDefinition, TypeDefinition } from '../definitions/index.ts';
import { getObject, getObjects, getString } from './json.ts';
import type { JsonObject } from './json.ts';
import { validateObject } from './validate-element.ts';
import type { WalkState } from './validate-element.ts';
import type { ResourceScope, ValidationContext } from './validation-context.ts';

/** What became of a resource: checked element by element, skipped as not used, or rejected. */
export type ResourceDisposition = 'validated' | 'ignored' | 'invalid';

type TypeCheck =
  | { kind: 'supported'; type: string; def: TypeDefinition }
  | { kind: 'ignored'; type: string }
  | { kind: 'invalid' };

/** Resolves resourceType: a supported type, a real R4 type we do not use, or an error. */
export function checkResourceType(
  resource: JsonObject,
  path: string,
  ctx: ValidationContext,
): TypeCheck {
  const type = resource.resourceType;
  if (typeof type !== 'string' || type.length === 0) {
    ctx.report({
      severity: 'error',
      code: 'structure',
      text: `${path} has no resourceType, so it cannot be read as a FHIR resource.`,
      expression: path,
    });
    return { kind: 'invalid' };
  }
  if (!isR4ResourceType(type)) {
    ctx.report({
      severity: 'error',
      code: 'not-supported',
      text: `${path} has resourceType "${type}", which is not a FHIR R4 resource type.`,
      expression: path,
    });
    return { kind: 'invalid' };
  }
  const def = SUPPORTED_RESOURCES.get(type);
  return def === undefined ? { kind: 'ignored', type } : { kind: 'supported', type, def };
}

export function createScope(path: string, entryIndex: number | undefined): ResourceScope {
  return { path, entryIndex, containedTypes: new Map(), localReferences: [] };
}

/**
 * Validates a supported top-level resource (a bundle entry's or one sent alone). Returns what was
 * done with it; an ignored type gets an information issue from the caller, who knows the context.
 */
export function validateTopLevelResource(
  resource: JsonObject,
  path: string,
  entryIndex: number | undefined,
  ctx: ValidationContext,
): ResourceDisposition {
  const check = checkResourceType(resource, path, ctx);
  if (check.kind !== 'supported') return check.kind;
  const scope = createScope(path, entryIndex);
  for (const contained of getObjects(resource, 'contained')) {
    const id = getString(contained, 'id');
    const type = getString(contained, 'resourceType');
    if (id !== undefined && type !== undefined) scope.containedTypes.set(id, type);
  }
  const state: WalkState = { ctx, scope, onResource: validateNestedResource };
  validateObject(resource, check.def, path, state);
  checkLocalReferences(resource, scope, check.type, ctx);
  return 'validated';
}

/** Contained resources (and any other Resource-typed element inside a resource). */
function validateNestedResource(
  resource: JsonObject,
  path: string,
  element: ElementDefinition,
  state: WalkState,
): void {
  const check = checkResourceType(resource, path, state.ctx);
  if (check.kind === 'invalid') return;
  if (element.name === 'contained') checkContainedRules(resource, path, state.ctx);
  if (check.kind === 'ignored') {
    state.ctx.report({
      severity: 'information',
      code: 'informational',
      text: `${path} (a contained ${check.type}) is a resource type intake does not use; its content was not checked.`,
      expression: path,
    });
    return;
  }
  validateObject(resource, check.def, path, state);
}

/** dom-2, dom-4, dom-5 and the id every contained resource needs to be referenced. */
function checkContainedRules(resource: JsonObject, path: string, ctx: ValidationContext): void {
  if (getString(resource, 'id') === undefined) {
    ctx.report({
      severity: 'error',
      code: 'required',
      text: `${path} has no id: a contained resource is only reachable through '#id'.`,
      expression: `${path}.id`,
    });
  }
  if (resource.contained !== undefined) {
    ctx.report({
      severity: 'error',
      code: 'invariant',
      text: `${path}: If the resource is contained in another resource, it SHALL NOT contain nested Resources (dom-2).`,
      expression: `${path}.contained`,
    });
  }
  const meta = getObject(resource, 'meta');
  if (meta !== undefined && (meta.versionId !== undefined || meta.lastUpdated !== undefined)) {
    ctx.report({
      severity: 'error',
      code: 'invariant',
      text: `${path}: If a resource is contained in another resource, it SHALL NOT have a meta.versionId or a meta.lastUpdated (dom-4).`,
      expression: `${path}.meta`,
    });
  }
  if (meta?.security !== undefined) {
    ctx.report({
      severity: 'error',
      code: 'invariant',
      text: `${path}: If a resource is contained in another resource, it SHALL NOT have a security label (dom-5).`,
      expression: `${path}.meta.security`,
    });
  }
}

/** Every '#id' must name a contained resource of an allowed type; every contained one is used (dom-3). */
function checkLocalReferences(
  resource: JsonObject,
  scope: ResourceScope,
  ownType: string,
  ctx: ValidationContext,
): void {
  for (const ref of scope.localReferences) {
    const type = ref.id === '' ? ownType : scope.containedTypes.get(ref.id);
    if (type === undefined) {
      ctx.report({
        severity: 'error',
        code: 'not-found',
        text: `${ref.path} refers to '#${ref.id}', but the resource has no contained resource with that id.`,
        expression: ref.path,
      });
    } else if (ref.targets !== undefined && !ref.targets.includes(type)) {
      reportWrongTarget(ref.path, type, ref.targets, ctx);
    }
  }
  const referenced = new Set(scope.localReferences.map((r) => r.id));
  getObjects(resource, 'contained').forEach((contained, i) => {
    const id = getString(contained, 'id');
    if (id === undefined || referenced.has(id)) return;
    const containedPath = `${scope.path}.contained[${i}]`;
    const pointsBack = scope.localReferences.some(
      (r) => r.id === '' && r.path.startsWith(`${containedPath}.`),
    );
    if (pointsBack) return;
    ctx.report({
      severity: 'error',
      code: 'invariant',
      text: `${containedPath} (id '${id}') is not referenced: If the resource is contained in another resource, it SHALL be referred to from elsewhere in the resource or SHALL refer to the containing resource (dom-3).`,
      expression: containedPath,
    });
  });
}

export function reportWrongTarget(
  path: string,
  type: string,
  targets: readonly string[],
  ctx: ValidationContext,
): void {
  ctx.report({
    severity: 'error',
    code: 'structure',
    text: `${path} points to a ${type}, but this element may only reference ${targets.join(' | ')}.`,
    expression: path,
  });
}
