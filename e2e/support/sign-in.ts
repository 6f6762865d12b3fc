import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from './environment.ts';

const totp = new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET), digits: 6, period: 30 });
const STEPS_FILE = join(import.meta.dirname, '..', 'artifacts', 'totp-steps.json');

/**
 * A TOTP code for this demo user that the server has not seen yet: the server refuses a code
 * twice, so a second sign-in of the same user within 30 seconds waits for the next step.
 */
export async function freshTotpCode(username: string): Promise<string> {
  mkdirSync(join(STEPS_FILE, '..'), { recursive: true });
  let used: Record<string, number>;
  try {
    used = JSON.parse(readFileSync(STEPS_FILE, 'utf8')) as Record<string, number>;
  } catch {
    used = {};
  }
  let step = Math.floor(Date.now() / 30_000);
  const last = used[username];
  if (last !== undefined && step <= last) {
    await new Promise((resolve) => setTimeout(resolve, (last + 1) * 30_000 - Date.now() + 200));
    step = Math.floor(Date.now() / 30_000);
  }
  used[username] = step;
  writeFileSync(STEPS_FILE, JSON.stringify(used));
  return totp.generate({ timestamp: step * 30_000 + 1000 });
}

export const STAFF_USERS = [
  'admin',
  'intake',
  'reimbursement',
  'pharmacist',
  'nurse',
  'scheduler',
  'billing',
  'lead',
  'physician',
] as const;

/** Signs in through the login page like a person would, including the second factor. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if ((STAFF_USERS as readonly string[]).includes(username)) {
    await expect(page.getByRole('heading', { name: 'Two-step verification' })).toBeVisible();
    await page.getByLabel('Digit 1 of 6').click();
    await page.keyboard.type(await freshTotpCode(username));
    await page.getByRole('button', { name: 'Verify' }).click();
  }
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** Signs in over the API (for setting up a scene), returning a request context holding the session. */
export async function signInApi(request: APIRequestContext, username: string): Promise<string> {
  const login = await request.post('/api/auth/login', {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const body = (await login.json()) as { mfaState: string; csrfToken: string };
  if (body.mfaState !== 'verify') return body.csrfToken;
  const verify = await request.post('/api/auth/mfa/verify', {
    data: { code: await freshTotpCode(username) },
    headers: { 'x-csrf-token': body.csrfToken },
  });
  expect(verify.status()).toBe(200);
  return ((await verify.json()) as { csrfToken: string }).csrfToken;
}
