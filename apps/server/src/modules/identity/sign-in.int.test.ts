import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app.ts';
import { LOGIN_THROTTLE } from './login-throttle.ts';

let t: TestApp;
let branchId: string;

beforeAll(async () => {
  t = await createTestApp();
  branchId = await t.newBranch();
});
afterAll(async () => t.close());

describe('signing in', () => {
  it('gives the same answer for a wrong password and an unknown user', async () => {
    const { username } = await t.newUser({ roles: ['patient'], branchIds: [branchId] });
    const wrongPassword = await t
      .client()
      .post('/api/auth/login', { username, password: 'not the password' });
    const unknownUser = await t
      .client()
      .post('/api/auth/login', { username: 'nobody-here', password: 'not the password' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect((wrongPassword.body as { detail: string }).detail).toBe(
      'The username or password is incorrect.',
    );
    expect((unknownUser.body as { detail: string }).detail).toBe(
      (wrongPassword.body as { detail: string }).detail,
    );
  });

  it('sets an HttpOnly, SameSite=Strict session cookie that carries no user data', async () => {
    const { username } = await t.newUser({ roles: ['patient'], branchIds: [branchId] });
    const response = await t
      .client()
      .post('/api/auth/login', { username, password: TEST_PASSWORD });
    const cookie = response.raw.cookies.find((c) => c.name === 'infusio_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    expect(cookie?.value).not.toContain(username);
  });

  it('locks an account after repeated failures with a clear message, then lets it in after the lock', async () => {
    const { username } = await t.newUser({ roles: ['patient'], branchIds: [branchId] });
    for (let i = 0; i < LOGIN_THROTTLE.perAccount.failures; i++) {
      expect(
        (await t.client().post('/api/auth/login', { username, password: 'wrong' })).status,
      ).toBe(401);
    }
    const locked = await t
      .client()
      .post<{ detail: string; retryAfterSeconds: number }>('/api/auth/login', {
        username,
        password: TEST_PASSWORD,
      });
    expect(locked.status).toBe(429);
    expect(locked.body.detail).toMatch(
      /Too many failed sign-in attempts for this account. Try again in \d+ minutes/,
    );
    t.clock.advanceMinutes(LOGIN_THROTTLE.perAccount.lockMinutes + 1);
    expect(
      (await t.client().post('/api/auth/login', { username, password: TEST_PASSWORD })).status,
    ).toBe(200);
  });

  it('locks an unknown username exactly like a real one, so lockout reveals nothing', async () => {
    for (let i = 0; i < LOGIN_THROTTLE.perAccount.failures; i++)
      await t.client().post('/api/auth/login', { username: 'ghost-user', password: 'x' });
    const response = await t
      .client()
      .post<{ detail: string }>('/api/auth/login', { username: 'ghost-user', password: 'x' });
    expect(response.status).toBe(429);
    expect(response.body.detail).toMatch(/for this account/);
  });

  it('signs a patient in without a second factor', async () => {
    const { username } = await t.newUser({ roles: ['patient'], branchIds: [branchId] });
    const response = await t
      .client()
      .post<{ mfaState: string }>('/api/auth/login', { username, password: TEST_PASSWORD });
    expect(response.body.mfaState).toBe('complete');
  });
});
