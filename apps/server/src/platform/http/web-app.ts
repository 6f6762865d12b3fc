// Serves the built web app (apps/web/dist) and sends unknown non-API paths to its index.html so
// client-side routes survive a reload. Unknown /api paths get a problem+json 404.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { AppError } from './app-error.ts';

export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  const hasWeb = existsSync(join(distDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (
      request.url.startsWith('/api/') ||
      request.url === '/api' ||
      !hasWeb ||
      request.method !== 'GET'
    ) {
      throw new AppError(
        'not_found',
        `No route ${request.method} ${request.url.split('?')[0] ?? ''}.`,
      );
    }
    const path = request.url.split('?')[0] ?? '/';
    if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) {
      throw new AppError('not_found', `No file ${path}.`);
    }
    return reply.header('cache-control', 'no-store').sendFile('index.html');
  });
  return hasWeb;
}
