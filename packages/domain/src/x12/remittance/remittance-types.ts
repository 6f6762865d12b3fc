import type { X12Address, X12Party, X12Reference } from '../core/party.ts';
import type { TransactionInfo } from '../core/transaction-info.ts';

/** One CAS triple: group, reason (CARC), amount, quantity. */
export interface Adjustment {
  group: string;
  groupMeaning: string | null;
  reason: string;
  reasonMeaning: string | null;
  amountCents: number;
  quantity: number | null;
  segmentIndex: number;
}

export interface RemittanceDate {
  qualifier: string;
  meaning: string | null;
  date: string;
}

export interface RemittanceAmount {
  /** AMT01, e.g. B6 allowed, AU coverage amount, DY per day limit. */
  qualifier: string;
  amountCents: number;
}

export interface ServicePayment {
  segmentIndex: number;
  /** SVC01 composite: qualifier (HC, NU…), code and modifiers. */
  procedure: { qualifier: string; code: string; modifiers: string[] };
  chargeCents: number;
  paidCents: number;
  revenueCode: string | null;
  units: number | null;
  /** SVC06 when the payer adjudicated a different code than billed. */
  originalProcedure: { qualifier: string; code: string; modifiers: string[] } | null;
  dates: RemittanceDate[];
  adjustments: Adjustment[];
  amounts: RemittanceAmount[];
  /** LQ*HE remark codes (RARC). */
  remarks: string[];
  references: X12Reference[];
  /** SVC02 = SVC03 + Σ line CAS (DOMAIN.md §2.5). */
  isBalanced: boolean;
}

export interface ClaimPayment {
  segmentIndex: number;
  /** CLP01, our patient control number (CLM01 on the 837). */
  patientControlNumber: string;
  status: string;
  statusMeaning: string | null;
  chargeCents: number;
  paidCents: number;
  patientResponsibilityCents: number | null;
  filingIndicator: string | null;
  payerClaimControlNumber: string | null;
  facilityType: string | null;
  frequency: string | null;
  patient: X12Party | null;
  otherParties: X12Party[];
  dates: RemittanceDate[];
  amounts: RemittanceAmount[];
  references: X12Reference[];
  adjustments: Adjustment[];
  services: ServicePayment[];
  /** CLP03 = CLP04 + Σ claim CAS + Σ line CAS (DOMAIN.md §2.5). */
  isBalanced: boolean;
}

export interface ProviderAdjustment {
  segmentIndex: number;
  providerId: string;
  fiscalPeriodEnd: string | null;
  /** PLB03.. pairs: reason code (with its reference after the component separator) and amount. */
  reason: string;
  reference: string | null;
  amountCents: number;
}

/** One 835 transaction set. */
export interface RemittanceAdvice {
  transaction: TransactionInfo;
  payment: {
    /** BPR01: I remittance with payment, H notification only, C payment accompanies remittance… */
    handling: string;
    amountCents: number;
    creditDebit: string | null;
    /** BPR04: ACH, CHK, FWT, BOP, NON. */
    method: string | null;
    date: string | null;
  } | null;
  /** TRN02 check or EFT trace number, TRN03 payer id. */
  trace: { number: string; originatorId: string | null } | null;
  productionDate: string | null;
  payer: (X12Party & { address: X12Address | null; references: X12Reference[] }) | null;
  payee: (X12Party & { address: X12Address | null; references: X12Reference[] }) | null;
  claims: ClaimPayment[];
  providerAdjustments: ProviderAdjustment[];
  /** BPR02 = Σ CLP04 − Σ PLB amounts. */
  isBalanced: boolean;
}
