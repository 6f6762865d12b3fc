import type { AuthorizationOutcome } from '../codes/authorization-codes.ts';
import type { QualifiedDate, TraceNumber, X12Party, X12Reference } from '../core/party.ts';
import type { Rejection } from '../core/rejection.ts';
import type { TransactionInfo } from '../core/transaction-info.ts';
import type { DateRange } from '../core/values.ts';
import type { EligibilityMember } from '../eligibility/eligibility-types.ts';

/** UM: what is asked for. */
export interface ReviewRequest {
  /** UM01 AR admission review, HS health services review, SC specialty care review. */
  category: string;
  categoryMeaning: string | null;
  /** UM02 I initial, R renewal, S revised, 4 extension, 3 cancel, 1/2 appeal. */
  certificationType: string;
  certificationTypeMeaning: string | null;
  /** UM03 service type code (42 home health care…). */
  serviceType: string | null;
  serviceTypeMeaning: string | null;
  /** UM04 place of service (12 home) with its qualifier (B). */
  facility: { code: string; qualifier: string | null } | null;
  /** UM06 E elective, U urgent, 03 emergency. */
  levelOfService: string | null;
  levelOfServiceMeaning: string | null;
}

/** HCR: the payer's decision. */
export interface ReviewDecision {
  /** HCR01 action code. */
  action: string;
  outcome: AuthorizationOutcome | 'unknown';
  meaning: string;
  /** HCR02: the certification (authorization) number to put on the 837 in REF*G1. */
  certificationNumber: string | null;
  /** HCR03 decision reason code (external code source 886). */
  reasonCode: string | null;
  segmentIndex: number;
}

/** HSD: quantity and frequency, e.g. 3 visits per week for 6 weeks. */
export interface ServiceDelivery {
  /** HSD01, e.g. VS visits, DY days, HS hours, FL units. */
  quantityQualifier: string | null;
  /** HSD02. */
  quantity: number | null;
  /** HSD03 unit or basis, HSD04 sample selection modulus. */
  unit: string | null;
  perUnit: number | null;
  /** HSD05 time period qualifier (7 day, 34 month, 35 week…) and HSD06 number of periods. */
  periodQualifier: string | null;
  periodCount: number | null;
  /** HSD07 delivery pattern code, HSD08 delivery time code. */
  pattern: string | null;
  time: string | null;
}

export interface Diagnosis {
  /** HI qualifier: ABK/BK principal, ABF/BF other (ICD-10-CM / ICD-9-CM). */
  qualifier: string;
  code: string;
  principal: boolean;
  date: string | null;
}

/** What the payer approved, taken from the decided level's HSD, SV1/SV2 units and dates. */
export interface ApprovedServices {
  units: number | null;
  /** HSD01 or SV103/SV204 unit basis. */
  unitType: string | null;
  dateRange: DateRange | null;
}

/** SV1 professional or SV2 institutional line. */
export interface ServiceLine {
  kind: 'professional' | 'institutional';
  /** SV2 revenue code. */
  revenueCode: string | null;
  procedure: { qualifier: string; code: string; modifiers: string[] } | null;
  chargeCents: number | null;
  unitType: string | null;
  units: number | null;
}

interface ReviewLevel {
  segmentIndex: number;
  traces: TraceNumber[];
  request: ReviewRequest | null;
  decision: ReviewDecision | null;
  dates: QualifiedDate[];
  deliveries: ServiceDelivery[];
  references: X12Reference[];
  messages: string[];
  providers: X12Party[];
  rejections: Rejection[];
  /** Response only, when the decision certifies (A1, A2, A6): what was approved. */
  approved: ApprovedServices | null;
}

/** 2000F service level. */
export interface ServiceReview extends ReviewLevel {
  line: ServiceLine | null;
}

/** 2000E patient event level. */
export interface PatientEvent extends ReviewLevel {
  diagnoses: Diagnosis[];
  services: ServiceReview[];
}

/** One 278 transaction set, request or response. */
export interface AuthorizationReview {
  transaction: TransactionInfo;
  direction: 'request' | 'response';
  reference: string | null;
  createdOn: string | null;
  /** Utilization management organization (payer), 2010A. */
  umo: X12Party | null;
  requester: X12Party | null;
  subscriber: EligibilityMember | null;
  dependent: EligibilityMember | null;
  events: PatientEvent[];
  /** Every AAA at any level. */
  rejections: Rejection[];
}
