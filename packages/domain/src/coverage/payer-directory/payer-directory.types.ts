import type { TherapyType } from '../../intake/referral-draft.ts';
import type { PlanType } from '../plan-type.ts';

export type ContractStatus = 'in-network' | 'out-of-network' | 'single-case-agreement';

/** How claims to the plan are built (DOMAIN.md §1.0, §1.4). */
export type BillingModel = 'medicare-benefit-split' | 'per-diem' | 'fee-schedule';

export interface PayerContacts {
  /** Fictional 555-01xx numbers (reserved for fiction). */
  phone: string;
  fax: string;
  /** On example.com/example.org (RFC 2606): never a real portal. */
  portalUrl: string;
}

/** One payer plan in the directory; reimbursement staff can add and edit them. */
export interface PayerPlan {
  /** Stable id within the directory ('plan-0001'). */
  id: string;
  /** 5-character electronic payer id as used on X12 (NM1*PR … PI). */
  payerId: string;
  payerName: string;
  planName: string;
  planType: PlanType;
  /** USPS state code, or null for national plans. */
  state: string | null;
  contractStatus: ContractStatus;
  billingModel: BillingModel;
  /** Therapies needing prior authorization with this plan. */
  priorAuthTherapies: readonly TherapyType[];
  /** Days after the date of service a claim may still be filed. */
  timelyFilingDays: number;
  contacts: PayerContacts;
  /** Generated demo data, not a real payer record. */
  isDemo: boolean;
}
