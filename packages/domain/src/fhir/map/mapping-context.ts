import type { IssueInput, OperationOutcomeIssue } from '../outcome/operation-outcome.ts';
import { createIssue } from '../outcome/operation-outcome.ts';
import type { BundleIndex, IndexedEntry } from '../validate/bundle-index.ts';
import type { JsonObject } from '../validate/json.ts';

/** A resource found in the bundle, with the FHIRPath it is reported under. */
export interface Located {
  resource: JsonObject;
  /** `Bundle.entry[3].resource` (or `....contained[0]` for a contained one). */
  path: string;
  /** The entry it came from (a contained resource: its container's entry). */
  entryIndex: number;
}

/** What the mappers share: the bundle index and the issues they find. */
export class MappingContext {
  readonly issues: OperationOutcomeIssue[] = [];

  constructor(readonly index: BundleIndex) {}

  report(input: IssueInput): void {
    this.issues.push(createIssue(input));
  }

  /** Reports a thing a referral cannot do without (code 'required', severity error). */
  require(expression: string, text: string): void {
    this.report({ severity: 'error', code: 'required', text, expression });
  }

  /** Every entry resource of a type, in bundle order. */
  all(resourceType: string): Located[] {
    return this.index.ofType(resourceType).flatMap((e) => locate(e));
  }

  /** Follows a Reference element from a located resource: bundle entries and contained '#id'. */
  follow(reference: unknown, from: Located): Located | undefined {
    if (typeof reference !== 'object' || reference === null) return undefined;
    const ref = (reference as JsonObject).reference;
    if (typeof ref !== 'string') return undefined;
    if (ref.startsWith('#')) return findContained(ref.slice(1), from, this.index);
    const entry = this.index.follow(reference as JsonObject, from.entryIndex);
    return entry === undefined ? undefined : locate(entry)[0];
  }
}

function locate(entry: IndexedEntry): Located[] {
  return entry.resource === undefined
    ? []
    : [
        {
          resource: entry.resource,
          path: `Bundle.entry[${entry.index}].resource`,
          entryIndex: entry.index,
        },
      ];
}

function findContained(id: string, from: Located, index: BundleIndex): Located | undefined {
  const container = index.entries[from.entryIndex]?.resource;
  const contained = container?.contained;
  if (!Array.isArray(contained)) return undefined;
  const position = contained.findIndex(
    (c: unknown) => typeof c === 'object' && c !== null && (c as JsonObject).id === id,
  );
  const found: unknown = contained[position];
  if (position < 0 || typeof found !== 'object' || found === null) return undefined;
  return {
    resource: found as JsonObject,
    path: `Bundle.entry[${from.entryIndex}].resource.contained[${position}]`,
    entryIndex: from.entryIndex,
  };
}
