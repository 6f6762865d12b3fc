import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../app-context.ts';
import { requireAccess } from '../access/access-context.ts';
import { notFound } from '../http/app-error.ts';
import { withProblems } from '../http/responses.ts';
import { getJob } from './job-queue.ts';

export const JobViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.String(),
  status: Type.String(),
  progress: Type.Number(),
  progressMessage: Type.Union([Type.String(), Type.Null()]),
  result: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export function jobRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/jobs/:id',
      {
        // Any signed-in user, but only for jobs they started (admins see every job).
        config: { policy: { session: 'any' } },
        schema: {
          tags: ['jobs'],
          summary: 'Progress and result of a background job',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          response: withProblems({ 200: JobViewSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const job = await getJob(ctx.db, request.params.id);
        if (!job || (job.createdBy !== access.userId && !access.roles.includes('admin')))
          throw notFound('The job');
        return {
          id: job.id,
          kind: job.kind,
          status: job.status,
          progress: job.progress,
          progressMessage: job.progressMessage,
          result: job.result ?? null,
          lastError: job.lastError,
          createdAt: job.createdAt.toISOString(),
          finishedAt: job.finishedAt?.toISOString() ?? null,
        };
      },
    );
  };
}
