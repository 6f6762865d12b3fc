// The payer directory over HTTP: type-ahead search, one plan, and the commands reimbursement staff
// use to keep it current.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { searchPayerDirectory } from './payer-directory-cache.ts';
import {
  PayerPlanIdParamsSchema,
  PayerPlanSchema,
  SavePayerPlanRequestSchema,
  SearchPayersQuerySchema,
  SearchPayersResponseSchema,
} from './payers.contracts.ts';
import { getPayerPlan } from './payers.queries.ts';
import { createPayerPlan, setPayerPlanActive, updatePayerPlan } from './save-payer-plan.ts';

const TAGS = ['payer directory'];

export function payerRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/payers',
      {
        config: { policy: { resource: 'payer', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'Type-ahead search of the payer directory',
          description:
            'Every word of the query must start a word of the payer name, plan name, payer id or state; best matches first (exact payer id, then names starting with the query). Without q, plans in name order.',
          querystring: SearchPayersQuerySchema,
          response: withProblems({ 200: SearchPayersResponseSchema }),
        },
      },
      async (request) => searchPayerDirectory(ctx, request.query),
    );

    app.get(
      '/api/payers/:id',
      {
        config: { policy: { resource: 'payer', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'One plan of the payer directory',
          params: PayerPlanIdParamsSchema,
          response: withProblems({ 200: PayerPlanSchema }, [404]),
        },
      },
      async (request) => {
        const plan = await getPayerPlan(ctx.db, request.params.id);
        if (!plan) throw notFound('The payer plan');
        return plan;
      },
    );

    app.post(
      '/api/payers',
      {
        config: { policy: { resource: 'payer', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'Add a plan to the payer directory',
          body: SavePayerPlanRequestSchema,
          response: withProblems({ 201: PayerPlanSchema }, [409]),
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        const plan = await createPayerPlan(
          ctx,
          access,
          auditActorOf(access, request),
          request.body,
        );
        return reply.status(201).send(plan);
      },
    );

    app.put(
      '/api/payers/:id',
      {
        config: { policy: { resource: 'payer', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Edit a plan of the payer directory',
          params: PayerPlanIdParamsSchema,
          body: SavePayerPlanRequestSchema,
          response: withProblems({ 200: PayerPlanSchema }, [404, 409]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        return updatePayerPlan(
          ctx,
          access,
          auditActorOf(access, request),
          request.params.id,
          request.body,
        );
      },
    );

    app.post(
      '/api/payers/:id/deactivate',
      {
        config: { policy: { resource: 'payer', action: 'delete' } },
        schema: {
          tags: TAGS,
          summary: 'Take a plan out of the directory’s search (linked coverages keep it)',
          params: PayerPlanIdParamsSchema,
          response: withProblems({ 200: PayerPlanSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        return setPayerPlanActive(
          ctx,
          access,
          auditActorOf(access, request),
          request.params.id,
          false,
        );
      },
    );

    app.post(
      '/api/payers/:id/reactivate',
      {
        config: { policy: { resource: 'payer', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Put a deactivated plan back into the directory’s search',
          params: PayerPlanIdParamsSchema,
          response: withProblems({ 200: PayerPlanSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        return setPayerPlanActive(
          ctx,
          access,
          auditActorOf(access, request),
          request.params.id,
          true,
        );
      },
    );
  };
}
