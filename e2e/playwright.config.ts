// Browser tests run Debian's Chromium (never a downloaded browser) against a real Infusio server on
// a fresh embedded database with the demo organisation, started here and stopped at the end.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_PORT } from './support/environment.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'infusio-e2e-'));

export default defineConfig({
  testDir: './tests',
  outputDir: `./artifacts/results-${E2E_PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node --import tsx ${resolve(import.meta.dirname, '../apps/server/src/main.ts')}`,
    url: `http://localhost:${E2E_PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(E2E_PORT), INFUSIO_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  },
});
