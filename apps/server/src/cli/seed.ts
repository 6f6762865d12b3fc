// npm run seed -- --patients 100000 [--branch CODE] — adds a large synthetic population for scale
// tests, in batches of 1,000 (one transaction each), with a progress bar. Creates the demo
// organisation first when the database is empty. Refused in production.
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { branches } from '../modules/locations/locations.tables.ts';
import { patients } from '../modules/patients/patients.tables.ts';
import { recordAudit } from '../modules/audit/record-audit.ts';
import { systemClock } from '../platform/clock.ts';
import { createSecretBox, resolveSecretKey } from '../platform/crypto/secret-box.ts';
import { isDatabaseEmpty, seedDemoOrganisation, describeDemoLogins } from '../seed/demo.ts';
import { syntheticPatient } from '../seed/synthetic-people.ts';
import { createProgressBar } from './progress-bar.ts';
import { exitWith, openForCli } from './open-for-cli.ts';

const BATCH = 1000;

const { values } = parseArgs({
  options: {
    patients: { type: 'string', default: '1000' },
    branch: { type: 'string' },
    seed: { type: 'string' },
  },
  strict: true,
});
const count = Number(values.patients);
if (!Number.isInteger(count) || count < 1 || count > 5_000_000)
  exitWith('--patients must be a whole number between 1 and 5,000,000.', 2);

const { config, database } = await openForCli();
if (config.isProduction) {
  await database.close();
  exitWith('Refusing to add synthetic patients with NODE_ENV=production.');
}
try {
  const ctx = {
    config,
    database,
    db: database.db,
    clock: systemClock,
    secretBox: createSecretBox(resolveSecretKey(process.env, config.dataDir, false)),
  };
  if (await isDatabaseEmpty(ctx.db)) {
    await seedDemoOrganisation(ctx);
    process.stderr.write(`${describeDemoLogins()}\n`);
  }
  const [branch] = values.branch
    ? await ctx.db.select().from(branches).where(eq(branches.code, values.branch))
    : await ctx.db.select().from(branches).limit(1);
  if (!branch) exitWith(`No branch with code ${values.branch ?? '(any)'}.`);
  const runTag = `S${randomBytes(3).toString('hex').toUpperCase()}`;
  const seed = values.seed ? Number(values.seed) : Date.now() % 1_000_000;
  const bar = createProgressBar(count, `Adding patients to ${branch.code}`);
  const started = Date.now();
  for (let offset = 0; offset < count; offset += BATCH) {
    const size = Math.min(BATCH, count - offset);
    const rows = Array.from({ length: size }, (_, i) => ({
      ...syntheticPatient(seed, offset + i, runTag),
      branchId: branch.id,
    }));
    await ctx.db.transaction(async (tx) => {
      await tx.insert(patients).values(rows);
    });
    bar.update(offset + size);
  }
  // Fresh planner statistics after the bulk load (PGlite runs no autovacuum).
  await ctx.db.execute(sql`analyze`);
  await recordAudit(
    ctx.db,
    { username: 'system', roles: ['system'] },
    [
      {
        action: 'seed',
        resourceType: 'patient',
        details: { patients: count, branch: branch.code, mrnPrefix: runTag },
      },
    ],
    new Date(),
  );
  const seconds = (Date.now() - started) / 1000;
  bar.finish(
    `Added ${count.toLocaleString('en-US')} synthetic patients (MRN prefix ${runTag}) in ${seconds.toFixed(1)} s (${Math.round(count / seconds).toLocaleString('en-US')} per second).`,
  );
} finally {
  await database.close();
}
