import type { BundleIndex } from './bundle-index.ts';
import { reportWrongTarget } from './validate-resource.ts';
import type { ValidationContext } from './validation-context.ts';

/**
 * Resolves every literal reference collected while walking the entries. A reference that cannot
 * point anywhere but the bundle (urn:uuid) and is missing is an error; so is a 'Type/id' or URL that
 * is not in the bundle, except in a collection bundle, which may point at resources its sender
 * holds elsewhere (a warning there: intake cannot fetch them).
 */
export function checkReferences(
  ctx: ValidationContext,
  index: BundleIndex,
  bundleType: string | undefined,
): void {
  for (const ref of ctx.references) {
    const resolution = index.resolve(ref.reference, ref.scope.entryIndex);
    switch (resolution.status) {
      case 'resolved': {
        const type = resolution.entry.resourceType;
        if (type !== undefined && ref.targets !== undefined && !ref.targets.includes(type)) {
          reportWrongTarget(ref.path, type, ref.targets, ctx);
        }
        break;
      }
      case 'missing-internal':
        ctx.report({
          severity: 'error',
          code: 'not-found',
          text: `${ref.path} refers to "${ref.reference}", but no entry in the bundle has that fullUrl.`,
          expression: ref.path,
        });
        break;
      case 'missing-external': {
        const type = resolution.resourceType;
        if (type !== undefined && ref.targets !== undefined && !ref.targets.includes(type)) {
          reportWrongTarget(ref.path, type, ref.targets, ctx);
        }
        const isCollection = bundleType === 'collection';
        ctx.report({
          severity: isCollection ? 'warning' : 'error',
          code: 'not-found',
          text: `${ref.path} refers to "${ref.reference}", which is not in the bundle${isCollection ? '; intake cannot fetch it from the sender' : ''}.`,
          expression: ref.path,
        });
        break;
      }
      case 'conditional':
        ctx.report({
          severity: bundleType === 'transaction' || bundleType === 'batch' ? 'warning' : 'error',
          code: 'not-supported',
          text: `${ref.path} is a conditional reference "${ref.reference}"; intake cannot resolve it offline. Reference the entry's fullUrl instead.`,
          expression: ref.path,
        });
        break;
      case 'malformed':
        ctx.report({
          severity: 'error',
          code: 'value',
          text: `${ref.path}.reference "${ref.reference}" is not a valid reference: ${resolution.reason}.`,
          expression: `${ref.path}.reference`,
        });
        break;
    }
  }
}
