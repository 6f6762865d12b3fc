// ASC X12 005010 codecs for Infusio: read and check 270/271/278/835 (and check 837), build 270
// and 278 requests, summarize 271 cost sharing for estimates, and a deterministic payer simulator.
// Pure code, no I/O. Imported as '@infusio/domain/x12'.

// Reading and checking
export { analyzeX12, checkX12 } from './analyze.ts';
export type { TransactionReading, X12Analysis } from './analyze.ts';
export { read270, read271, read278, read835, readX12 } from './read-x12.ts';
export type { ReadableTransactionType, X12Reading } from './read-x12.ts';
export {
  X12UnsupportedError,
  X12ValidationError,
  describeX12Problem,
  hasX12Errors,
} from './core/problems.ts';
export type { X12Problem, X12ProblemCode, X12Severity } from './core/problems.ts';
export { tokenizeX12 } from './core/tokenize.ts';
export type { X12Segment, X12Separators } from './core/segment.ts';

// Shared shapes
export type {
  QualifiedDate,
  TraceNumber,
  X12Address,
  X12Party,
  X12Reference,
} from './core/party.ts';
export type { Rejection, RejectionLevel } from './core/rejection.ts';
export type { TransactionInfo } from './core/transaction-info.ts';
export type { DateRange } from './core/values.ts';
export { formatCents, parseCents } from './core/values.ts';

// Eligibility (270/271)
export { buildEligibilityInquiry } from './eligibility/build-270.ts';
export type {
  EligibilityInquiry,
  InquiryPerson,
  InquiryProvider,
  InquirySubscriber,
} from './eligibility/build-270.ts';
export type {
  Accumulator,
  Benefit,
  BenefitBasis,
  CostShareRow,
  EligibilityInquiryRead,
  EligibilityMember,
  EligibilityResponse,
  EligibilityStatus,
  NetworkIndicator,
  RelatedEntity,
  ServiceTypeBenefits,
} from './eligibility/eligibility-types.ts';
export { summarizeCostSharing } from './eligibility/summarize-cost-sharing.ts';
export type { CostSharingSummary } from './eligibility/summarize-cost-sharing.ts';
export { summarizeServiceType } from './eligibility/summarize-service-types.ts';

// Prior authorization (278)
export { buildAuthorizationRequest } from './authorization/build-278.ts';
export type {
  AuthorizationRequest,
  ServiceDeliveryInput,
  ServiceLineInput,
} from './authorization/build-278.ts';
export type {
  ApprovedServices,
  AuthorizationReview,
  Diagnosis,
  PatientEvent,
  ReviewDecision,
  ReviewRequest,
  ServiceDelivery,
  ServiceLine,
  ServiceReview,
} from './authorization/authorization-types.ts';

// Remittance (835)
export type {
  Adjustment,
  ClaimPayment,
  ProviderAdjustment,
  RemittanceAdvice,
  ServicePayment,
} from './remittance/remittance-types.ts';

// Building
export { DEFAULT_SEPARATORS, X12BuildError } from './core/write.ts';
export type { EnvelopeInput, WriteOptions } from './core/write.ts';

// Code tables (data, with source and confidence marks)
export type { CodeEntry, CodeTable, ConfidenceMark } from './codes/code-table.ts';
export {
  AUTHORIZATION_INDICATOR_CODES,
  BENEFIT_INFORMATION_CODES,
  COVERAGE_LEVEL_CODES,
  INSURANCE_TYPE_CODES,
  NETWORK_INDICATOR_CODES,
  QUANTITY_QUALIFIER_CODES,
  TIME_PERIOD_CODES,
} from './codes/benefit-codes.ts';
export type { BenefitCategory } from './codes/benefit-codes.ts';
export { HOME_INFUSION_SERVICE_TYPES, SERVICE_TYPE_CODES } from './codes/service-type-codes.ts';
export {
  FOLLOW_UP_ACTION_CODES,
  REJECT_REASON_CODES,
  VALID_REQUEST_CODES,
} from './codes/reject-reason-codes.ts';
export type { RejectionCategory } from './codes/reject-reason-codes.ts';
export {
  CERTIFICATION_TYPE_CODES,
  LEVEL_OF_SERVICE_CODES,
  REQUEST_CATEGORY_CODES,
  REVIEW_ACTION_CODES,
} from './codes/authorization-codes.ts';
export type { AuthorizationOutcome } from './codes/authorization-codes.ts';
export {
  ADJUSTMENT_GROUP_CODES,
  ADJUSTMENT_REASON_CODES,
  CLAIM_STATUS_CODES,
} from './codes/remittance-codes.ts';
export {
  DATE_QUALIFIER_CODES,
  REMITTANCE_DATE_QUALIFIER_CODES,
} from './codes/date-qualifier-codes.ts';
export { TRANSACTION_CODES } from './codes/transaction-codes.ts';

// Payer simulator and the clearinghouse seam
export { createPayerSimulatorConnector } from './simulator/clearinghouse-connector.ts';
export type { ClearinghouseConnector } from './simulator/clearinghouse-connector.ts';
export { simulateEligibilityResponse } from './simulator/simulate-271.ts';
export { decideAuthorization, simulateAuthorizationResponse } from './simulator/simulate-278.ts';
export {
  AUTHORIZATION_PROFILES,
  MEDICARE_PART_B_DEDUCTIBLE_CENTS,
  MEMBER_PROFILES,
  REVIEW_PROCEDURE_CODES,
  UNKNOWN_MEMBER_PROFILE,
  findMemberProfile,
  isMedicareBeneficiaryId,
} from './simulator/member-profiles.ts';
export type {
  AuthorizationProfile,
  BenefitProfile,
  MemberProfile,
  RejectionProfile,
} from './simulator/member-profiles.ts';
