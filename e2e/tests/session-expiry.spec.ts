import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/environment.ts';

// A second server whose idle timeout is a few seconds, so automatic logoff can be watched happen.
const PORT = 3211;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  server = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, '../../apps/server/src/main.ts')],
    {
      env: {
        ...process.env,
        PORT: String(PORT),
        INFUSIO_DATA_DIR: mkdtempSync(join(tmpdir(), 'infusio-idle-')),
        INFUSIO_SESSION_IDLE_MINUTES: '0.15',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 180; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('idle-timeout server did not start');
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

test('an idle session is signed out and the user is told why', async ({ page }) => {
  await page.goto(`http://localhost:${PORT}/`);
  await page.getByLabel('Username').fill('patient');
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  // No activity: the warning appears, then the sign-in page with the reason.
  await expect(page.getByRole('dialog', { name: 'Are you still there?' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByTestId('session-ended')).toContainText(
    'signed out after a period of inactivity',
    { timeout: 15_000 },
  );
  // The server agrees: the old session no longer opens anything.
  const response = await page.request.get(`http://localhost:${PORT}/api/patients`);
  expect(response.status()).toBe(401);
});
