import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('HTTP contract', () => {
  it('answers malformed JSON with 400 problem+json, never 500', async () => {
    const response = await t.client().request<{ code: string }>({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('malformed_request');
  });

  it('lists every wrong field at once, with its JSON pointer', async () => {
    const response = await t
      .client()
      .post<{ errors: { field: string; code: string }[] }>('/api/auth/login', {
        username: 42,
        extra: true,
      });
    expect(response.status).toBe(400);
    const fields = response.body.errors.map((e) => `${e.field}:${e.code}`).sort();
    expect(fields).toEqual(['/extra:unknown_field', '/password:required', '/username:type']);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await t.client().post<{ code: string }>('/api/auth/login', {
      username: 'x'.repeat(2 * 1024 * 1024),
      password: 'y',
    });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('refuses an unsupported content type with 415', async () => {
    const response = await t.client().request({
      method: 'POST',
      url: '/api/auth/login',
      payload: 'username=a',
      headers: { 'content-type': 'text/csv' },
    });
    expect(response.status).toBe(415);
  });

  it('answers an unknown API route with a 404 problem', async () => {
    const response = await t.client().get<{ code: string; status: number }>('/api/does-not-exist');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('rejects a path parameter that is not a UUID with 400, not 500', async () => {
    const { username } = await t.newUser({ roles: ['patient'] });
    const client = await t.signedIn(username);
    const response = await client.get<{ errors: { field: string }[] }>('/api/patients/not-a-uuid');
    expect(response.status).toBe(400);
    expect(response.body.errors[0]?.field).toBe('params:id');
  });

  it('reports the database in /api/health', async () => {
    const response = await t
      .client()
      .get<{ status: string; database: { reachable: boolean } }>('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: { reachable: true } });
  });

  it('publishes an OpenAPI 3.1 document describing every API route with its schemas', async () => {
    const response = await t
      .client()
      .get<{ openapi: string; paths: Record<string, Record<string, { responses: object }>> }>(
        '/api/openapi.json',
      );
    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/patients',
        '/api/patients/{id}',
        '/api/audit/events',
      ]),
    );
    expect(Object.keys(response.body.paths['/api/patients']?.get?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '401', '403']),
    );
    expect((await t.client().get('/api/docs/')).status).toBe(200);
  });

  it('sends security headers', async () => {
    const response = await t.client().get('/api/health');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});
