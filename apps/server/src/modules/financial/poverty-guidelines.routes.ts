import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { validationFailed, type FieldProblem } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import {
  PovertyGuidelinesResponseSchema,
  PutPovertyGuidelinesRequestSchema,
} from './assistance.contracts.ts';
import { guidelinesResponse, saveGuidelineOverrides } from './poverty-guidelines-settings.ts';

export function povertyGuidelineRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/configuration/poverty-guidelines',
      {
        // Public figures (HHS publishes them): any signed-in user may read the table in use.
        config: { policy: { session: 'any' } },
        schema: {
          tags: ['configuration'],
          summary:
            'The HHS poverty guidelines used by screening, by year and region, with their marks',
          description:
            'DOMAIN.md §5.3 rows (2025 contiguous ✅; Alaska and Hawaii increments ❌ placeholders) merged with the administrators’ overrides.',
          response: withProblems({ 200: PovertyGuidelinesResponseSchema }),
        },
      },
      async () => guidelinesResponse(ctx.db),
    );

    app.put(
      '/api/configuration/poverty-guidelines',
      {
        config: { policy: { resource: 'configuration', action: 'update' } },
        schema: {
          tags: ['configuration'],
          summary:
            'Replace the overrides: a row replaces the table’s row of the same year and region, or adds a year',
          body: PutPovertyGuidelinesRequestSchema,
          response: withProblems({ 200: PovertyGuidelinesResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const seen = new Set<string>();
        const problems: FieldProblem[] = [];
        request.body.overrides.forEach((row, index) => {
          const key = `${row.year}:${row.region}`;
          if (seen.has(key))
            problems.push({
              field: `/overrides/${index}`,
              code: 'duplicate',
              message: `${row.year} ${row.region} is given twice.`,
            });
          seen.add(key);
        });
        if (problems.length > 0) throw validationFailed(problems);
        const now = ctx.clock.now();
        await ctx.db.transaction(async (tx) => {
          await saveGuidelineOverrides(tx, request.body.overrides, access.userId, now);
          await recordAudit(
            tx,
            auditActorOf(access, request),
            [
              {
                action: 'update',
                resourceType: 'configuration',
                resourceId: 'poverty-guidelines',
                details: { rows: request.body.overrides.length },
              },
            ],
            now,
          );
        });
        return guidelinesResponse(ctx.db);
      },
    );
  };
}
