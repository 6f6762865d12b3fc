import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createApplication, transitionApplication } from './assistance-applications.ts';
import { findAssistancePatient } from './assistance-patient.ts';
import {
  ApplicationIdParamsSchema,
  ApplicationSchema,
  CreateApplicationRequestSchema,
  CreateScreeningRequestSchema,
  ListApplicationsResponseSchema,
  ListScreeningsResponseSchema,
  PatientIdParamsSchema,
  ScreeningSchema,
  TransitionRequestSchema,
} from './assistance.contracts.ts';
import { getScreening, listApplications, listScreenings } from './assistance.queries.ts';
import { screenAssistance } from './screen-assistance.ts';

const TAGS = ['financial assistance'];

export function assistanceRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/patients/:id/assistance-screenings',
      {
        config: { policy: { resource: 'assistance', action: 'create' } },
        schema: {
          tags: TAGS,
          summary:
            'Screen for financial assistance: income against the poverty guideline, programs by plan type, diagnosis and drug',
          params: PatientIdParamsSchema,
          body: CreateScreeningRequestSchema,
          response: withProblems({ 201: ScreeningSchema }, [404]),
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        const id = await screenAssistance(
          ctx,
          access,
          auditActorOf(access, request),
          request.params.id,
          request.body,
        );
        const screening = await getScreening(ctx.db, id);
        if (!screening) throw notFound('The screening');
        return reply.status(201).send(screening);
      },
    );

    app.get(
      '/api/patients/:id/assistance-screenings',
      {
        config: { policy: { resource: 'assistance', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'The patient’s assistance screenings, newest first',
          params: PatientIdParamsSchema,
          response: withProblems({ 200: ListScreeningsResponseSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const patient = await findAssistancePatient(ctx.db, access, request.params.id, 'read', now);
        const screenings = await listScreenings(ctx.db, patient.id);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'assistance-screening',
              resourceId: patient.id,
              patientId: patient.id,
              details: { count: screenings.length },
            },
          ],
          now,
        );
        return { screenings };
      },
    );

    app.post(
      '/api/patients/:id/assistance-applications',
      {
        config: { policy: { resource: 'assistance', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'Start an application to a program the screening found the patient may use',
          description:
            '422 when the screening found the patient not eligible (e.g. a manufacturer copay card with government insurance).',
          params: PatientIdParamsSchema,
          body: CreateApplicationRequestSchema,
          response: withProblems({ 201: ApplicationSchema }, [404, 422]),
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const id = await createApplication(
          ctx,
          access,
          auditActorOf(access, request),
          request.params.id,
          request.body,
        );
        const [created] = (
          await listApplications(ctx.db, access, now, { patientId: request.params.id })
        ).filter((a) => a.id === id);
        if (!created) throw notFound('The application');
        return reply.status(201).send(created);
      },
    );

    app.get(
      '/api/patients/:id/assistance-applications',
      {
        config: { policy: { resource: 'assistance', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'The patient’s assistance applications with their history',
          params: PatientIdParamsSchema,
          response: withProblems({ 200: ListApplicationsResponseSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const patient = await findAssistancePatient(ctx.db, access, request.params.id, 'read', now);
        const applications = await listApplications(ctx.db, access, now, { patientId: patient.id });
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'assistance-application',
              resourceId: patient.id,
              patientId: patient.id,
              details: { count: applications.length },
            },
          ],
          now,
        );
        return { applications };
      },
    );

    app.get(
      '/api/assistance-applications/awaiting-decision',
      {
        config: { policy: { resource: 'assistance', action: 'read' } },
        schema: {
          tags: TAGS,
          summary:
            'Applications not decided yet (draft, submitted, documents requested), oldest first',
          response: withProblems({ 200: ListApplicationsResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const applications = await listApplications(ctx.db, access, now, { openOnly: true });
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          applications.map((a) => ({
            action: 'read',
            resourceType: 'assistance-application',
            resourceId: a.id,
            patientId: a.patientId,
            details: { via: 'work-list' },
          })),
          now,
        );
        return { applications };
      },
    );

    app.post(
      '/api/assistance-applications/:id/transitions',
      {
        config: { policy: { resource: 'assistance', action: 'update' } },
        schema: {
          tags: TAGS,
          summary:
            'Move an application on: submit, request or provide documents, approve (with the award), deny, withdraw, expire',
          description:
            '409 when the command is not allowed from the application’s status (the domain state machine).',
          params: ApplicationIdParamsSchema,
          body: TransitionRequestSchema,
          response: withProblems({ 200: ApplicationSchema }, [404, 409, 422]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        await transitionApplication(
          ctx,
          access,
          auditActorOf(access, request),
          request.params.id,
          request.body,
        );
        const [updated] = (await listApplications(ctx.db, access, ctx.clock.now(), {})).filter(
          (a) => a.id === request.params.id,
        );
        if (!updated) throw notFound('The application');
        return updated;
      },
    );
  };
}
