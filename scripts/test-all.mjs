// npm test: every test, in order — lint and formatting, types, unit and integration tests on the
// embedded database, the integration tests again on a PostgreSQL server when TEST_DATABASE_URL is
// set, then the browser tests. Runs every step, reports each, fails if any failed.
import { spawnSync } from 'node:child_process';

const steps = [
  { name: 'Lint and formatting', command: 'npm run lint' },
  { name: 'Type check', command: 'npm run typecheck' },
  { name: 'Unit and integration tests (embedded PostgreSQL)', command: 'npx vitest run' },
];
if (process.env.TEST_DATABASE_URL) {
  steps.push({
    name: 'Integration tests against the PostgreSQL server in TEST_DATABASE_URL',
    command: 'npx vitest run --project server .int.test',
    env: { INFUSIO_TEST_TARGET: 'server' },
  });
} else {
  console.log(
    'TEST_DATABASE_URL is not set: the PostgreSQL-server pass is skipped (.ci/run sets it).',
  );
}
steps.push({ name: 'Browser tests (Chromium)', command: 'npm run test:e2e' });

const results = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━\n$ ${step.command}`);
  const started = Date.now();
  const run = spawnSync(step.command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  results.push({
    name: step.name,
    ok: run.status === 0,
    seconds: Math.round((Date.now() - started) / 1000),
  });
}

console.log('\n━━ Summary ━━');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
