import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { performance } from 'node:perf_hooks';
import type { GroupBy } from '../../../apps/server/src/modules/analytics/analytics.contracts.ts';
import { loadIntakeDashboard } from '../../../apps/server/src/modules/analytics/analytics.queries.ts';
import { buildIntakeDashboardCsv } from '../../../apps/server/src/modules/analytics/intake-dashboard-csv.ts';
import {
  addDays,
  dateInTimeZone,
} from '../../../apps/server/src/modules/analytics/dashboard-range.ts';
import type { BenchSection } from '../section.ts';
import {
  buildBenchWorld,
  HISTORY_DAYS,
  openEmbeddedBench,
  openServerBench,
  type BenchDatabase,
} from './dashboard-world.ts';

const RUNS = 7;
const GROUPINGS: readonly GroupBy[] = ['none', 'therapy', 'payer', 'referral-source', 'branch'];
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function measure(target: BenchDatabase, progress: (m: string) => void): Promise<string[]> {
  const now = new Date();
  const started = performance.now();
  const size = await buildBenchWorld(target.database, now);
  progress(
    `${target.label}: wrote ${size.admissions} admissions, ${size.referrals} referrals, ${size.events} events in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const to = dateInTimeZone(now, 'UTC');
  const range = { from: addDays(to, -(HISTORY_DAYS + 1)), to, timeZone: 'UTC' };
  const callers = {
    'admin (all branches)': { roles: ['admin' as const], branchIds: [] },
    'intake (one branch)': { roles: ['intake' as const], branchIds: [size.branchIds[0] ?? ''] },
  };
  // Right after a bulk load the tables have no statistics (PGlite never analyzes; the test server
  // runs with autovacuum off): one timing of that state, then ANALYZE as autovacuum would.
  const t0 = performance.now();
  await loadIntakeDashboard(
    target.database.db,
    callers['intake (one branch)'],
    { range, groupBy: 'none', branchId: undefined },
    now,
  );
  const unanalyzedMs = performance.now() - t0;
  progress(`${target.label}: one branch, no statistics: ${unanalyzedMs.toFixed(0)} ms`);
  await target.database.db.execute(sql`analyze`);
  const rows: string[] = [];
  for (const [who, access] of Object.entries(callers)) {
    for (const groupBy of GROUPINGS) {
      const times: number[] = [];
      let csvMs = 0;
      let received = 0;
      for (let run = 0; run < RUNS; run++) {
        const t0 = performance.now();
        const dashboard = await loadIntakeDashboard(
          target.database.db,
          access,
          { range, groupBy, branchId: undefined },
          now,
        );
        times.push(performance.now() - t0);
        const t1 = performance.now();
        buildIntakeDashboardCsv(dashboard);
        csvMs = performance.now() - t1;
        received = dashboard.overall.referrals.received;
      }
      const [first = 0, ...warm] = times;
      rows.push(
        `| ${target.label} | ${who} | ${groupBy} | ${received} | ${first.toFixed(0)} | ${median(warm).toFixed(0)} | ${Math.max(...warm).toFixed(0)} | ${csvMs.toFixed(1)} |`,
      );
      progress(`${target.label} ${who} ${groupBy}: median ${median(warm).toFixed(0)} ms`);
    }
  }
  return [
    `${target.label}: ${size.admissions.toLocaleString('en')} admissions (${size.referrals.toLocaleString('en')} referrals incl. declined, ${size.events.toLocaleString('en')} admission events, ${size.patients} patients, 3 branches) over ${HISTORY_DAYS} days. Before ANALYZE (no statistics), one branch, whole range: ${unanalyzedMs.toFixed(0)} ms.`,
    ...rows,
  ];
}

/** Intake dashboard on 10,000 admissions: `npm run bench -- intake-dashboard`. */
const section: BenchSection = {
  id: 'intake-dashboard',
  title: 'Intake dashboard on 10,000 admissions',
  async run(progress) {
    const startLoad = load();
    const targets: (() => Promise<BenchDatabase>)[] = [openEmbeddedBench];
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (serverUrl) targets.push(() => openServerBench(serverUrl));
    const summaries: string[] = [];
    const table: string[] = [];
    for (const open of targets) {
      const target = await open();
      try {
        const [summary = '', ...rows] = await measure(target, progress);
        summaries.push(summary);
        table.push(...rows);
      } finally {
        await target.drop();
      }
    }
    return [
      `One request = 6 queries in one read-only transaction (visible branches, three grouped aggregates over the cohort CTE, reason labels, local targets), whatever the data size; statistics in JS by the shared kpi helpers. Range: the whole two years. ${RUNS} runs per row: the first (cold) and the median and max of the other ${RUNS - 1}, in milliseconds, wall clock, including the JS assembly; the CSV column is building the CSV text. Load average (1/5/15 min) at start ${startLoad}, at end ${load()} on a 2-core machine shared with other work. Reproduce with \`npm run bench -- intake-dashboard\` (add \`TEST_DATABASE_URL=postgres://…\` for the server rows).`,
      '',
      ...summaries.map((s) => `- ${s}`),
      '',
      '| database | caller | group by | referrals in range | first (ms) | median (ms) | max (ms) | CSV (ms) |',
      '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
      ...table,
    ].join('\n');
  },
};

export default section;
