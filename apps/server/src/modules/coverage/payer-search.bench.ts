// Measures the payer directory's type-ahead: `npx tsx apps/server/src/modules/coverage/payer-search.bench.ts`.
// Builds a fresh PGlite app with the 844-plan demo directory, then times (1) the search function
// (version read + in-memory index) and (2) GET /api/payers through the whole HTTP stack (session,
// validation, serialisation; Fastify inject, no network), over queries typed letter by letter.
import { performance } from 'node:perf_hooks';
import {
  buildPayerSearchIndex,
  generatePayerDirectory,
  searchPayers,
} from '@infusio/domain/coverage';
import { createTestApp } from '../../test/test-app.ts';
import { seedDemoPayerDirectory } from '../../seed/demo-payers.ts';
import { searchPayerDirectory } from './payer-directory-cache.ts';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function describe(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(3);
  return `${label}: n=${String(sorted.length)} p50=${f(percentile(sorted, 50))} ms p95=${f(percentile(sorted, 95))} ms p99=${f(percentile(sorted, 99))} ms max=${f(sorted.at(-1) ?? 0)} ms`;
}

/** What a coordinator types: every prefix of a few words of real plan names, 1 to 12 letters. */
function typedQueries(): string[] {
  const plans = generatePayerDirectory(2026);
  const queries: string[] = [];
  for (const [i, plan] of plans.entries()) {
    if (i % 7 !== 0) continue;
    const words = `${plan.payerName} ${plan.planName}`.toLowerCase().split(/\s+/).slice(0, 3);
    let typed = '';
    for (const word of words) {
      for (let n = 1; n <= Math.min(word.length, 6); n += 1)
        queries.push(`${typed}${word.slice(0, n)}`);
      typed += `${word} `;
    }
  }
  return queries;
}

const t = await createTestApp();
const seeded = performance.now();
await seedDemoPayerDirectory(t.ctx.db, t.clock.now());
console.log(`seeded the directory in ${(performance.now() - seeded).toFixed(0)} ms`);
const user = await t.newUser({ roles: ['reimbursement'], branchIds: [await t.newBranch()] });
const client = await t.signedIn(user.username);
const queries = typedQueries();
const first = performance.now();
await searchPayerDirectory(t.ctx, { q: 'a', includeInactive: false, limit: 20 });
console.log(
  `first search (loads rows, builds the index): ${(performance.now() - first).toFixed(1)} ms`,
);

const index = buildPayerSearchIndex(generatePayerDirectory(2026));
const pure: number[] = [];
for (const q of queries) {
  const start = performance.now();
  searchPayers(index, q, { limit: 20 });
  pure.push(performance.now() - start);
}
console.log(describe('searchPayers (index only)', pure));

const direct: number[] = [];
for (const q of queries) {
  const start = performance.now();
  await searchPayerDirectory(t.ctx, { q, includeInactive: false, limit: 20 });
  direct.push(performance.now() - start);
}
console.log(describe('searchPayerDirectory', direct));

const http: number[] = [];
let hits = 0;
for (const [i, q] of queries.entries()) {
  const filters = i % 5 === 0 ? '&state=TX' : i % 7 === 0 ? '&planType=medicare-advantage' : '';
  const start = performance.now();
  const response = await client.get<{ items: unknown[] }>(
    `/api/payers?q=${encodeURIComponent(q)}&limit=20${filters}`,
  );
  http.push(performance.now() - start);
  if (response.status !== 200) throw new Error(`status ${String(response.status)}`);
  hits += response.body.items.length;
}
console.log(describe('GET /api/payers (inject)', http));
console.log(
  `${String(queries.length)} queries, ${(hits / queries.length).toFixed(1)} results on average`,
);
await t.close();
