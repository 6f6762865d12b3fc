import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { buildAdmissionDetail } from './admission-detail.ts';
import { exitAdmission, type AdmissionExit } from './admission-exits.ts';
import { getVisibleAdmission } from './admissions.queries.ts';
import { advanceAdmission } from './advance-admission.ts';
import { assignAdmission } from './assign-admission.ts';
import { assignNurse, listBranchNurses } from './assign-nurse.ts';
import {
  AdmissionDetailSchema,
  AdmissionIdParamsSchema,
  AdvanceRequestSchema,
  AssignRequestSchema,
  NoteRequestSchema,
  PreconditionKeySchema,
  ReasonedRequestSchema,
  RecordAnswerRequestSchema,
} from './intake.contracts.ts';
import { readIntakeSettings } from './intake-settings.ts';
import { recordPreconditionAnswer } from './record-precondition-answer.ts';

const TAGS = ['admissions'];
const NoContent = withProblems({ 204: Type.Null() }, [404, 409]);

export function admissionRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const detail = async (access: Parameters<typeof getVisibleAdmission>[1], id: string) => {
      const now = ctx.clock.now();
      const row = await getVisibleAdmission(ctx.db, access, id, now);
      if (!row) throw notFound('The admission');
      return buildAdmissionDetail(ctx.db, row, now, await readIntakeSettings(ctx.db));
    };

    app.get(
      '/api/admissions/:id',
      {
        config: { policy: { resource: 'admission', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'Where the admission stands, what blocks it, whose job it is, and its history',
          params: AdmissionIdParamsSchema,
          response: withProblems({ 200: AdmissionDetailSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const row = await getVisibleAdmission(ctx.db, access, request.params.id, now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'admission',
              resourceId: request.params.id,
              patientId: row?.patientId ?? null,
              outcome: row ? 'success' : 'denied',
            },
          ],
          now,
        );
        if (!row) throw notFound('The admission');
        return buildAdmissionDetail(ctx.db, row, now, await readIntakeSettings(ctx.db));
      },
    );

    app.post(
      '/api/admissions/:id/advance',
      {
        config: { policy: { resource: 'admission', action: 'transition' } },
        schema: {
          tags: TAGS,
          summary: 'Move the admission forward to a stage',
          description:
            '409 lists every missing precondition with the role whose job it is. Several stages may be passed at once when each is satisfied.',
          params: AdmissionIdParamsSchema,
          body: AdvanceRequestSchema,
          response: withProblems({ 200: AdmissionDetailSchema }, [404, 409]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        await advanceAdmission(ctx, access, request.params.id, request.body.to, request.body.note);
        return detail(access, request.params.id);
      },
    );

    const exits: { path: string; exit: AdmissionExit; summary: string; reasoned: boolean }[] = [
      {
        path: 'hold',
        exit: 'on-hold',
        summary: 'Put the admission on hold (reason required)',
        reasoned: true,
      },
      { path: 'resume', exit: 'resume', summary: 'Resume an admission on hold', reasoned: false },
      {
        path: 'not-admit',
        exit: 'not-admitted',
        summary: 'Close the admission as not admitted (reason required)',
        reasoned: true,
      },
      {
        path: 'cancel',
        exit: 'cancelled',
        summary: 'Cancel the admission (reason required)',
        reasoned: true,
      },
      {
        path: 'discharge',
        exit: 'discharged',
        summary: 'Discharge from active therapy (reason required)',
        reasoned: true,
      },
    ];
    for (const { path, exit, summary, reasoned } of exits) {
      app.post(
        `/api/admissions/:id/${path}`,
        {
          config: { policy: { resource: 'admission', action: 'transition' } },
          schema: {
            tags: TAGS,
            summary,
            params: AdmissionIdParamsSchema,
            body: reasoned ? ReasonedRequestSchema : NoteRequestSchema,
            response: NoContent,
          },
        },
        async (request, reply) => {
          const body = request.body as { reasonCode?: string; note?: string };
          await exitAdmission(ctx, requireAccess(request), request.params.id, exit, body);
          return reply.status(204).send(null);
        },
      );
    }

    app.post(
      '/api/admissions/:id/answers/:key',
      {
        config: { policy: { resource: 'admission', action: 'transition' } },
        schema: {
          tags: TAGS,
          summary: 'Record the answer to a precondition no module answers yet (by its owner role)',
          params: Type.Object(
            { id: Type.String({ format: 'uuid' }), key: PreconditionKeySchema },
            { additionalProperties: false },
          ),
          body: RecordAnswerRequestSchema,
          response: NoContent,
        },
      },
      async (request, reply) => {
        await recordPreconditionAnswer(
          ctx,
          requireAccess(request),
          request.params.id,
          request.params.key,
          request.body,
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/admissions/:id/assign-nurse',
      {
        config: { policy: { resource: 'admission', action: 'transition' } },
        schema: {
          tags: TAGS,
          summary: 'Put a nurse of the branch on the patient’s care team for this admission',
          params: AdmissionIdParamsSchema,
          body: Type.Object(
            { userId: Type.String({ format: 'uuid' }) },
            { additionalProperties: false },
          ),
          response: NoContent,
        },
      },
      async (request, reply) => {
        await assignNurse(ctx, requireAccess(request), request.params.id, request.body.userId);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/admissions/:id/nurses',
      {
        config: { policy: { resource: 'admission', action: 'transition' } },
        schema: {
          tags: TAGS,
          summary: 'Nurses who can be assigned to this admission',
          params: AdmissionIdParamsSchema,
          response: withProblems(
            {
              200: Type.Object({
                nurses: Type.Array(Type.Object({ userId: Type.String(), name: Type.String() })),
              }),
            },
            [404],
          ),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const row = await getVisibleAdmission(
          ctx.db,
          access,
          request.params.id,
          ctx.clock.now(),
          'admission',
          'transition',
        );
        if (!row) throw notFound('The admission');
        return { nurses: await listBranchNurses(ctx, row.branchId) };
      },
    );

    app.post(
      '/api/admissions/:id/claim',
      {
        config: { policy: { resource: 'work-queue', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Take this admission from the queue',
          params: AdmissionIdParamsSchema,
          response: NoContent,
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        await assignAdmission(ctx, access, request.params.id, access.userId);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/admissions/:id/assign',
      {
        config: { policy: { resource: 'work-queue', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Reassign to a colleague of the branch, or release (userId null)',
          params: AdmissionIdParamsSchema,
          body: AssignRequestSchema,
          response: NoContent,
        },
      },
      async (request, reply) => {
        await assignAdmission(ctx, requireAccess(request), request.params.id, request.body.userId);
        return reply.status(204).send(null);
      },
    );
  };
}
