// A new version of an admission's estimate: the therapy plan's expected charges under the benefit
// routing, priced with the (demo) fee schedule, the verified benefits' cost sharing, and approved
// assistance. The previous version is superseded in the same transaction.
import { and, eq, ne } from 'drizzle-orm';
import {
  buildExpectedCharges,
  DEMO_FEE_SCHEDULE,
  THERAPY_COMPONENTS,
} from '@infusio/domain/coverage';
import { estimatePatientResponsibility, fingerprintEstimate } from '@infusio/domain/financial';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { admissions } from '../intake/intake.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { findActiveAwards } from './active-awards.ts';
import {
  loadAdmissionFinancialFacts,
  type AdmissionFinancialFacts,
} from './admission-financial-facts.ts';
import {
  termsFromCostSharing,
  type Assumption,
  type EstimateTerms,
} from './cost-sharing-from-check.ts';
import { chargeAssumptions, coverageAssumptions } from './estimate-assumptions.ts';
import { resolveTherapyPlan } from './estimate-inputs.ts';
import type { CreateEstimateRequest } from './estimates.contracts.ts';
import { latestVersionOf } from './estimates.queries.ts';
import { estimates } from './financial.tables.ts';
import { routeAdmission } from './route-admission-benefits.ts';
import type { StoredEstimateInputs } from './stored-estimate.ts';

const NO_TERMS: EstimateTerms = {
  termsByServiceType: {},
  defaultTerms: {
    deductibleRemainingCents: 0,
    coinsuranceRate: 0,
    copayCents: 0,
    copayMode: 'none',
    oopRemainingCents: null,
  },
  copayModes: {},
  assumptions: [],
};

/** The verified benefits' terms, or 409 when the coverage is not verified active (self-pay excepted). */
function verifiedTerms(facts: AdmissionFinancialFacts, request: CreateEstimateRequest) {
  if (facts.planType.planType === 'self-pay') return { terms: NO_TERMS, check: undefined };
  const check = facts.latestAnswer;
  if (!facts.coverage || check?.status !== 'active' || facts.coverage.status === 'inactive')
    throw new AppError(
      'precondition_failed',
      check?.status === 'inactive' || facts.coverage?.status === 'inactive'
        ? 'The primary coverage was found inactive: verify the patient’s insurance before estimating.'
        : 'No verified active coverage: run an eligibility check on the primary coverage first.',
      {
        extensions: {
          reason: check?.status === 'inactive' ? 'coverage-inactive' : 'coverage-not-verified',
          coverageId: facts.coverage?.id ?? null,
        },
      },
    );
  return { terms: termsFromCostSharing(check.costSharing, request.copayModes), check };
}

export async function createEstimate(
  ctx: AppContext,
  access: AccessContext,
  actor: AuditActor,
  admissionId: string,
  request: CreateEstimateRequest,
): Promise<string> {
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  return ctx.db.transaction(async (tx) => {
    const [admission] = await tx
      .select()
      .from(admissions)
      .where(
        and(
          eq(admissions.id, admissionId),
          patientScope(access, 'estimate', 'create', admissions.patientId, now),
        ),
      )
      .for('update');
    if (!admission) throw notFound('The admission');
    if (admission.status !== 'open' && admission.status !== 'on-hold')
      throw new AppError('conflict', `The admission is ${admission.status}; it needs no estimate.`);
    const facts = await loadAdmissionFinancialFacts(tx, admission);
    const { terms, check } = verifiedTerms(facts, request);
    const therapy = resolveTherapyPlan(facts, request, today);
    const routing = routeAdmission(facts, therapy.plan.startDate);
    const charges = buildExpectedCharges(therapy.plan, DEMO_FEE_SCHEDULE, routing);
    const onDate = therapy.plan.startDate > today ? therapy.plan.startDate : today;
    const awards = await findActiveAwards(tx, facts.patient.id, admission.id, onDate);
    const result = estimatePatientResponsibility({
      planType: facts.planType.planType,
      lines: charges.lines,
      termsByServiceType: terms.termsByServiceType,
      defaultTerms: terms.defaultTerms,
      assistance: awards.map((a) => a.award),
    });
    const assumptions: Assumption[] = [
      ...coverageAssumptions(facts),
      ...therapy.assumptions,
      ...terms.assumptions,
      ...chargeAssumptions(charges, terms, facts.planType.planType === 'self-pay'),
    ];
    const inputs: StoredEstimateInputs = {
      schema: 1,
      therapyPlan: therapy.dto,
      planType: facts.planType,
      coverageId: facts.coverage?.id ?? null,
      eligibilityCheckId: check?.id ?? null,
      eligibilityCheckedAt: check?.checkedAt.toISOString() ?? null,
      terms: {
        termsByServiceType: terms.termsByServiceType,
        defaultTerms: terms.defaultTerms,
        copayModes: terms.copayModes,
      },
      feeScheduleId: charges.feeScheduleId,
      isDemoPricing: charges.isDemoPricing,
      routing: {
        ruleId: routing.ruleId,
        ruleSummary: routing.ruleSummary,
        source: routing.source,
        mark: routing.mark,
        benefits: Object.fromEntries(
          THERAPY_COMPONENTS.map((c) => [c, routing.decisions[c].benefit]),
        ),
      },
      awards: awards.map((a) => ({
        applicationId: a.applicationId,
        programId: a.award.programId,
        kind: a.award.kind,
        rate: a.award.kind === 'percent-of-patient-share' ? a.award.rate : null,
        grantCents: a.award.kind === 'fixed-grant' ? a.award.amountCents : null,
        from: a.from,
        to: a.to,
      })),
      assumptions,
      chargeWarnings: [...charges.warnings],
    };
    const version = (await latestVersionOf(tx, admission.id)) + 1;
    const [row] = await tx
      .insert(estimates)
      .values({
        admissionId: admission.id,
        patientId: admission.patientId,
        version,
        fingerprint: fingerprintEstimate(result),
        status: 'draft',
        inputs: inputs as unknown as Record<string, unknown>,
        result: { ...result },
        allowedTotalCents: result.totals.allowedCents,
        payerTotalCents: result.totals.payerCents,
        patientTotalCents: result.totals.patientAfterAssistanceCents,
        eligibilityCheckId: check?.id ?? null,
        createdBy: access.userId,
        createdAt: now,
      })
      .returning({ id: estimates.id });
    if (!row) throw new Error('estimate insert returned nothing');
    await tx
      .update(estimates)
      .set({ status: 'superseded' })
      .where(
        and(
          eq(estimates.admissionId, admission.id),
          ne(estimates.id, row.id),
          ne(estimates.status, 'superseded'),
        ),
      );
    await recordAudit(
      tx,
      actor,
      [
        {
          action: 'create',
          resourceType: 'estimate',
          resourceId: row.id,
          patientId: admission.patientId,
          details: { admissionId: admission.id, version, awards: awards.length },
        },
      ],
      now,
    );
    return row.id;
  });
}
