import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { accessControl } from './access-control.ts';
import { isPolicyExempt } from './route-policy.ts';
import { POLICY } from '@infusio/domain/access';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** A concrete URL for a route pattern, with a random UUID for every path parameter. */
function concrete(url: string): string {
  return url.replace(/:[^/]+/g, '00000000-0000-4000-8000-000000000000');
}

describe('route policies (deny by default)', () => {
  it('finds a declared policy on every /api route', () => {
    const apiRoutes = t.app.registeredRoutes.filter((r) => !isPolicyExempt(r.url));
    expect(apiRoutes.length).toBeGreaterThan(10);
    const missing = apiRoutes
      .filter((r) => r.policy === undefined)
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('refuses to start when a route forgets its policy', async () => {
    const app = Fastify();
    await app.register(accessControl, { ctx: t.ctx });
    expect(() => app.get('/api/forgotten', async () => ({ leaked: true }))).toThrow(
      'Route GET /api/forgotten declares no access policy',
    );
    await app.close();
  });

  it('answers 401 to an anonymous caller on every non-public route', async () => {
    const guarded = t.app.registeredRoutes.filter((r) => r.policy && !('public' in r.policy));
    for (const route of guarded) {
      const response = await t.client().request({
        method: route.method,
        url: concrete(route.url),
        payload: route.method === 'GET' ? undefined : {},
      });
      expect({ route: `${route.method} ${route.url}`, status: response.status }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
      });
    }
  });

  it('answers 403 to a signed-in patient on every route for a resource patients hold no grant on', async () => {
    const { username } = await t.newUser({ roles: ['patient'] });
    const client = await t.signedIn(username);
    const patientGrants = POLICY.patient;
    const staffOnly = t.app.registeredRoutes.filter(
      (r) =>
        r.policy &&
        'resource' in r.policy &&
        patientGrants[r.policy.resource]?.actions.includes(r.policy.action) !== true,
    );
    expect(staffOnly.length).toBeGreaterThan(0);
    for (const route of staffOnly) {
      const response = await client.request({
        method: route.method,
        url: concrete(route.url),
        payload: route.method === 'GET' ? undefined : {},
      });
      expect({ route: `${route.method} ${route.url}`, status: response.status }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 403,
      });
    }
  });
});
