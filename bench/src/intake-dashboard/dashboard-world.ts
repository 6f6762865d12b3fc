// A two-year intake history of about 10,000 admissions over three branches, written the way the
// demo seed writes its 60, into a fresh database (embedded PGlite, or a throw-away database on
// the PostgreSQL server in TEST_DATABASE_URL).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  openInMemory,
  openServer,
  type Database,
} from '../../../apps/server/src/platform/db/database.ts';
import { branches } from '../../../apps/server/src/modules/locations/locations.tables.ts';
import { patients } from '../../../apps/server/src/modules/patients/patients.tables.ts';
import {
  generateAdmissionHistory,
  type HistoryReferral,
} from '../../../apps/server/src/modules/analytics/synthetic-history.ts';
import { buildHistoryDraft } from '../../../apps/server/src/modules/analytics/synthetic-referral-draft.ts';
import { insertAdmissionHistory } from '../../../apps/server/src/seed/demo-admissions.ts';
import { ensureReferenceData } from '../../../apps/server/src/seed/reference-data.ts';
import { seededRandom, syntheticPatient } from '../../../apps/server/src/seed/synthetic-people.ts';

export const TARGET_ADMISSIONS = 10_000;
export const HISTORY_DAYS = 720;
const SEED = 4242;

export interface BenchDatabase {
  database: Database;
  label: string;
  drop(): Promise<void>;
}

export async function openEmbeddedBench(): Promise<BenchDatabase> {
  const database = await openInMemory();
  await database.migrate();
  return { database, label: 'embedded PGlite (in memory)', drop: () => database.close() };
}

export async function openServerBench(adminUrl: string): Promise<BenchDatabase> {
  const name = `infusio_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openServer(url.toString(), 4);
  await database.migrate();
  return {
    database,
    label: 'PostgreSQL server',
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** The smallest patient count (in steps of 25) whose simulated history reaches the target. */
function historyOfSize(
  branchIds: string[],
  now: Date,
): { history: HistoryReferral[]; patients: number } {
  for (let count = 300; ; count += 25) {
    const patientIds = Array.from({ length: count }, (_, i) => `p${i}`);
    const history = generateAdmissionHistory({
      patientIds,
      branchIds,
      now,
      seed: SEED,
      days: HISTORY_DAYS,
    });
    if (history.filter((r) => r.admission).length >= TARGET_ADMISSIONS)
      return { history, patients: count };
  }
}

export interface WorldSize {
  branchIds: string[];
  referrals: number;
  admissions: number;
  events: number;
  patients: number;
}

export async function buildBenchWorld(database: Database, now: Date): Promise<WorldSize> {
  const db = database.db;
  await ensureReferenceData(db);
  const branchRows = await db
    .insert(branches)
    .values(
      ['N', 'S', 'W'].map((code) => ({
        code: `BENCH-${code}`,
        name: `Bench branch ${code}`,
        addressLine1: '1 Bench St',
        city: 'Chicago',
        state: 'IL',
        postalCode: '60601',
        phone: '(312) 555-0000',
      })),
    )
    .returning({ id: branches.id });
  const branchIds = branchRows.map((b) => b.id);
  const sized = historyOfSize(branchIds, now);
  const people = Array.from({ length: sized.patients }, (_, i) =>
    syntheticPatient(SEED, i, 'BENCH'),
  );
  const ids: string[] = [];
  for (let i = 0; i < people.length; i += 500) {
    const rows = await db
      .insert(patients)
      .values(
        people
          .slice(i, i + 500)
          .map((p, j) => ({ ...p, branchId: branchIds[(i + j) % branchIds.length] ?? '' })),
      )
      .returning({ id: patients.id });
    ids.push(...rows.map((r) => r.id));
  }
  // The history was simulated with placeholder ids p0..pN; give each its real patient.
  const history = sized.history.map((r) => {
    const index = r.patientId ? Number(r.patientId.slice(1)) : -1;
    const patientId = ids[index] ?? null;
    return {
      ...r,
      patientId,
      admission: r.admission && patientId ? { ...r.admission, patientId } : null,
    };
  });
  const rand = seededRandom(SEED + 1);
  const written = await db.transaction((tx) =>
    insertAdmissionHistory(tx, history, (referral, i) =>
      buildHistoryDraft(
        referral,
        people[i % people.length] ?? syntheticPatient(SEED, i, 'X'),
        'console',
        rand,
      ),
    ),
  );
  return { branchIds, ...written, patients: sized.patients };
}
