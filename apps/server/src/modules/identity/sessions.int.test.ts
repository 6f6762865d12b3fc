import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let username: string;

beforeAll(async () => {
  t = await createTestApp();
  const branchId = await t.newBranch();
  ({ username } = await t.newUser({ roles: ['scheduler'], branchIds: [branchId] }));
});
afterAll(async () => t.close());

describe('sessions', () => {
  it('logs the user out after 15 idle minutes (HIPAA automatic logoff)', async () => {
    const client = await t.signedIn(username);
    t.clock.advanceMinutes(14);
    expect((await client.get('/api/auth/session')).status).toBe(200);
    t.clock.advanceMinutes(15.5);
    const expired = await client.get<{ code: string }>('/api/auth/session');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('session_expired');
  });

  it('ends a busy session 12 hours after sign-in however active it is', async () => {
    const client = await t.signedIn(username);
    // A request every 10 minutes keeps it from idling out for 11 h 50 min...
    for (let minutes = 10; minutes < 12 * 60; minutes += 10) {
      t.clock.advanceMinutes(10);
      expect((await client.get('/api/auth/session')).status).toBe(200);
    }
    // ...but at 12 hours it ends regardless.
    t.clock.advanceMinutes(10);
    expect((await client.get('/api/auth/session')).status).toBe(401);
  });

  it('refuses a write without the CSRF token even with a valid cookie', async () => {
    const client = await t.signedIn(username);
    const response = await client.request<{ code: string }>({
      method: 'PUT',
      url: '/api/me/preferences',
      payload: { locale: 'zh-CN' },
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('csrf_failed');
  });

  it('keeps the language choice per user', async () => {
    const client = await t.signedIn(username);
    expect((await client.put('/api/me/preferences', { locale: 'zh-CN' })).status).toBe(204);
    const other = await t.signedIn(username);
    expect(
      (await other.get<{ user: { locale: string } }>('/api/auth/session')).body.user.locale,
    ).toBe('zh-CN');
  });

  it('logs out everywhere: every device’s session ends', async () => {
    const laptop = await t.signedIn(username);
    const phone = await t.signedIn(username);
    const result = await laptop.post<{ sessionsEnded: number }>('/api/auth/logout-all');
    expect(result.body.sessionsEnded).toBeGreaterThanOrEqual(2);
    expect((await phone.get('/api/auth/session')).status).toBe(401);
    expect((await laptop.get('/api/auth/session')).status).toBe(401);
  });

  it('logs out this session only', async () => {
    const laptop = await t.signedIn(username);
    const phone = await t.signedIn(username);
    expect((await laptop.post('/api/auth/logout')).status).toBe(204);
    expect((await laptop.get('/api/auth/session')).status).toBe(401);
    expect((await phone.get('/api/auth/session')).status).toBe(200);
  });
});
