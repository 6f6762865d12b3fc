// What to ask the payer for, from the admission's therapy plan: the same facts, benefit routing and
// charge counting the estimate uses (financial module: prescription, plan type, latest 271, default
// nursing schedule), then selectAuthorizationLines decides which lines need an authorization from
// the directory plan's prior-authorization therapies and the 271's EB11 flags.
import { eq } from 'drizzle-orm';
import { addDays, buildExpectedCharges, DEMO_FEE_SCHEDULE } from '@infusio/domain/coverage';
import type { TherapyPlan } from '@infusio/domain/coverage';
import type { DbOrTx } from '../../platform/db/types.ts';
import { payerPlans } from '../coverage/coverage.tables.ts';
import {
  loadAdmissionFinancialFacts,
  therapyStartDate,
  type AdmissionFinancialFacts,
  type AdmissionRow,
  type EligibilityCheckRow,
} from '../financial/admission-financial-facts.ts';
import { DEFAULT_DURATION_DAYS } from '../financial/estimate-inputs.ts';
import { findNursingDefault } from '../financial/nursing-defaults.ts';
import { routeAdmission } from '../financial/route-admission-benefits.ts';
import type { ReviewLevel } from './authorization-vocabulary.ts';
import { selectAuthorizationLines, type ProposedLine } from './select-authorization-lines.ts';

export interface Assumption {
  code: string;
  params: Record<string, string | number | null>;
}

export interface AdmissionSuggestions {
  facts: AdmissionFinancialFacts;
  lines: ProposedLine[];
  level: ReviewLevel;
  assumptions: Assumption[];
  routingRule: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** EB11 per service type from a stored 271 reading; null when there is none to read. */
export function eligibilityAuthFlags(
  check: EligibilityCheckRow | undefined,
): Map<string, boolean> | null {
  const services = isRecord(check?.response) ? check.response.services : undefined;
  if (!Array.isArray(services)) return null;
  const flags = new Map<string, boolean>();
  for (const service of services) {
    if (
      isRecord(service) &&
      typeof service.serviceType === 'string' &&
      typeof service.authorizationRequired === 'boolean'
    )
      flags.set(service.serviceType, service.authorizationRequired);
  }
  return flags;
}

async function priorAuthTherapiesOf(
  db: DbOrTx,
  facts: AdmissionFinancialFacts,
): Promise<readonly string[] | null> {
  const planId = facts.coverage?.payerPlanId;
  if (!planId) return null;
  const [plan] = await db
    .select({ therapies: payerPlans.priorAuthTherapies })
    .from(payerPlans)
    .where(eq(payerPlans.id, planId));
  return plan?.therapies ?? null;
}

function nursingFrequency(plan: TherapyPlan): string {
  if (plan.nursing.schedule === 'each-dose-day') return 'each dosing day';
  const perWeek = plan.nursing.visitsPerWeek ?? 1;
  return `${String(perWeek)} visit${perWeek === 1 ? '' : 's'} a week`;
}

export async function suggestAuthorizations(
  db: DbOrTx,
  admission: AdmissionRow,
  today: string,
): Promise<AdmissionSuggestions> {
  const facts = await loadAdmissionFinancialFacts(db, admission);
  const { prescription } = facts.draft;
  const assumptions: Assumption[] = [];
  const startDate = therapyStartDate(facts, today);
  if (!prescription.startDate && !admission.expectedStartDate)
    assumptions.push({ code: 'startDateToday', params: { date: startDate } });
  const durationDays = prescription.durationDays ?? DEFAULT_DURATION_DAYS;
  if (!prescription.durationDays)
    assumptions.push({ code: 'durationAssumed', params: { days: durationDays } });
  const nursing = findNursingDefault(facts.therapy);
  assumptions.push({ code: 'nursingDefault', params: { therapy: nursing.therapy } });
  if (facts.planType.source !== 'directory')
    assumptions.push({
      code: facts.planType.source === 'no-coverage' ? 'noCoverage' : 'planTypeGuessed',
      params: { planType: facts.planType.planType, phrase: facts.planType.matchedPhrase },
    });
  const plan: TherapyPlan = {
    startDate,
    durationDays,
    dose: { value: prescription.doseValue, unit: prescription.doseUnit },
    frequency: prescription.frequency,
    nursing: nursing.plan,
  };
  const routing = routeAdmission(facts, startDate);
  // Units only: the fee schedule's prices play no part in what is asked for.
  const charges = buildExpectedCharges(plan, DEMO_FEE_SCHEDULE, routing);
  const planTherapies = await priorAuthTherapiesOf(db, facts);
  const flags = eligibilityAuthFlags(facts.latestAnswer);
  if (planTherapies === null && flags === null)
    assumptions.push({ code: 'noPriorAuthInformation', params: {} });
  return {
    facts,
    lines: selectAuthorizationLines({
      routing,
      lines: charges.lines,
      planPriorAuthTherapies: planTherapies,
      eligibilityAuthRequired: flags,
      therapyPeriod: { start: startDate, end: addDays(startDate, durationDays - 1) },
      frequencies: { drug: prescription.frequency, nursing: nursingFrequency(plan) },
    }),
    level: facts.draft.urgency === 'urgent' ? 'urgent' : 'standard',
    assumptions,
    routingRule: routing.ruleId,
  };
}
