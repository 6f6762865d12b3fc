import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import {
  QueueQuerySchema,
  QueueResponseSchema,
  QueueSummarySchema,
  RoleSchema,
} from './intake.contracts.ts';
import { readIntakeSettings } from './intake-settings.ts';
import { readWorkQueue, summarizeWorkQueues } from './work-queues.ts';

const TAGS = ['work queues'];

export function workQueueRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/work-queues',
      {
        config: { policy: { resource: 'work-queue', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'Counts of every queue of the caller’s roles',
          response: withProblems({ 200: QueueSummarySchema }),
        },
      },
      async (request) =>
        summarizeWorkQueues(
          ctx.db,
          requireAccess(request),
          ctx.clock.now(),
          await readIntakeSettings(ctx.db),
        ),
    );

    app.get(
      '/api/work-queues/:role',
      {
        config: { policy: { resource: 'work-queue', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'The admissions waiting on a role, most urgent first',
          params: Type.Object({ role: RoleSchema }, { additionalProperties: false }),
          querystring: QueueQuerySchema,
          response: withProblems({ 200: QueueResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        if (!access.roles.includes(request.params.role))
          throw new AppError('forbidden', `You do not hold the ${request.params.role} role.`);
        const now = ctx.clock.now();
        const queue = await readWorkQueue(
          ctx.db,
          access,
          request.params.role,
          request.query,
          now,
          await readIntakeSettings(ctx.db),
        );
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          queue.items.map((item) => ({
            action: 'read',
            resourceType: 'admission',
            resourceId: item.admissionId,
            patientId: item.patientId,
            details: { via: 'work-queue' },
          })),
          now,
        );
        return queue;
      },
    );
  };
}
