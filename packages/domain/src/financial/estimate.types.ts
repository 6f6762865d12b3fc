import type {
  Benefit,
  CostShareServiceType,
  ExpectedChargeLine,
  PlanType,
  TherapyComponent,
} from '../coverage/index.ts';

/** How a flat copay combines with the deductible for a service type (DOMAIN.md §5.1). */
export type CopayMode = 'none' | 'instead-of-deductible' | 'after-deductible';

/** Cost-sharing terms for one service type, as read from the 271 (right level and network). */
export interface CostSharingTerms {
  deductibleRemainingCents: number;
  /** Patient's share after the deductible, 0..1 (0.2 = 20%). */
  coinsuranceRate: number;
  copayCents: number;
  copayMode: CopayMode;
  /** Out-of-pocket maximum remaining; null when the plan has none. */
  oopRemainingCents: number | null;
}

/** An approved assistance award applied after cost sharing, as its own visible step. */
export type AssistanceAward =
  | {
      kind: 'percent-of-patient-share';
      programId: string;
      label: string;
      rate: number;
      components?: readonly TherapyComponent[];
    }
  | {
      kind: 'fixed-grant';
      programId: string;
      label: string;
      amountCents: number;
      components?: readonly TherapyComponent[];
    };

export interface EstimateInput {
  planType: PlanType;
  lines: readonly ExpectedChargeLine[];
  /** Terms per service type; a service type not listed uses defaultTerms (e.g. from EQ 30). */
  termsByServiceType: Readonly<Partial<Record<CostShareServiceType, CostSharingTerms>>>;
  defaultTerms: CostSharingTerms;
  /**
   * Service types whose deductible and out-of-pocket amounts are one running total; the group's
   * starting amounts come from the first listed type that has terms. Default: every medical
   * service type together (1, 12, 18, 30, 42, 78) and pharmacy (88) on its own.
   */
  sharedAccumulators?: readonly (readonly CostShareServiceType[])[];
  assistance?: readonly AssistanceAward[];
}

export type LineCoverage = 'covered' | 'not-covered' | 'self-pay';

export interface EstimateLine {
  lineId: string;
  month: string;
  fromDate: string;
  toDate: string;
  component: TherapyComponent;
  code: string;
  benefit: Benefit;
  serviceType: CostShareServiceType | null;
  coverage: LineCoverage;
  units: number;
  /** Allowed amount (covered) or our self-pay price (not covered / self-pay). */
  allowedCents: number;
  payerCents: number;
  /** Patient share before assistance. */
  patientCents: number;
  /** How the patient share was formed. */
  deductibleCents: number;
  coinsuranceCents: number;
  copayCents: number;
  /** How much the out-of-pocket maximum took off. */
  oopCapCents: number;
  assistanceCents: number;
  patientAfterAssistanceCents: number;
}

export interface EstimateTotals {
  allowedCents: number;
  payerCents: number;
  patientCents: number;
  assistanceCents: number;
  patientAfterAssistanceCents: number;
}

export interface EstimateMonth {
  month: string;
  lines: readonly EstimateLine[];
  totals: EstimateTotals;
}

export interface AssistanceStep {
  programId: string;
  label: string;
  kind: AssistanceAward['kind'];
  appliedCents: number;
}

export interface Estimate {
  planType: PlanType;
  lines: readonly EstimateLine[];
  months: readonly EstimateMonth[];
  totals: EstimateTotals;
  assistanceSteps: readonly AssistanceStep[];
  /** Lines the fee schedule could not price: the estimate is low by their amount. */
  unpricedLineIds: readonly string[];
}
