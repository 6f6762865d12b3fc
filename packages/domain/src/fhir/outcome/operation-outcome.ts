/**
 * FHIR R4 OperationOutcome (https://hl7.org/fhir/R4/operationoutcome.html): the one shape every
 * validation problem is reported in, to the EHR over the API and to analysts on the command line.
 */

/** OperationOutcome.issue.severity, required binding http://hl7.org/fhir/ValueSet/issue-severity. */
export type IssueSeverity = 'fatal' | 'error' | 'warning' | 'information';

/**
 * OperationOutcome.issue.code, required binding http://hl7.org/fhir/ValueSet/issue-type (R4).
 * Only the codes this module emits are listed; all are members of the R4 value set.
 */
export type IssueType =
  | 'invalid'
  | 'structure'
  | 'required'
  | 'value'
  | 'invariant'
  | 'code-invalid'
  | 'not-found'
  | 'not-supported'
  | 'business-rule'
  | 'informational'
  | 'too-costly';

export interface OperationOutcomeIssue {
  severity: IssueSeverity;
  code: IssueType;
  details: { text: string };
  diagnostics?: string;
  /** FHIRPath naming the element, e.g. `Bundle.entry[2].resource.birthDate`. */
  expression?: string[];
}

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: OperationOutcomeIssue[];
}

export interface IssueInput {
  severity: IssueSeverity;
  code: IssueType;
  text: string;
  expression?: string;
  diagnostics?: string;
}

export function createIssue(input: IssueInput): OperationOutcomeIssue {
  const issue: OperationOutcomeIssue = {
    severity: input.severity,
    code: input.code,
    details: { text: input.text },
  };
  if (input.diagnostics !== undefined) issue.diagnostics = input.diagnostics;
  if (input.expression !== undefined) issue.expression = [input.expression];
  return issue;
}

const SEVERITY_ORDER: Record<IssueSeverity, number> = {
  fatal: 0,
  error: 1,
  warning: 2,
  information: 3,
};

/**
 * Builds the outcome, most severe issues first (stable within a severity). FHIR requires at least
 * one issue, so an outcome without problems carries a single informational "All OK" issue.
 */
export function createOperationOutcome(issues: readonly OperationOutcomeIssue[]): OperationOutcome {
  const sorted = issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.index - b.index,
    )
    .map(({ issue }) => issue);
  if (sorted.length === 0) {
    sorted.push(createIssue({ severity: 'information', code: 'informational', text: 'All OK' }));
  }
  return { resourceType: 'OperationOutcome', issue: sorted };
}

/** "Accepted" means no issue of severity error or fatal. */
export function isAccepted(outcome: OperationOutcome): boolean {
  return !outcome.issue.some((i) => i.severity === 'error' || i.severity === 'fatal');
}

/** One line for people: "rejected: 2 errors, 1 warning, 3 information". */
export function summarizeOutcome(outcome: OperationOutcome): string {
  const counts: Record<IssueSeverity, number> = { fatal: 0, error: 0, warning: 0, information: 0 };
  for (const issue of outcome.issue) {
    if (issue.details.text === 'All OK' && issue.severity === 'information') continue;
    counts[issue.severity] += 1;
  }
  const parts = (['fatal', 'error', 'warning', 'information'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s === 'information' || counts[s] === 1 ? s : `${s}s`}`);
  const verdict = isAccepted(outcome) ? 'accepted' : 'rejected';
  return parts.length === 0 ? `${verdict}: no issues` : `${verdict}: ${parts.join(', ')}`;
}
