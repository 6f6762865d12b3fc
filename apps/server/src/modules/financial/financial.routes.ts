// The financial module's HTTP surface: benefit routing, estimates (staff and portal), the estimate
// PDF, financial assistance and its configuration (poverty guidelines, the sliding scale).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { assistanceRoutes } from './assistance.routes.ts';
import { benefitRoutingRoutes } from './benefit-routing.routes.ts';
import { estimateRoutes } from './estimates.routes.ts';
import { myEstimateRoutes } from './my-estimates.routes.ts';
import { povertyGuidelineRoutes } from './poverty-guidelines.routes.ts';
import { slidingScaleRoutes } from './sliding-scale.routes.ts';

export function financialRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(benefitRoutingRoutes(ctx));
    await app.register(estimateRoutes(ctx));
    await app.register(myEstimateRoutes(ctx));
    await app.register(assistanceRoutes(ctx));
    await app.register(povertyGuidelineRoutes(ctx));
    await app.register(slidingScaleRoutes(ctx));
  };
}
