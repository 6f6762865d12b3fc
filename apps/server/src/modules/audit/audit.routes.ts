import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { enqueueJob } from '../../platform/jobs/job-queue.ts';
import { SearchAuditQuerySchema, SearchAuditResponseSchema } from './audit.contracts.ts';
import { searchAuditEvents } from './audit.queries.ts';
import { recordAudit } from './record-audit.ts';
import { AUDIT_VERIFY_JOB } from './audit.jobs.ts';

const TAGS = ['audit'];

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/audit/events',
      {
        config: { policy: { resource: 'audit-log', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'Search the audit trail by patient, user and time',
          querystring: SearchAuditQuerySchema,
          response: withProblems({ 200: SearchAuditResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const result = await searchAuditEvents(ctx.db, request.query);
        // Reading the trail is itself recorded (who looked at whose access history).
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'audit-log',
              patientId: request.query.patientId ?? null,
              details: { results: result.items.length },
            },
          ],
          ctx.clock.now(),
        );
        return { ...result, page: request.query.page, pageSize: request.query.pageSize };
      },
    );

    app.post(
      '/api/audit/verifications',
      {
        config: { policy: { resource: 'audit-log', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'Check the whole hash chain in the background',
          description:
            'Returns a job id; GET /api/jobs/{id} reports progress and, when done, every changed or missing row.',
          response: withProblems({ 202: Type.Object({ jobId: Type.String({ format: 'uuid' }) }) }),
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        const jobId = await enqueueJob(ctx.db, {
          kind: AUDIT_VERIFY_JOB,
          createdBy: access.userId,
          maxAttempts: 1,
        });
        return reply.status(202).send({ jobId });
      },
    );
  };
}
