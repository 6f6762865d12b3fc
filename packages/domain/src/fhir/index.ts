// @infusio/domain/fhir — the FHIR R4 intake channel: validate an EHR's Bundle against the R4 rules
// of the resources intake reads, report every problem as an OperationOutcome, and map an
// acceptable bundle into the canonical ReferralDraft. Pure: no I/O.
export { readReferralBundle } from './map/read-referral-bundle.ts';
export type { ReadReferralBundleResult } from './map/read-referral-bundle.ts';
export { validateBundle } from './validate/validate-bundle.ts';
export { validateResource } from './validate/validate-standalone.ts';
export {
  createOperationOutcome,
  isAccepted,
  summarizeOutcome,
} from './outcome/operation-outcome.ts';
export type {
  IssueSeverity,
  IssueType,
  OperationOutcome,
  OperationOutcomeIssue,
} from './outcome/operation-outcome.ts';
export { INTAKE_BUNDLE_TYPES } from './validate/bundle-rules.ts';
export { SUPPORTED_RESOURCES, R4_RESOURCE_TYPES } from './definitions/index.ts';
export { INTERPRETER_REQUIRED_URL } from './map/map-patient.ts';
export { ICD10_CM_SYSTEM, NPI_SYSTEM, RXNORM_SYSTEM } from './validate/terminology.ts';
export { checkFhirText } from './check-fhir-text.ts';
export type { FhirCheckResult } from './check-fhir-text.ts';
