import type { BenefitCategory } from '../codes/benefit-codes.ts';
import type {
  QualifiedDate,
  TraceNumber,
  X12Address,
  X12Party,
  X12Reference,
} from '../core/party.ts';
import type { Rejection } from '../core/rejection.ts';
import type { TransactionInfo } from '../core/transaction-info.ts';

/** Subscriber or dependent as the payer returns (or the provider sends) them. */
export interface EligibilityMember extends X12Party {
  birthDate: string | null;
  sex: 'F' | 'M' | 'U' | null;
  address: X12Address | null;
  /** REF segments, e.g. 6P group number, 18 plan number, SY social security number. */
  references: X12Reference[];
}

/** EB12 read as a network: in, out, both (W, not applicable) or not said. */
export type NetworkIndicator = 'in' | 'out' | 'both' | null;

/** A 2120 benefit-related entity (primary care provider, other payer, contact). */
export interface RelatedEntity extends X12Party {
  meaningOfEntity: string | null;
  address: X12Address | null;
  contacts: { name: string | null; channels: { qualifier: string; value: string }[] }[];
}

/** One EB line (loop 2110C/2110D) with everything attached to it. */
export interface Benefit {
  segmentIndex: number;
  /** EB01 and what the reader makes of it. */
  code: string;
  meaning: string;
  category: BenefitCategory;
  /** EB02 IND, FAM, EMP…; null when the payer leaves it out. */
  coverageLevel: string | null;
  /** EB03 service types; empty means the line applies to the plan as a whole (as 30). */
  serviceTypes: string[];
  /** EB04, e.g. MB Medicare Part B, C1 commercial. */
  insuranceType: string | null;
  /** EB05 plan coverage description (the plan name). */
  planDescription: string | null;
  /** EB06 time period qualifier. */
  timePeriod: string | null;
  timePeriodMeaning: string | null;
  /** EB07 in cents. */
  amountCents: number | null;
  /** EB08 as a fraction (0.2 = 20%). */
  percent: number | null;
  /** EB09/EB10. */
  quantity: { qualifier: string; meaning: string | null; value: number } | null;
  /** EB11: Y true, N false, U or absent null. */
  authorizationRequired: boolean | null;
  network: NetworkIndicator;
  /** EB13 procedure (qualifier:code:modifiers…), when the payer answers for a code. */
  procedure: { qualifier: string; code: string; modifiers: string[] } | null;
  dates: QualifiedDate[];
  references: X12Reference[];
  /** HSD delivery pattern (quantity and frequency), raw elements HSD01–HSD08. */
  deliveries: string[][];
  messages: string[];
  relatedEntities: RelatedEntity[];
  rejections: Rejection[];
}

/** A deductible or out-of-pocket maximum for one coverage level and network. */
export interface Accumulator {
  /** The amount for the period (EB06 22/23/… or none). */
  amountCents: number | null;
  /** What is left (EB06 29/33). */
  remainingCents: number | null;
  /** What is met: given (EB06 24) or amount − remaining. */
  metCents: number | null;
  /** EB06 of the amount line. */
  period: string | null;
}

export interface CostShareRow {
  coverageLevel: string | null;
  network: NetworkIndicator;
  deductible: Accumulator | null;
  outOfPocket: Accumulator | null;
  coinsuranceRate: number | null;
  copayCents: number | null;
  /** Segment ordinals of the EB lines behind this row. */
  sourceSegments: number[];
}

/** Where a figure came from: lines naming the service type, or plan-level lines (30 or no EB03). */
export type BenefitBasis = 'service-type' | 'plan' | null;

export interface ServiceTypeBenefits {
  serviceType: string;
  meaning: string;
  status: 'active' | 'inactive' | 'not-covered' | 'unknown';
  costSharing: CostShareRow[];
  basis: {
    deductible: BenefitBasis;
    outOfPocket: BenefitBasis;
    coinsurance: BenefitBasis;
    copay: BenefitBasis;
  };
  /** Any applicable line with EB11 = Y → true; only N → false; nothing said → null. */
  authorizationRequired: boolean | null;
  limitations: Benefit[];
  messages: string[];
}

export type EligibilityStatus = 'active' | 'inactive' | 'rejected' | 'unknown';

/** What a 271 says about one patient (a subscriber, or a dependent with the subscriber beside it). */
export interface EligibilityResponse {
  transaction: TransactionInfo;
  reference: string | null;
  createdOn: string | null;
  payer: X12Party | null;
  provider: X12Party | null;
  subscriber: EligibilityMember | null;
  dependent: EligibilityMember | null;
  patientRole: 'subscriber' | 'dependent' | null;
  traces: TraceNumber[];
  status: EligibilityStatus;
  isActive: boolean | null;
  plan: { name: string | null; insuranceType: string | null; groupNumber: string | null };
  dates: QualifiedDate[];
  planBegin: string | null;
  planEnd: string | null;
  eligibilityBegin: string | null;
  eligibilityEnd: string | null;
  benefits: Benefit[];
  services: ServiceTypeBenefits[];
  rejections: Rejection[];
  messages: string[];
}

/** What a 270 asks, per patient. */
export interface EligibilityInquiryRead {
  transaction: TransactionInfo;
  reference: string | null;
  createdOn: string | null;
  payer: X12Party | null;
  provider: X12Party | null;
  subscriber: EligibilityMember | null;
  dependent: EligibilityMember | null;
  patientRole: 'subscriber' | 'dependent' | null;
  traces: TraceNumber[];
  serviceTypes: string[];
  dates: QualifiedDate[];
}
