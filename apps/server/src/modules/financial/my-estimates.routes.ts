import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { POLICY } from '@infusio/domain/access';
import type { AppContext } from '../../platform/app-context.ts';
import {
  auditActorOf,
  requireAccess,
  type AccessContext,
} from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { acknowledgeEstimate } from './acknowledge-estimate.ts';
import { EstimateIdParamsSchema } from './estimates.contracts.ts';
import { findVisibleEstimate } from './estimates.queries.ts';
import {
  AcknowledgeResponseSchema,
  MyAcknowledgeRequestSchema,
  MyEstimatesResponseSchema,
} from './my-estimates.contracts.ts';
import { listMyEstimates } from './my-estimates.queries.ts';

/** "My" estimates are the caller's own or their delegations', never their branch's as staff. */
function inPerson(access: AccessContext): AccessContext {
  return {
    ...access,
    roles: access.roles.filter((role) => {
      const scope = POLICY[role].estimate?.scope;
      return scope === 'self' || scope === 'delegated';
    }),
  };
}

export function myEstimateRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/my/estimates',
      {
        config: { policy: { resource: 'estimate', action: 'read' } },
        schema: {
          tags: ['portal'],
          summary:
            'Estimates presented to the patient (or a caregiver with billing permission), in plain terms',
          response: withProblems({ 200: MyEstimatesResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const list = await listMyEstimates(ctx.db, inPerson(access), now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          list.map((estimate) => ({
            action: 'read',
            resourceType: 'estimate',
            resourceId: estimate.id,
            patientId: estimate.patientId,
            details: { via: 'portal', version: estimate.version },
          })),
          now,
        );
        return { estimates: list };
      },
    );

    app.post(
      '/api/my/estimates/:id/acknowledge',
      {
        config: { policy: { resource: 'estimate', action: 'acknowledge' } },
        schema: {
          tags: ['portal'],
          summary:
            'I have reviewed this estimate: recorded with the exact version and fingerprint seen',
          description:
            '409 when a newer version superseded it or the fingerprint differs from the version’s (the figures changed since they were shown).',
          params: EstimateIdParamsSchema,
          body: MyAcknowledgeRequestSchema,
          response: withProblems({ 201: AcknowledgeResponseSchema }, [404, 409]),
        },
      },
      async (request, reply) => {
        const access = inPerson(requireAccess(request));
        const acknowledgementId = await acknowledgeEstimate(
          ctx,
          access,
          auditActorOf(access, request),
          request.params.id,
          request.body,
          'in-person',
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
