/**
 * Bundle-level rules of FHIR R4 (https://hl7.org/fhir/R4/bundle.html, constraints bdl-1..bdl-12
 * and the fullUrl rules in §2.36.4) plus intake's own: which Bundle.type an EHR may send us.
 */
import { getObject, getObjects, getString } from './json.ts';
import type { JsonObject } from './json.ts';
import { parseRestfulUrl } from './bundle-index.ts';
import type { ValidationContext } from './validation-context.ts';

/** Bundle types intake accepts (issue 3): the ones an EHR uses to push a referral. */
export const INTAKE_BUNDLE_TYPES: ReadonlySet<string> = new Set([
  'collection',
  'transaction',
  'batch',
  'message',
  'document',
]);

const NEEDS_REQUEST = new Set(['batch', 'transaction', 'history']);
const NEEDS_RESPONSE = new Set(['batch-response', 'transaction-response', 'history']);
const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function checkBundleRules(bundle: JsonObject, ctx: ValidationContext): void {
  const type = getString(bundle, 'type');
  if (type === undefined) return;
  if (!INTAKE_BUNDLE_TYPES.has(type)) {
    ctx.report({
      severity: 'error',
      code: 'not-supported',
      text: `Bundle.type "${type}" is not accepted for intake; send one of ${[...INTAKE_BUNDLE_TYPES].join(', ')}.`,
      expression: 'Bundle.type',
    });
  }
  if (bundle.total !== undefined && type !== 'searchset' && type !== 'history') {
    invariant(ctx, 'bdl-1', 'Bundle.total', 'total only when a search or history');
  }
  if (type === 'document') checkDocument(bundle, ctx);
  const entries = getObjects(bundle, 'entry');
  if (
    type === 'message' &&
    getString(getObject(entries[0] ?? {}, 'resource') ?? {}, 'resourceType') !== 'MessageHeader'
  ) {
    invariant(
      ctx,
      'bdl-12',
      'Bundle.entry[0]',
      'A message must have a MessageHeader as the first resource',
    );
  }
  const seenFullUrls = new Map<string, number>();
  entries.forEach((entry, i) => {
    const path = `Bundle.entry[${i}]`;
    if (entry.search !== undefined && type !== 'searchset') {
      invariant(ctx, 'bdl-2', `${path}.search`, 'entry.search only when a search');
    }
    if (NEEDS_REQUEST.has(type) !== (entry.request !== undefined)) {
      invariant(
        ctx,
        'bdl-3',
        path,
        'entry.request mandatory for batch/transaction/history, otherwise prohibited',
      );
    }
    if (NEEDS_RESPONSE.has(type) !== (entry.response !== undefined)) {
      invariant(
        ctx,
        'bdl-4',
        path,
        'entry.response mandatory for batch-response/transaction-response/history, otherwise prohibited',
      );
    }
    if (
      entry.resource === undefined &&
      entry.request === undefined &&
      entry.response === undefined
    ) {
      invariant(ctx, 'bdl-5', path, "must be a resource unless there's a request or response");
    }
    checkFullUrl(entry, path, type, seenFullUrls, ctx);
  });
}

function checkDocument(bundle: JsonObject, ctx: ValidationContext): void {
  const identifier = getObject(bundle, 'identifier');
  if (identifier?.system === undefined || identifier.value === undefined) {
    invariant(
      ctx,
      'bdl-9',
      'Bundle.identifier',
      'A document must have an identifier with a system and a value',
    );
  }
  if (bundle.timestamp === undefined) {
    invariant(ctx, 'bdl-10', 'Bundle.timestamp', 'A document must have a date');
  }
  const first = getObject(getObjects(bundle, 'entry')[0] ?? {}, 'resource');
  if (first === undefined || getString(first, 'resourceType') !== 'Composition') {
    invariant(
      ctx,
      'bdl-11',
      'Bundle.entry[0]',
      'A document must have a Composition as the first resource',
    );
  }
}

function checkFullUrl(
  entry: JsonObject,
  path: string,
  type: string,
  seen: Map<string, number>,
  ctx: ValidationContext,
): void {
  const fullUrl = getString(entry, 'fullUrl');
  const resource = getObject(entry, 'resource');
  if (fullUrl === undefined) {
    if (resource !== undefined && !NEEDS_REQUEST.has(type)) {
      ctx.report({
        severity: 'warning',
        code: 'value',
        text: `${path} has a resource but no fullUrl, so no other entry can reference it.`,
        expression: `${path}.fullUrl`,
      });
    }
    return;
  }
  const urlPath = `${path}.fullUrl`;
  if (fullUrl.includes('/_history/')) {
    invariant(ctx, 'bdl-8', urlPath, 'fullUrl cannot be a version specific reference');
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(fullUrl)) {
    report(
      ctx,
      'value',
      urlPath,
      `${urlPath} "${fullUrl}" must be an absolute URL or a urn:uuid:/urn:oid: (not a relative reference).`,
    );
  } else if (fullUrl.startsWith('urn:uuid:') && !UUID.test(fullUrl)) {
    report(
      ctx,
      'value',
      urlPath,
      `${urlPath} "${fullUrl}" is not a valid urn:uuid (lower-case 8-4-4-4-12 hex digits).`,
    );
  }
  const restful = parseRestfulUrl(fullUrl);
  if (restful !== undefined && resource !== undefined && restful.base !== '') {
    const rtype = getString(resource, 'resourceType');
    const id = getString(resource, 'id');
    if (rtype !== restful.resourceType || (id !== undefined && id !== restful.id)) {
      report(
        ctx,
        'value',
        urlPath,
        `${urlPath} "${fullUrl}" does not match the entry's resource ${rtype ?? '?'}/${id ?? '(no id)'}.`,
      );
    }
  }
  const versionId = getString(getObject(resource ?? {}, 'meta') ?? {}, 'versionId') ?? '';
  const key = `${fullUrl}|${versionId}`;
  const earlier = seen.get(key);
  if (earlier !== undefined && type !== 'history') {
    invariant(
      ctx,
      'bdl-7',
      urlPath,
      `FullUrl must be unique in a bundle, or else entries with the same fullUrl must have different meta.versionId (same as Bundle.entry[${earlier}])`,
    );
  } else {
    seen.set(key, Number(/\[(\d+)\]$/.exec(path)?.[1] ?? -1));
  }
}

function invariant(ctx: ValidationContext, key: string, expression: string, human: string): void {
  ctx.report({
    severity: 'error',
    code: 'invariant',
    text: `${expression}: ${human} (${key}).`,
    diagnostics: `Constraint ${key} on Bundle`,
    expression,
  });
}

function report(ctx: ValidationContext, code: 'value', expression: string, text: string): void {
  ctx.report({ severity: 'error', code, text, expression });
}
