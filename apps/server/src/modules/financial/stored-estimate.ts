// What an estimate row keeps in its jsonb columns: the inputs it was built from (so anyone can see
// why the figures are what they are) and the domain's Estimate as the result.
import type {
  BenefitRouting,
  ChargeWarning,
  CostShareServiceType,
  PlanType,
} from '@infusio/domain/coverage';
import type { CopayMode, CostSharingTerms, Estimate } from '@infusio/domain/financial';
import type { PlanTypeResolution } from './admission-financial-facts.ts';
import type { Assumption } from './cost-sharing-from-check.ts';
import type { TherapyPlanDto } from './estimates.contracts.ts';

export interface StoredEstimateInputs {
  schema: 1;
  therapyPlan: TherapyPlanDto;
  planType: PlanTypeResolution;
  coverageId: string | null;
  eligibilityCheckId: string | null;
  eligibilityCheckedAt: string | null;
  terms: {
    termsByServiceType: Partial<Record<CostShareServiceType, CostSharingTerms>>;
    defaultTerms: CostSharingTerms;
    copayModes: Partial<Record<CostShareServiceType, CopayMode>>;
  };
  feeScheduleId: string;
  isDemoPricing: boolean;
  routing: Pick<BenefitRouting, 'ruleId' | 'ruleSummary' | 'source' | 'mark'> & {
    benefits: Record<string, string>;
  };
  awards: {
    applicationId: string;
    programId: string;
    kind: 'percent-of-patient-share' | 'fixed-grant';
    rate: number | null;
    grantCents: number | null;
    from: string;
    to: string;
  }[];
  assumptions: Assumption[];
  chargeWarnings: ChargeWarning[];
}

export type StoredEstimateResult = Estimate & { planType: PlanType };

/** Our own jsonb, written by createEstimate: read back as the shape it was written in. */
export function readStoredInputs(value: Record<string, unknown>): StoredEstimateInputs {
  if (value.schema !== 1) throw new Error('Unknown estimate inputs schema');
  return value as unknown as StoredEstimateInputs;
}

export function readStoredResult(value: Record<string, unknown>): StoredEstimateResult {
  if (!Array.isArray(value.lines) || !Array.isArray(value.months))
    throw new Error('Unknown estimate result shape');
  return value as unknown as StoredEstimateResult;
}
