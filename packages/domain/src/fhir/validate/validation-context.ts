import { createIssue } from '../outcome/operation-outcome.ts';
import type { IssueInput, OperationOutcomeIssue } from '../outcome/operation-outcome.ts';

/** A literal reference met while walking a resource, resolved once the whole bundle is known. */
export interface CollectedReference {
  /** FHIRPath of the Reference element, e.g. `Bundle.entry[0].resource.subject`. */
  path: string;
  reference: string;
  /** Allowed target types from the definition; undefined means any resource. */
  targets: readonly string[] | undefined;
  /** The resource the reference sits in (a contained resource points at its container's scope). */
  scope: ResourceScope;
}

/** What a resource knows about itself while its references are checked. */
export interface ResourceScope {
  /** FHIRPath of the top-level resource: `Bundle.entry[2].resource` or `Patient`. */
  path: string;
  /** The bundle entry the resource came from; undefined for a resource validated alone. */
  entryIndex: number | undefined;
  /** contained[].id of the top-level resource → the contained resource's type. */
  containedTypes: Map<string, string>;
  /** '#id' references met anywhere in the resource, checked once its contained list is known. */
  localReferences: { path: string; id: string; targets: readonly string[] | undefined }[];
}

export class ValidationContext {
  readonly issues: OperationOutcomeIssue[] = [];
  readonly references: CollectedReference[] = [];

  report(input: IssueInput): void {
    this.issues.push(createIssue(input));
  }
}
