import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import {
  ChartHistoryQuerySchema,
  ChartHistoryResponseSchema,
  ChartResponseSchema,
} from './chart.contracts.ts';
import { resolveChartAccess } from './chart-access.ts';
import { listChartHistory } from './chart-history.queries.ts';
import { getChart } from './chart.queries.ts';
import { PatientIdParamsSchema } from './patients.contracts.ts';

const TAGS = ['patients'];

export function chartRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/patients/:id/chart',
      {
        config: { policy: { resource: 'patient', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'The patient’s chart, with the sections the caller may see',
          description:
            'Demographics, contacts, caregivers, allergies, diagnoses, medications, coverage summary, documents and admissions. A section the caller may not see is absent and missing from `sections`; a caregiver sees clinical sections only with view-clinical and coverage only with view-billing.',
          params: PatientIdParamsSchema,
          response: withProblems({ 200: ChartResponseSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const found = await getChart(ctx.db, access, request.params.id, now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'patient-chart',
              resourceId: request.params.id,
              patientId: request.params.id,
              outcome: found ? 'success' : 'denied',
              ...(found ? { details: { sections: found.body.sections } } : {}),
            },
          ],
          now,
        );
        if (!found) throw notFound('The patient');
        return found.body;
      },
    );

    app.get(
      '/api/patients/:id/history',
      {
        config: { policy: { resource: 'patient', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'Every change to the chart, newest first, with who and when',
          description:
            'Limited to the sections the caller may see; patient fields the role hides are left out.',
          params: PatientIdParamsSchema,
          querystring: ChartHistoryQuerySchema,
          response: withProblems({ 200: ChartHistoryResponseSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const chart = await resolveChartAccess(ctx.db, access, request.params.id, now);
        const page = chart ? await listChartHistory(ctx.db, chart, request.query) : undefined;
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'patient-history',
              resourceId: request.params.id,
              patientId: request.params.id,
              outcome: page ? 'success' : 'denied',
              ...(page ? { details: { rows: page.items.length, page: request.query.page } } : {}),
            },
          ],
          now,
        );
        if (!page) throw notFound('The patient');
        return { ...page, page: request.query.page, pageSize: request.query.pageSize };
      },
    );
  };
}
