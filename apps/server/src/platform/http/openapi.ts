// The OpenAPI 3.1 document, generated from the routes' TypeBox schemas, served at
// /api/openapi.json, with interactive documentation at /api/docs.
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Infusio API',
        version: '0.1.0',
        description:
          'Home infusion therapy: referral to start of care, coverage, pharmacy, scheduling, nursing and billing. ' +
          'Sign in with POST /api/auth/login; the session cookie is HttpOnly; every write sends the X-CSRF-Token header returned at sign-in. ' +
          'Errors are RFC 9457 problem+json.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'infusio_session' } },
      },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { deepLinking: true },
  });
  app.get(
    '/api/openapi.json',
    { config: { policy: { public: 'the API contract; no data' } }, schema: { hide: true } },
    async () => app.swagger(),
  );
}
