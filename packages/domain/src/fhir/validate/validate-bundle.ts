/**
 * Validates what an EHR posts to intake: a FHIR R4 Bundle whose entries intake reads (Patient,
 * ServiceRequest, MedicationRequest, Medication, Coverage, Condition, AllergyIntolerance,
 * Practitioner, PractitionerRole, Organization) are checked element by element; entries of other
 * real R4 types are reported as ignored; references are resolved inside the bundle.
 */
import { BUNDLE } from '../definitions/index.ts';
import type { ElementDefinition } from '../definitions/index.ts';
import { createOperationOutcome } from '../outcome/operation-outcome.ts';
import type { OperationOutcome } from '../outcome/operation-outcome.ts';
import { BundleIndex } from './bundle-index.ts';
import { checkBundleRules } from './bundle-rules.ts';
import { describeJson, getString, isJsonObject } from './json.ts';
import type { JsonObject } from './json.ts';
import { checkReferences } from './check-references.ts';
import { validateObject } from './validate-element.ts';
import type { WalkState } from './validate-element.ts';
import { checkResourceType, createScope, validateTopLevelResource } from './validate-resource.ts';
import type { ResourceDisposition } from './validate-resource.ts';
import { ValidationContext } from './validation-context.ts';

export interface BundleInspection {
  outcome: OperationOutcome;
  /** Present when the input was a JSON object with resourceType Bundle. */
  bundle?: JsonObject;
  index?: BundleIndex;
  /** Per entry index: what the validator did with the entry's resource. */
  dispositions: Map<number, ResourceDisposition>;
}

const ENTRY_RESOURCE = /^Bundle\.entry\[(\d+)\]\.resource$/;

/** Validates a parsed JSON value as an intake Bundle and keeps what mapping needs. */
export function inspectBundle(json: unknown): BundleInspection {
  const ctx = new ValidationContext();
  const dispositions = new Map<number, ResourceDisposition>();
  if (!isJsonObject(json)) {
    ctx.report({
      severity: 'fatal',
      code: 'structure',
      text: `Expected a FHIR Bundle as a JSON object; received ${describeJson(json)}.`,
    });
    return { outcome: createOperationOutcome(ctx.issues), dispositions };
  }
  const resourceType = json.resourceType;
  if (resourceType !== 'Bundle') {
    reportNotABundle(json, ctx);
    return { outcome: createOperationOutcome(ctx.issues), dispositions };
  }
  const onResource: WalkState['onResource'] = (resource, path, element, state) => {
    const entryIndex = Number(ENTRY_RESOURCE.exec(path)?.[1] ?? Number.NaN);
    if (element.name === 'resource' && !Number.isNaN(entryIndex)) {
      const disposition = validateTopLevelResource(resource, path, entryIndex, state.ctx);
      dispositions.set(entryIndex, disposition);
      if (disposition === 'ignored') reportIgnored(resource, path, state.ctx);
      return;
    }
    checkOutcomeResource(resource, path, element, state.ctx);
  };
  validateObject(json, BUNDLE, 'Bundle', {
    ctx,
    scope: createScope('Bundle', undefined),
    onResource,
  });
  checkBundleRules(json, ctx);
  const index = new BundleIndex(json);
  checkReferences(ctx, index, getString(json, 'type'));
  return { outcome: createOperationOutcome(ctx.issues), bundle: json, index, dispositions };
}

/** Validates a Bundle and returns the OperationOutcome (accepted = no error or fatal issue). */
export function validateBundle(json: unknown): OperationOutcome {
  return inspectBundle(json).outcome;
}

function reportIgnored(resource: JsonObject, path: string, ctx: ValidationContext): void {
  ctx.report({
    severity: 'information',
    code: 'informational',
    text: `${path} (${getString(resource, 'resourceType') ?? '?'}) is a resource type intake does not use; it was ignored.`,
    expression: path,
  });
}

/** Bundle.entry.response.outcome: only the type is checked. */
function checkOutcomeResource(
  resource: JsonObject,
  path: string,
  _element: ElementDefinition,
  ctx: ValidationContext,
): void {
  checkResourceType(resource, path, ctx);
}

function reportNotABundle(json: JsonObject, ctx: ValidationContext): void {
  const type = json.resourceType;
  if (typeof type !== 'string') {
    ctx.report({
      severity: 'fatal',
      code: 'structure',
      text: 'The JSON object has no resourceType; intake expects a FHIR R4 Bundle.',
    });
    return;
  }
  const check = checkResourceType(json, type, ctx);
  if (check.kind === 'invalid') return;
  ctx.report({
    severity: 'error',
    code: 'structure',
    text: `Intake expects a Bundle, but received a single ${type}. Wrap it in a Bundle (type transaction or collection) with the other resources of the referral.`,
    expression: type,
  });
}
