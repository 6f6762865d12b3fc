// GET and PUT /api/configuration/sliding-scale: the financial assistance tiers screening uses.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { canPerform } from '@infusio/domain/access';
import { findSlidingScaleProblems } from '@infusio/domain/financial';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import {
  PutSlidingScaleRequestSchema,
  SlidingScaleResponseSchema,
} from './sliding-scale.contracts.ts';
import {
  loadSlidingScale,
  organisationPolicyId,
  saveSlidingScale,
  SLIDING_SCALE_SETTINGS_KEY,
  slidingScaleResponse,
} from './sliding-scale-settings.ts';

export function slidingScaleRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/configuration/sliding-scale',
      {
        // Two grants may read it (assistance read for screening staff, configuration read for
        // administrators), which one route policy cannot say: signed in here, the roles below.
        config: { policy: { session: 'any' } },
        schema: {
          tags: ['configuration'],
          summary: 'The sliding scale screening uses: the organisation’s, else the default',
          description:
            'Tiers by % of the poverty guideline → discount. DOMAIN.md §5.2: the tiers are our policy choice ❌, not a standard. Readable with assistance read or configuration read.',
          response: withProblems({ 200: SlidingScaleResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        if (
          !canPerform(access.roles, 'assistance', 'read') &&
          !canPerform(access.roles, 'configuration', 'read')
        ) {
          await recordAudit(
            ctx.db,
            auditActorOf(access, request),
            [
              {
                action: 'read',
                resourceType: 'configuration',
                resourceId: SLIDING_SCALE_SETTINGS_KEY,
                outcome: 'denied',
              },
            ],
            ctx.clock.now(),
          );
          throw new AppError('forbidden', 'Your role does not allow reading the sliding scale.');
        }
        return slidingScaleResponse(await loadSlidingScale(ctx.db));
      },
    );

    app.put(
      '/api/configuration/sliding-scale',
      {
        config: { policy: { resource: 'configuration', action: 'update' } },
        schema: {
          tags: ['configuration'],
          summary: 'Replace the organisation’s sliding scale (a new version; screenings record it)',
          description:
            'Tiers ascending by whole % of the poverty guideline (1–1000), discounts 0..1 never rising with income, exactly one open (null) tier last, a name and who decided it. Each broken rule is a 422 problem naming its field (/tiers/2/discountRate).',
          body: PutSlidingScaleRequestSchema,
          response: withProblems({ 200: SlidingScaleResponseSchema }, [422]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const problems = findSlidingScaleProblems(request.body);
        if (problems.length > 0)
          throw new AppError('unprocessable', 'The sliding scale cannot be used as given.', {
            fields: problems,
          });
        const now = ctx.clock.now();
        const saved = await ctx.db.transaction(async (tx) => {
          const version = await saveSlidingScale(tx, request.body, access.userId, now);
          await recordAudit(
            tx,
            auditActorOf(access, request),
            [
              {
                action: 'update',
                resourceType: 'configuration',
                resourceId: SLIDING_SCALE_SETTINGS_KEY,
                details: {
                  policyId: organisationPolicyId(version),
                  tiers: request.body.tiers.map((t) => [t.upToPercentFpl, t.discountRate]),
                },
              },
            ],
            now,
          );
          return loadSlidingScale(tx);
        });
        return slidingScaleResponse(saved);
      },
    );
  };
}
