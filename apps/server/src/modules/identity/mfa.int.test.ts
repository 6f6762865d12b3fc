import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  TEST_PASSWORD,
  TEST_TOTP_SECRET,
  type TestApp,
} from '../../test/test-app.ts';
import { generateTotpCode } from './totp.ts';

let t: TestApp;
let branchId: string;

beforeAll(async () => {
  t = await createTestApp();
  branchId = await t.newBranch();
});
afterAll(async () => t.close());

async function passwordOnly(username: string) {
  const client = t.client();
  const login = await client.post<{ mfaState: string; csrfToken: string }>('/api/auth/login', {
    username,
    password: TEST_PASSWORD,
  });
  client.csrfToken = login.body.csrfToken;
  return { client, mfaState: login.body.mfaState };
}

describe('second factor', () => {
  it('makes a new staff member enrol with a QR code before anything else, and gives recovery codes', async () => {
    const { username } = await t.newUser({ roles: ['intake'], branchIds: [branchId], mfa: false });
    const { client, mfaState } = await passwordOnly(username);
    expect(mfaState).toBe('enroll');
    const blocked = await client.get<{ code: string }>('/api/patients');
    expect(blocked.status).toBe(401);
    expect(blocked.body.code).toBe('mfa_required');

    const enrol = await client.post<{ secret: string; qrDataUrl: string; otpauthUri: string }>(
      '/api/auth/mfa/enroll',
    );
    expect(enrol.status).toBe(200);
    expect(enrol.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrol.body.otpauthUri).toContain(`Infusio:${username}`);

    const activated = await client.post<{ recoveryCodes: string[]; csrfToken: string }>(
      '/api/auth/mfa/activate',
      {
        code: generateTotpCode(enrol.body.secret, t.clock.now()),
      },
    );
    expect(activated.status).toBe(200);
    expect(activated.body.recoveryCodes).toHaveLength(10);
    client.csrfToken = activated.body.csrfToken;
    expect((await client.get('/api/patients')).status).toBe(200);
  });

  it('requires a code from an enrolled physician and never accepts the same code twice', async () => {
    const { username } = await t.newUser({ roles: ['physician'], branchIds: [] });
    const first = await passwordOnly(username);
    expect(first.mfaState).toBe('verify');
    t.clock.advanceMinutes(1);
    const code = generateTotpCode(TEST_TOTP_SECRET, t.clock.now());
    expect((await first.client.post('/api/auth/mfa/verify', { code })).status).toBe(200);

    const second = await passwordOnly(username);
    const replay = await second.client.post<{ code: string }>('/api/auth/mfa/verify', { code });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('invalid_mfa_code');
  });

  it('ends the half-signed-in session after five wrong codes', async () => {
    const { username } = await t.newUser({ roles: ['nurse'], branchIds: [branchId] });
    const { client } = await passwordOnly(username);
    let last = { status: 0, body: { detail: '' } };
    for (let i = 0; i < 5; i++)
      last = await client.post<{ detail: string }>('/api/auth/mfa/verify', { code: '000000' });
    expect(last.body.detail).toBe('Too many wrong codes. Sign in again.');
    const after = await client.post('/api/auth/mfa/verify', {
      code: generateTotpCode(TEST_TOTP_SECRET, t.clock.now()),
    });
    expect(after.status).toBe(401);
  });

  it('accepts a recovery code once', async () => {
    const { username } = await t.newUser({ roles: ['billing'], branchIds: [branchId], mfa: false });
    const { client } = await passwordOnly(username);
    const enrol = await client.post<{ secret: string }>('/api/auth/mfa/enroll');
    const activated = await client.post<{ recoveryCodes: string[] }>('/api/auth/mfa/activate', {
      code: generateTotpCode(enrol.body.secret, t.clock.now()),
    });
    const recoveryCode = activated.body.recoveryCodes[0] ?? '';

    const again = await passwordOnly(username);
    expect((await again.client.post('/api/auth/mfa/verify', { recoveryCode })).status).toBe(200);
    const reuse = await passwordOnly(username);
    expect((await reuse.client.post('/api/auth/mfa/verify', { recoveryCode })).status).toBe(401);
  });
});
