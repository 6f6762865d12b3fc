// The therapy plan an estimate counts charges from: the referral's prescription, with what staff
// changed in the request, and a default nursing schedule for the therapy when none is given. Every
// value that was not on the referral is listed as an assumption.
import type { TherapyPlan } from '@infusio/domain/coverage';
import type { AdmissionFinancialFacts } from './admission-financial-facts.ts';
import { therapyStartDate } from './admission-financial-facts.ts';
import type { Assumption } from './cost-sharing-from-check.ts';
import type { CreateEstimateRequest, TherapyPlanDto } from './estimates.contracts.ts';
import { findNursingDefault } from './nursing-defaults.ts';

/** A course with no duration on the prescription is counted as this many days (and said so). */
export const DEFAULT_DURATION_DAYS = 30;

export interface ResolvedTherapyPlan {
  plan: TherapyPlan;
  dto: TherapyPlanDto;
  assumptions: Assumption[];
}

export function resolveTherapyPlan(
  facts: AdmissionFinancialFacts,
  request: CreateEstimateRequest,
  today: string,
): ResolvedTherapyPlan {
  const { prescription } = facts.draft;
  const assumptions: Assumption[] = [];
  const startDate = request.startDate ?? therapyStartDate(facts, today);
  if (!request.startDate && !prescription.startDate && !facts.admission.expectedStartDate)
    assumptions.push({ code: 'startDateToday', params: { date: startDate } });
  const durationDays = request.durationDays ?? prescription.durationDays ?? DEFAULT_DURATION_DAYS;
  if (!request.durationDays && !prescription.durationDays)
    assumptions.push({ code: 'durationAssumed', params: { days: durationDays } });
  const fallback = findNursingDefault(facts.therapy);
  const nursing = request.nursing ?? fallback.plan;
  if (!request.nursing)
    assumptions.push({ code: 'nursingDefault', params: { therapy: fallback.therapy } });
  const plan: TherapyPlan = {
    startDate,
    durationDays,
    dose: { value: prescription.doseValue, unit: prescription.doseUnit },
    frequency: prescription.frequency,
    nursing,
    ...(request.bagsPerDose === undefined ? {} : { bagsPerDose: request.bagsPerDose }),
    hitBilledWithin60Days: request.hitBilledWithin60Days ?? false,
  };
  return {
    plan,
    assumptions,
    dto: {
      startDate,
      durationDays,
      dose: plan.dose,
      frequency: plan.frequency,
      bagsPerDose: request.bagsPerDose ?? null,
      hitBilledWithin60Days: plan.hitBilledWithin60Days ?? false,
      nursing: {
        schedule: nursing.schedule,
        visitsPerWeek: nursing.visitsPerWeek ?? null,
        hoursPerVisit: nursing.hoursPerVisit,
        firstVisitHours: nursing.firstVisitHours ?? null,
        origin: request.nursing ? 'request' : 'default',
        source: request.nursing ? 'Given by staff in the request' : fallback.source,
        mark: request.nursing ? 'verified' : fallback.mark,
      },
    },
  };
}
