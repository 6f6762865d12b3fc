import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { getVisibleAdmission } from '../intake/admissions.queries.ts';
import { loadAdmissionFinancialFacts, therapyStartDate } from './admission-financial-facts.ts';
import {
  AdmissionIdParamsSchema,
  BenefitRoutingQuerySchema,
  BenefitRoutingResponseSchema,
} from './benefit-routing.contracts.ts';
import { routeAdmission, toBenefitRoutingResponse } from './route-admission-benefits.ts';

export function benefitRoutingRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/admissions/:id/benefit-routing',
      {
        // Which benefit pays each part of the therapy is coverage knowledge: the staff who hold a
        // coverage grant read it, and a patient reads her own (HIPAA right of access).
        config: { policy: { resource: 'coverage', action: 'read' } },
        schema: {
          tags: ['financial'],
          summary:
            'Medicare benefit routing: which benefit pays the drug, pump, supplies, nursing and per diem',
          description:
            'routeBenefits with the admission’s drug, administration method, diagnoses (referral and chart) and the primary coverage’s plan type (payer directory; else guessed from the payer name and flagged). Explanations are i18n keys with parameters.',
          params: AdmissionIdParamsSchema,
          querystring: BenefitRoutingQuerySchema,
          response: withProblems({ 200: BenefitRoutingResponseSchema }, [404, 422]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const admission = await getVisibleAdmission(
          ctx.db,
          access,
          request.params.id,
          now,
          'coverage',
          'read',
        );
        if (!admission) throw notFound('The admission');
        const facts = await loadAdmissionFinancialFacts(ctx.db, admission);
        const date = request.query.date ?? therapyStartDate(facts, now.toISOString().slice(0, 10));
        const routing = routeAdmission(facts, date);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'benefit-routing',
              resourceId: admission.id,
              patientId: admission.patientId,
              details: { ruleId: routing.ruleId, planType: routing.planType },
            },
          ],
          now,
        );
        return toBenefitRoutingResponse(facts, routing);
      },
    );
  };
}
