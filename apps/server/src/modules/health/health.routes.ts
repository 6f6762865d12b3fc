import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/app-context.ts';

const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  database: Type.Object({
    kind: Type.Union([Type.Literal('embedded'), Type.Literal('server')]),
    reachable: Type.Boolean(),
  }),
  uptimeSeconds: Type.Integer(),
});

const started = Date.now();

export function healthRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { policy: { public: 'load balancer and uptime checks; no data' } },
        schema: {
          tags: ['platform'],
          summary: 'Liveness and database state',
          description: '200 when the database answers, 503 when it does not.',
          response: { 200: HealthSchema, 503: HealthSchema },
        },
      },
      async (_request, reply) => {
        const reachable = await ctx.database.ping();
        const body = {
          status: reachable ? ('ok' as const) : ('unavailable' as const),
          database: { kind: ctx.database.kind, reachable },
          uptimeSeconds: Math.round((Date.now() - started) / 1000),
        };
        return reply.status(reachable ? 200 : 503).send(body);
      },
    );
  };
}
