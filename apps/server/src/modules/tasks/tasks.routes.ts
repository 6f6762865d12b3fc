import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ROLES } from '@infusio/domain/access';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { StringEnum } from '../../platform/http/schema-helpers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { listOpenTasks } from './tasks.queries.ts';
import { completeTask } from './complete-task.ts';

const TaskSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.String(),
  ownerRole: Type.String(),
  params: Type.Record(Type.String(), Type.Unknown()),
  patientId: Type.Union([Type.String(), Type.Null()]),
  patientName: Type.Union([Type.String(), Type.Null()]),
  admissionId: Type.Union([Type.String(), Type.Null()]),
  dueAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

export function taskRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/tasks/:role',
      {
        config: { policy: { resource: 'work-queue', action: 'read' } },
        schema: {
          tags: ['work queues'],
          summary: 'Open tasks of a role: reminders and alerts that are not stage preconditions',
          params: Type.Object({ role: StringEnum(ROLES) }, { additionalProperties: false }),
          response: withProblems({ 200: Type.Object({ tasks: Type.Array(TaskSchema) }) }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        if (!access.roles.includes(request.params.role))
          throw new AppError('forbidden', `You do not hold the ${request.params.role} role.`);
        const now = ctx.clock.now();
        const list = await listOpenTasks(ctx.db, access, request.params.role, now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          list
            .filter((t) => t.patientId)
            .map((t) => ({
              action: 'read',
              resourceType: 'task',
              resourceId: t.id,
              patientId: t.patientId,
              details: { kind: t.kind },
            })),
          now,
        );
        return { tasks: list };
      },
    );

    app.post(
      '/api/tasks/:id/complete',
      {
        config: { policy: { resource: 'work-queue', action: 'update' } },
        schema: {
          tags: ['work queues'],
          summary: 'Mark a task done (or dismissed)',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Object(
            { outcome: StringEnum(['done', 'dismissed'] as const) },
            { additionalProperties: false },
          ),
          response: withProblems({ 204: Type.Null() }, [404]),
        },
      },
      async (request, reply) => {
        const done = await completeTask(
          ctx,
          requireAccess(request),
          request.params.id,
          request.body.outcome,
        );
        if (!done) throw notFound('The task');
        return reply.status(204).send(null);
      },
    );
  };
}
