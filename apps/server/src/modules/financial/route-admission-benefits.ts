// Medicare benefit routing for an admission: the pure routing rules (routeBenefits) given the
// admission's drug, how it is given, its diagnoses and the primary coverage's plan type.
import {
  routeBenefits,
  THERAPY_COMPONENTS,
  type BenefitRouting,
  type PlanType,
} from '@infusio/domain/coverage';
import { AppError } from '../../platform/http/app-error.ts';
import type { AdmissionFinancialFacts } from './admission-financial-facts.ts';
import type { BenefitRoutingResponse } from './benefit-routing.contracts.ts';

/** routeBenefits for the admission on a date; a date no rule covers is a 422 naming the date. */
export function routeAdmission(
  facts: AdmissionFinancialFacts,
  date: string,
  planType: PlanType = facts.planType.planType,
): BenefitRouting {
  const { prescription } = facts.draft;
  try {
    return routeBenefits({
      drug: facts.drug ?? facts.drugName,
      administrationMethod: prescription.administrationMethod,
      diagnosisCodes: facts.diagnosisCodes,
      planType,
      date,
      route: prescription.route,
      frequency: prescription.frequency,
    });
  } catch (error) {
    throw new AppError(
      'unprocessable',
      `No benefit routing rule covers ${planType} on ${date}: ${error instanceof Error ? error.message : 'unknown'}`,
      { fields: [{ field: 'date', code: 'no_rule', message: 'No routing rule for this date.' }] },
    );
  }
}

export function toBenefitRoutingResponse(
  facts: AdmissionFinancialFacts,
  routing: BenefitRouting,
): BenefitRoutingResponse {
  const { prescription } = facts.draft;
  return {
    admissionId: facts.admission.id,
    patientId: facts.patient.id,
    patientName: facts.patient.name,
    date: routing.date,
    drug: {
      name: facts.drugName,
      catalogId: facts.drug?.id ?? null,
      genericName: facts.drug?.genericName ?? null,
      therapy: routing.therapy,
    },
    administrationMethod: prescription.administrationMethod ?? null,
    route: prescription.route,
    frequency: prescription.frequency,
    diagnosisCodes: facts.diagnosisCodes,
    planType: facts.planType,
    coverage: facts.coverage
      ? {
          id: facts.coverage.id,
          payerName: facts.coverage.payerName,
          planName: facts.coverage.planName,
          status: facts.coverage.status,
        }
      : null,
    ruleId: routing.ruleId,
    ruleSummary: routing.ruleSummary,
    source: routing.source,
    mark: routing.mark,
    components: THERAPY_COMPONENTS.map((component) => {
      const decision = routing.decisions[component];
      return {
        component,
        benefit: decision.benefit,
        codes: decision.codes.map((c) => ({
          code: c.code,
          role: c.role,
          modifier: c.modifier ?? null,
        })),
        destination: decision.destination,
        documentation: [...decision.documentation],
        explanation: { key: decision.explanation.key, params: { ...decision.explanation.params } },
        bundledInto: decision.bundledInto ?? null,
      };
    }),
    warnings: routing.warnings.map((w) => ({ key: w.key, params: { ...w.params } })),
  };
}
