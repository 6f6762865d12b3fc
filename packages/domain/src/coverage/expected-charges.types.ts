import type {
  Benefit,
  ChargeRole,
  ClaimDestination,
  TherapyComponent,
} from './benefit-routing.types.ts';
import type { CostShareServiceType } from './service-types.ts';

export interface NursingPlan {
  /** Visits on every dosing day (IVIG, chemotherapy) or a number of visits each week (OPAT). */
  schedule: 'each-dose-day' | 'weekly';
  /** For 'weekly'. */
  visitsPerWeek?: number;
  hoursPerVisit: number;
  /** The start-of-care/teaching visit is longer (DOMAIN.md §4.3: 2–3 h). */
  firstVisitHours?: number;
}

/** What the therapy plan expects to give, as the charge builder needs it. */
export interface TherapyPlan {
  /** ISO date of the first day of therapy. */
  startDate: string;
  /** Days the patient has access to the therapy, first and last included. */
  durationDays: number;
  dose: { value: number; unit: string };
  /** As written ('q8h', 'every 4 weeks', 'continuous'). */
  frequency: string;
  nursing: NursingPlan;
  /** Bags or cassettes per dose (A4222); 1 when not said. */
  bagsPerDose?: number;
  /** A HIT G-code was billed in the last 60 days, so no initial-visit code (DOMAIN.md §1.1). */
  hitBilledWithin60Days?: boolean;
}

/** One priced line of expected charges: one code in one calendar month. */
export interface ExpectedChargeLine {
  /** `${month}:${code}` — unique within a result. */
  id: string;
  /** YYYY-MM. */
  month: string;
  fromDate: string;
  toDate: string;
  component: TherapyComponent;
  code: string;
  modifier?: string;
  role: ChargeRole;
  benefit: Benefit;
  destination: ClaimDestination;
  /** Whose cost sharing applies; null for not-covered and self-pay lines. */
  serviceType: CostShareServiceType | null;
  units: number;
  /** Contract allowed amount for all units, integer cents. */
  allowedCents: number;
  /** Our self-pay price for all units, integer cents. */
  selfPayCents: number;
  /** False when the fee schedule has no rate for the code (amounts are then 0). */
  isPriced: boolean;
}

export type ChargeWarning =
  | { kind: 'no-rate'; code: string }
  | { kind: 'dose-unit-mismatch'; code: string; doseUnit: string; codeUnit: string }
  | { kind: 'no-drug-code'; drug: string };

export interface ExpectedCharges {
  lines: readonly ExpectedChargeLine[];
  feeScheduleId: string;
  isDemoPricing: boolean;
  warnings: readonly ChargeWarning[];
}
