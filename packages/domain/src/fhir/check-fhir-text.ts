import { readReferralBundle } from './map/read-referral-bundle.ts';
import type { ReadReferralBundleResult } from './map/read-referral-bundle.ts';
import {
  createIssue,
  createOperationOutcome,
  isAccepted,
  summarizeOutcome,
} from './outcome/operation-outcome.ts';

export interface FhirCheckResult extends ReadReferralBundleResult {
  /** 0 when the bundle would be accepted, 1 when not (the analysts' `npm run fhir -- check`). */
  exitCode: 0 | 1;
  /** One line for people: "rejected: 2 errors, 1 warning". */
  summary: string;
}

/**
 * What `npm run fhir -- check FILE` does once the file is read: parse, run the same validation
 * and mapping as the intake endpoint, and say whether the bundle would be accepted. Text that is
 * not JSON gets an OperationOutcome with a structure issue rather than an exception.
 */
export function checkFhirText(text: string): FhirCheckResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const outcome = createOperationOutcome([
      createIssue({
        severity: 'fatal',
        code: 'structure',
        text: 'The file is not valid JSON, so it cannot be read as a FHIR Bundle.',
        diagnostics: reason,
      }),
    ]);
    return { outcome, exitCode: 1, summary: summarizeOutcome(outcome) };
  }
  const result = readReferralBundle(json);
  return {
    ...result,
    exitCode: isAccepted(result.outcome) ? 0 : 1,
    summary: summarizeOutcome(result.outcome),
  };
}
