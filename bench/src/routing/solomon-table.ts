import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckViolation, RoutingSolution } from '@infusio/domain/routing';
import { checkSolution, parseSolomon, solveRouting } from '@infusio/domain/routing';
import { cpuNow, formatNumber, listFixtures, mean, readCsv, readFixture } from './fixtures.ts';

export const TIME_LIMIT_MS = 10_000;
export const SEED = 1;

export interface SolomonRow {
  name: string;
  bksVehicles: number;
  bksDistance: number;
  vehicles: number;
  distance: number;
  gapPercent: number;
  cpuSeconds: number;
  wallSeconds: number;
  checked: boolean;
  /** Why the plan failed the check: violations, visits left out, where the plan was saved. */
  problems: string[];
}

/** Solves one Solomon/G&H file with the benchmark's settings and checks the plan. */
export function solveVrptwFile(
  text: string,
  timeLimitMs: number,
): Omit<SolomonRow, 'name' | 'bksVehicles' | 'bksDistance' | 'gapPercent'> {
  const instance = parseSolomon(text);
  const wall = performance.now();
  const cpu = cpuNow();
  const solution = solveRouting(instance, { seed: SEED, timeLimitMs, now: cpuNow });
  const cpuSeconds = (cpuNow() - cpu) / 1000;
  const wallSeconds = (performance.now() - wall) / 1000;
  const report = checkSolution(instance, solution);
  const problems = describeProblems(report.violations, solution);
  if (problems.length > 0) {
    const file = join(tmpdir(), `routing-bench-${instance.name ?? 'plan'}-${timeLimitMs}.json`);
    writeFileSync(file, JSON.stringify(solution, null, 2));
    problems.push(`plan saved to ${file}`);
  }
  return {
    vehicles: solution.totals.routes,
    distance: solution.totals.distance,
    cpuSeconds,
    wallSeconds,
    checked: problems.length === 0,
    problems,
  };
}

/** The checker's violations and the visits left out, in a few words each. */
function describeProblems(violations: CheckViolation[], solution: RoutingSolution): string[] {
  const out = violations.slice(0, 5).map((v) => `${v.where}: ${v.message}`);
  if (violations.length > 5) out.push(`and ${violations.length - 5} more violations`);
  if (solution.unassigned.length > 0)
    out.push(
      `${solution.unassigned.length} visits unassigned (${[...new Set(solution.unassigned.map((u) => u.message))].join('; ')})`,
    );
  return out;
}

/** The six Solomon classes, in the order the tables list them. */
export const SOLOMON_CLASSES = ['C1', 'C2', 'R1', 'R2', 'RC1', 'RC2'] as const;

/** The class of a Solomon instance name: letters and the series digit (C101 → C1, RC208 → RC2). */
export function solomonClassOf(name: string): string {
  return /^([A-Za-z]+\d)\d\d$/.exec(name)?.[1]?.toUpperCase() ?? name;
}

/** Every Solomon instance in the data folder against the hierarchical best-known solutions. */
export function runSolomon(progress: (message: string) => void): {
  markdown: string;
  rows: SolomonRow[];
} {
  const bks = new Map(readCsv('bks-solomon.csv').map((r) => [r.instance ?? '', r]));
  const rows: SolomonRow[] = [];
  for (const file of listFixtures('solomon').filter((f) => f.endsWith('.txt'))) {
    const name = file.replace(/\.txt$/, '');
    const ref = bks.get(name);
    const bksVehicles = Number(ref?.vehicles ?? NaN);
    const bksDistance = Number(ref?.distance ?? NaN);
    const result = solveVrptwFile(readFixture('solomon', file), TIME_LIMIT_MS);
    const row: SolomonRow = {
      name,
      bksVehicles,
      bksDistance,
      ...result,
      gapPercent: (result.distance / bksDistance - 1) * 100,
    };
    rows.push(row);
    progress(
      `${name}: ${row.vehicles} routes (BKS ${bksVehicles}), distance ${formatNumber(row.distance)} (BKS ${bksDistance}, gap ${formatNumber(row.gapPercent)}%), ${formatNumber(row.cpuSeconds, 1)} s CPU, check ${row.checked ? 'ok' : `FAILED: ${row.problems.join(' | ')}`}`,
    );
  }
  return { markdown: describe(rows), rows };
}

function describe(rows: SolomonRow[]): string {
  const matched = rows.filter((r) => r.vehicles <= r.bksVehicles);
  const gap = mean(matched.map((r) => r.gapPercent));
  const share = (100 * matched.length) / rows.length;
  const present = SOLOMON_CLASSES.filter((cls) => rows.some((r) => solomonClassOf(r.name) === cls));
  const absent = SOLOMON_CLASSES.filter((cls) => !present.includes(cls));
  const coverage =
    absent.length === 0
      ? `All ${rows.length} Solomon 100-customer instances (classes ${present.join(', ')})`
      : `All ${rows.length} Solomon 100-customer instances in the data folder (classes ${present.join(', ')}; ${absent.join(' and ')} are not there: the data's README keeps them back)`;
  const lines = [
    `${coverage}, one run each, seed ${SEED}, ${TIME_LIMIT_MS / 1000} s of CPU per instance, sequential on one thread. Gap = distance / best-known distance − 1 (hierarchical BKS, double precision; bks-solomon.csv). Every plan passed the independent checker unless marked.`,
    '',
    `**Summary: best-known number of routes on ${matched.length}/${rows.length} instances (${formatNumber(share, 1)}%); mean distance gap on those ${formatNumber(gap)}%** (target: ≥ 90% and ≤ 1.0%).`,
    '',
    '| class | instances | routes matched | mean gap on matched (%) |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const cls of present) {
    const group = rows.filter((r) => solomonClassOf(r.name) === cls);
    const ok = group.filter((r) => r.vehicles <= r.bksVehicles);
    lines.push(
      `| ${cls} | ${group.length} | ${ok.length} | ${formatNumber(mean(ok.map((r) => r.gapPercent)))} |`,
    );
  }
  lines.push(
    `| all | ${rows.length} | ${matched.length} | ${formatNumber(gap)} |`,
    '',
    '| instance | BKS routes | BKS distance | routes | distance | gap (%) | CPU s | wall s | check |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${r.bksVehicles} | ${formatNumber(r.bksDistance)} | ${r.vehicles}${r.vehicles > r.bksVehicles ? ' ✗' : ''} | ${formatNumber(r.distance)} | ${formatNumber(r.gapPercent)} | ${formatNumber(r.cpuSeconds, 1)} | ${formatNumber(r.wallSeconds, 1)} | ${r.checked ? 'ok' : 'FAILED'} |`,
    );
  return lines.join('\n');
}
