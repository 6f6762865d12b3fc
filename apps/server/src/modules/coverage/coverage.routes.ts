// Coverages and eligibility over HTTP: an admission's coverages, linking a coverage to a directory
// plan, running an eligibility check, its history and its structured benefits.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/app-context.ts';
import {
  auditActorOf,
  requireAccess,
  type AccessContext,
} from '../../platform/access/access-context.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import type { FastifyRequest } from 'fastify';
import { recordAudit, type AuditEntry } from '../audit/record-audit.ts';
import { runEligibilityCheck } from './check-eligibility.ts';
import { resolveClearinghouse } from './clearinghouse.ts';
import {
  AdmissionCoveragesResponseSchema,
  CheckEligibilityRequestSchema,
  CheckHistoryResponseSchema,
  CoverageViewSchema,
  EligibilityCheckDetailSchema,
  IdParamsSchema,
  LinkPlanRequestSchema,
  PlanSuggestionsResponseSchema,
  RecentChecksQuerySchema,
  RecentChecksResponseSchema,
} from './coverage.contracts.ts';
import {
  findCoverageInScope,
  getCheckDetail,
  listAdmissionCoverages,
  listCoverageChecks,
  listRecentChecks,
} from './coverage.queries.ts';
import { linkCoveragePlan, suggestPlans } from './link-coverage-plan.ts';

const TAGS = ['coverage'];

export function coverageRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  async function audit(request: FastifyRequest, access: AccessContext, entries: AuditEntry[]) {
    await recordAudit(ctx.db, auditActorOf(access, request), entries, ctx.clock.now());
  }

  return async (app) => {
    app.get(
      '/api/admissions/:id/coverages',
      {
        config: { policy: { resource: 'coverage', action: 'read' } },
        schema: {
          tags: TAGS,
          summary:
            'The admission’s patient’s coverages with directory plan and latest eligibility check',
          params: IdParamsSchema,
          response: withProblems({ 200: AdmissionCoveragesResponseSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const result = await listAdmissionCoverages(
          ctx.db,
          access,
          request.params.id,
          ctx.clock.now(),
        );
        if (!result) throw notFound('The admission');
        await audit(
          request,
          access,
          result.coverages.map((c) => ({
            action: 'read',
            resourceType: 'coverage',
            resourceId: c.id,
            patientId: c.patientId,
          })),
        );
        return result;
      },
    );

    app.get(
      '/api/coverages/:id/plan-suggestions',
      {
        config: { policy: { resource: 'coverage', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'Directory plans that may be the payer the referral named',
          params: IdParamsSchema,
          response: withProblems({ 200: PlanSuggestionsResponseSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const coverage = await findCoverageInScope(
          ctx.db,
          access,
          request.params.id,
          'read',
          ctx.clock.now(),
        );
        if (!coverage) throw notFound('The coverage');
        return suggestPlans(ctx, coverage);
      },
    );

    app.post(
      '/api/coverages/:id/plan',
      {
        config: { policy: { resource: 'coverage', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Link the coverage to a plan of the payer directory',
          params: IdParamsSchema,
          body: LinkPlanRequestSchema,
          response: withProblems({ 200: CoverageViewSchema }, [404, 422]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        return linkCoveragePlan(
          ctx,
          access,
          auditActorOf(access, request),
          request.params.id,
          request.body.payerPlanId,
        );
      },
    );

    app.post(
      '/api/coverages/:id/eligibility-checks',
      {
        config: { policy: { resource: 'coverage', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'Check eligibility and benefits now (X12 270 sent, 271 read)',
          description:
            'Builds a 005010X279A1 270 (service types 30, 1, 12, 18, 42, 88, and 78 for chemotherapy admissions), sends it through the configured clearinghouse and stores the 271 read into benefits. 422 when the 271 cannot be read (the problems name segment and position; an error check is stored), 503 when the clearinghouse does not answer.',
          params: IdParamsSchema,
          body: CheckEligibilityRequestSchema,
          response: withProblems({ 201: EligibilityCheckDetailSchema }, [404, 409, 422, 503]),
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const coverage = await findCoverageInScope(
          ctx.db,
          access,
          request.params.id,
          'create',
          now,
        );
        if (!coverage) throw notFound('The coverage');
        const outcome = await runEligibilityCheck(
          ctx.db,
          await resolveClearinghouse(ctx),
          { audit: auditActorOf(access, request), userId: access.userId, name: access.displayName },
          now,
          { coverageId: coverage.id, admissionId: request.body.admissionId, trigger: 'manual' },
        );
        switch (outcome.kind) {
          case 'answered': {
            const detail = await getCheckDetail(ctx.db, access, outcome.check.id, now);
            if (!detail) throw notFound('The eligibility check');
            return reply.status(201).send(detail);
          }
          case 'unreadable':
            throw new AppError(
              'unprocessable',
              `The payer’s answer could not be read: ${outcome.problems[0] ?? 'unknown problem'}`,
              { extensions: { checkId: outcome.check.id, problems: outcome.problems } },
            );
          case 'unanswered':
            throw new AppError('unavailable', outcome.message, {
              extensions: { checkId: outcome.check.id, problems: [outcome.message] },
            });
        }
      },
    );

    app.get(
      '/api/coverages/:id/eligibility-checks',
      {
        config: { policy: { resource: 'coverage', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'Every eligibility check of the coverage, newest first',
          params: IdParamsSchema,
          response: withProblems({ 200: CheckHistoryResponseSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const coverage = await findCoverageInScope(
          ctx.db,
          access,
          request.params.id,
          'read',
          ctx.clock.now(),
        );
        if (!coverage) throw notFound('The coverage');
        await audit(request, access, [
          {
            action: 'read',
            resourceType: 'coverage',
            resourceId: coverage.id,
            patientId: coverage.patientId,
            details: { via: 'eligibility-history' },
          },
        ]);
        return { items: await listCoverageChecks(ctx.db, coverage) };
      },
    );

    app.get(
      '/api/eligibility-checks',
      {
        config: { policy: { resource: 'coverage', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'Recent eligibility checks of the caller’s patients (or those needing action)',
          querystring: RecentChecksQuerySchema,
          response: withProblems({ 200: RecentChecksResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const items = await listRecentChecks(ctx.db, access, request.query, ctx.clock.now());
        await audit(
          request,
          access,
          items.map((c) => ({
            action: 'read',
            resourceType: 'eligibility-check',
            resourceId: c.id,
            patientId: c.patientId,
            details: { via: 'list' },
          })),
        );
        return { items };
      },
    );

    app.get(
      '/api/eligibility-checks/:id',
      {
        config: { policy: { resource: 'coverage', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'One eligibility check with its structured benefits per service type',
          params: IdParamsSchema,
          response: withProblems({ 200: EligibilityCheckDetailSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const detail = await getCheckDetail(ctx.db, access, request.params.id, ctx.clock.now());
        await audit(request, access, [
          {
            action: 'read',
            resourceType: 'eligibility-check',
            resourceId: request.params.id,
            patientId: detail?.patientId ?? null,
            outcome: detail ? 'success' : 'denied',
          },
        ]);
        if (!detail) throw notFound('The eligibility check');
        return detail;
      },
    );
  };
}
