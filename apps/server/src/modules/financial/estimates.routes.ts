import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { getVisibleAdmission } from '../intake/admissions.queries.ts';
import { acknowledgeEstimate } from './acknowledge-estimate.ts';
import { AdmissionIdParamsSchema } from './benefit-routing.contracts.ts';
import { createEstimate } from './create-estimate.ts';
import {
  CreateEstimateRequestSchema,
  EstimateDetailSchema,
  EstimateIdParamsSchema,
  EstimateWorkListResponseSchema,
  ListEstimatesResponseSchema,
  StaffAcknowledgementRequestSchema,
} from './estimates.contracts.ts';
import {
  findVisibleEstimate,
  listAwaitingAcknowledgement,
  listEstimateVersions,
  toEstimateDetail,
} from './estimates.queries.ts';
import { AcknowledgeResponseSchema } from './my-estimates.contracts.ts';
import { estimatePdfRoute } from './estimate-pdf.routes.ts';
import { presentEstimate } from './present-estimate.ts';

const TAGS = ['financial'];

export function estimateRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(estimatePdfRoute(ctx));

    app.post(
      '/api/admissions/:id/estimates',
      {
        config: { policy: { resource: 'estimate', action: 'create' } },
        schema: {
          tags: TAGS,
          summary:
            'Estimate what the patient will owe: a new version, superseding the previous one',
          description:
            'Expected charges of the therapy plan (referral, with the request’s changes and a default nursing schedule) under the benefit routing, demo fee schedule, cost sharing from the latest active eligibility check of the primary coverage, and approved assistance. 409 without a verified active coverage (self-pay excepted).',
          params: AdmissionIdParamsSchema,
          body: CreateEstimateRequestSchema,
          response: withProblems({ 201: EstimateDetailSchema }, [404, 409, 422]),
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        const id = await createEstimate(
          ctx,
          access,
          auditActorOf(access, request),
          request.params.id,
          request.body,
        );
        const row = await findVisibleEstimate(ctx.db, access, id, ctx.clock.now());
        if (!row) throw notFound('The estimate');
        return reply.status(201).send(await toEstimateDetail(ctx.db, row));
      },
    );

    app.get(
      '/api/admissions/:id/estimates',
      {
        config: { policy: { resource: 'estimate', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'Every version of the admission’s estimate, newest first',
          params: AdmissionIdParamsSchema,
          response: withProblems({ 200: ListEstimatesResponseSchema }, [404]),
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
          'estimate',
          'read',
        );
        if (!admission) throw notFound('The admission');
        const versions = await listEstimateVersions(ctx.db, access, admission.id, now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'estimate',
              resourceId: admission.id,
              patientId: admission.patientId,
              details: { via: 'versions', count: versions.length },
            },
          ],
          now,
        );
        return { versions };
      },
    );

    app.get(
      '/api/estimates/awaiting-acknowledgement',
      {
        config: { policy: { resource: 'estimate', action: 'read' } },
        schema: {
          tags: TAGS,
          summary:
            'Latest estimate versions of open admissions not yet acknowledged (drafts and presented)',
          response: withProblems({ 200: EstimateWorkListResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const items = await listAwaitingAcknowledgement(ctx.db, access, now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          items.map((item) => ({
            action: 'read',
            resourceType: 'estimate',
            resourceId: item.estimateId,
            patientId: item.patientId,
            details: { via: 'work-list' },
          })),
          now,
        );
        return { items };
      },
    );

    app.get(
      '/api/estimates/:id',
      {
        config: { policy: { resource: 'estimate', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'One estimate version: line by line, per month, assumptions, acknowledgements',
          params: EstimateIdParamsSchema,
          response: withProblems({ 200: EstimateDetailSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const row = await findVisibleEstimate(ctx.db, access, request.params.id, now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'estimate',
              resourceId: request.params.id,
              patientId: row?.patientId ?? null,
              outcome: row ? 'success' : 'denied',
            },
          ],
          now,
        );
        if (!row) throw notFound('The estimate');
        return toEstimateDetail(ctx.db, row);
      },
    );

    app.post(
      '/api/estimates/:id/present',
      {
        config: { policy: { resource: 'estimate', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Staff reviewed the estimate with the patient: it shows in the patient’s portal',
          params: EstimateIdParamsSchema,
          response: withProblems({ 200: EstimateDetailSchema }, [404, 409]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        await presentEstimate(ctx, access, auditActorOf(access, request), request.params.id);
        const row = await findVisibleEstimate(ctx.db, access, request.params.id, ctx.clock.now());
        if (!row) throw notFound('The estimate');
        return toEstimateDetail(ctx.db, row);
      },
    );

    app.post(
      '/api/estimates/:id/acknowledgements',
      {
        config: { policy: { resource: 'estimate', action: 'update' } },
        schema: {
          tags: TAGS,
          summary:
            'Record the patient’s acknowledgement on their behalf (by phone, in the home), with a note',
          params: EstimateIdParamsSchema,
          body: StaffAcknowledgementRequestSchema,
          response: withProblems({ 201: AcknowledgeResponseSchema }, [404, 409]),
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        const { fingerprint, language, note } = request.body;
        const acknowledgementId = await acknowledgeEstimate(
          ctx,
          access,
          auditActorOf(access, request),
          request.params.id,
          { fingerprint, language, note },
          'staff-on-behalf',
        );
        const row = await findVisibleEstimate(ctx.db, access, request.params.id, ctx.clock.now());
        if (!row) throw notFound('The estimate');
        return reply.status(201).send({
          acknowledgementId,
          estimateId: row.id,
          version: row.version,
          fingerprint: row.fingerprint,
        });
      },
    );
  };
}
