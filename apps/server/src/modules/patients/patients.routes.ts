import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { chartCommandRoutes } from './chart-commands.routes.ts';
import { chartRoutes } from './chart.routes.ts';
import {
  ListPatientsQuerySchema,
  ListPatientsResponseSchema,
  PatientDetailSchema,
  PatientIdParamsSchema,
} from './patients.contracts.ts';
import {
  getVisiblePatient,
  listPatients,
  toPatientDetail,
  toPatientSummary,
} from './patients.queries.ts';

const TAGS = ['patients'];

export function patientRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    // The chart (reads and commands) lives beside the patient list and record.
    await app.register(chartRoutes(ctx));
    await app.register(chartCommandRoutes(ctx));

    app.get(
      '/api/patients',
      {
        config: { policy: { resource: 'patient', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'Patients the caller may see',
          description:
            'Role-filtered: branch staff see their branches, nurses their assigned patients, physicians the patients they referred, patients themselves, caregivers the patients who gave them access.',
          querystring: ListPatientsQuerySchema,
          response: withProblems({ 200: ListPatientsResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const { rows, total } = await listPatients(ctx.db, access, request.query, now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          rows.map((row) => ({
            action: 'read',
            resourceType: 'patient',
            resourceId: row.id,
            patientId: row.id,
            details: { via: 'list' },
          })),
          now,
        );
        return {
          items: rows.map(toPatientSummary),
          total,
          page: request.query.page,
          pageSize: request.query.pageSize,
        };
      },
    );

    app.get(
      '/api/patients/:id',
      {
        config: { policy: { resource: 'patient', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'One patient’s demographics',
          params: PatientIdParamsSchema,
          response: withProblems({ 200: PatientDetailSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const row = await getVisiblePatient(ctx.db, access, request.params.id, now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'patient',
              resourceId: request.params.id,
              patientId: request.params.id,
              outcome: row ? 'success' : 'denied',
            },
          ],
          now,
        );
        if (!row) throw notFound('The patient');
        return toPatientDetail(row, access);
      },
    );
  };
}
