// Builds the HTTP application: security headers, cookies, body limits, validation, the access gate,
// every module's routes, the OpenAPI document, the web app, and the one error handler.
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from './platform/app-context.ts';
import { accessControl } from './platform/access/access-control.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { sendProblem, toProblem } from './platform/http/problem.ts';
import { validatorCompiler } from './platform/http/validation.ts';
import { registerWebApp } from './platform/http/web-app.ts';
import { jobRoutes } from './platform/jobs/jobs.routes.ts';
import { analyticsRoutes } from './modules/analytics/analytics.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { identityRoutes } from './modules/identity/identity.routes.ts';
import { patientRoutes } from './modules/patients/patients.routes.ts';
import { admissionRoutes } from './modules/intake/admissions.routes.ts';
import { fhirRoutes } from './modules/intake/fhir.routes.ts';
import { referralRoutes } from './modules/intake/referrals.routes.ts';
import { workQueueRoutes } from './modules/intake/work-queues.routes.ts';
import { portalRoutes } from './modules/portal/portal.routes.ts';
import { taskRoutes } from './modules/tasks/tasks.routes.ts';
import { documentRoutes } from './modules/documents/documents.routes.ts';
import { inquiryRoutes } from './modules/inquiries/inquiries.routes.ts';
import { authorizationRoutes } from './modules/authorizations/authorizations.routes.ts';
import { financialRoutes } from './modules/financial/financial.routes.ts';
import { coverageRoutes } from './modules/coverage/coverage.routes.ts';
import { payerRoutes } from './modules/coverage/payers.routes.ts';

export interface BuildAppOptions {
  logger?: boolean;
  /** Serve the built web app when its directory exists (off in API tests). */
  serveWeb?: boolean;
}

/** JSON bodies above this are refused with 413; uploads have their own, larger limit. */
export const JSON_BODY_LIMIT = 1024 * 1024;
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

export async function buildApp(
  ctx: AppContext,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? {
          level: ctx.config.logLevel,
          // Never log bodies, cookies or authorization headers: they may hold PHI or secrets.
          redact: {
            paths: [
              'req.headers.cookie',
              'req.headers.authorization',
              'req.headers["x-csrf-token"]',
              'res.headers["set-cookie"]',
            ],
            remove: true,
          },
        }
      : false,
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: ctx.config.trustProxy,
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.status >= 500)
      request.log.error({ err: error, requestId: request.id }, 'request failed');
    return sendProblem(reply, problem);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: ctx.config.isProduction ? [] : null,
      },
    },
    hsts: ctx.config.isProduction ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 20 } });
  await app.register(accessControl, { ctx });
  await registerOpenApi(app);

  await app.register(healthRoutes(ctx));
  await app.register(identityRoutes(ctx));
  await app.register(patientRoutes(ctx));
  await app.register(documentRoutes(ctx));
  await app.register(inquiryRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(analyticsRoutes(ctx));
  await app.register(referralRoutes(ctx));
  await app.register(fhirRoutes(ctx));
  await app.register(admissionRoutes(ctx));
  await app.register(workQueueRoutes(ctx));
  await app.register(portalRoutes(ctx));
  await app.register(taskRoutes(ctx));
  await app.register(financialRoutes(ctx));
  await app.register(payerRoutes(ctx));
  await app.register(coverageRoutes(ctx));
  await app.register(authorizationRoutes(ctx));
  await app.register(jobRoutes(ctx));

  await registerWebApp(app, options.serveWeb === false ? '/nonexistent' : ctx.config.webDistDir);
  return app;
}
