import { checkSolution, parseMankowska, solveRouting } from '@infusio/domain/routing';
import { cpuNow, formatNumber, mean, readCsv, readFixture } from './fixtures.ts';
import { SEED, TIME_LIMIT_MS } from './solomon-table.ts';

const SETS: readonly [string, number][] = [
  ['A', 10],
  ['B', 25],
  ['C', 50],
  ['D', 75],
];

interface Row {
  name: string;
  bks: number;
  lb: number;
  cost: number;
  distance: number;
  tardiness: number;
  maxTardiness: number;
  gapPercent: number;
  cpuSeconds: number;
  checked: boolean;
}

/**
 * Mankowska et al. (2014) home-health-care instances, sets A–D: objective (distance + total
 * tardiness + largest tardiness) / 3, against the best known values compiled by Kummer et al.
 */
export function runMankowska(progress: (message: string) => void): string {
  const table = new Map(
    readCsv('hhcrsp-mankowska2014', 'bks-mankowska-kummer2020.csv').map((r) => [
      r.instance ?? '',
      r,
    ]),
  );
  const rows: Row[] = [];
  for (const [set, size] of SETS)
    for (let i = 1; i <= 10; i++) {
      const name = `${set}${i}`;
      const instance = parseMankowska(
        readFixture('hhcrsp-mankowska2014', 'instances', `InstanzCPLEX_HCSRP_${size}_${i}.txt`),
        name,
      );
      const cpu = cpuNow();
      const solution = solveRouting(instance, {
        seed: SEED,
        timeLimitMs: TIME_LIMIT_MS,
        now: cpuNow,
        routeMinimizationShare: 0,
      });
      const cpuSeconds = (cpuNow() - cpu) / 1000;
      const report = checkSolution(instance, solution);
      const bks = Number(table.get(name)?.bks ?? NaN);
      const cost = report.recomputed.cost;
      const row: Row = {
        name,
        bks,
        lb: Number(table.get(name)?.lb ?? NaN),
        cost,
        distance: report.recomputed.distance,
        tardiness: report.recomputed.tardiness,
        maxTardiness: report.recomputed.maxTardiness,
        gapPercent: (cost / bks - 1) * 100,
        cpuSeconds,
        checked: report.ok && solution.unassigned.length === 0,
      };
      rows.push(row);
      progress(
        `${name}: cost ${formatNumber(cost)} (best known ${bks}, gap ${formatNumber(row.gapPercent)}%), ${formatNumber(cpuSeconds, 1)} s CPU, check ${row.checked ? 'ok' : 'FAILED'}`,
      );
    }
  const lines = [
    `Sets A–D (10–75 patients; E and F held back), seed ${SEED}, ${TIME_LIMIT_MS / 1000} s of CPU each. Cost recomputed by the checker from the plan: (distance + total tardiness + largest tardiness) / 3, tardiness against the soft due time l_i, every visit served, synchronised and precedence-linked double services respected, every caregiver back by the end depot's l. Best known: bks-mankowska-kummer2020.csv (set A optimal).`,
    '',
    `**Summary: mean gap to the best known objective ${formatNumber(mean(rows.map((r) => r.gapPercent)))}% over ${rows.length} instances** (target ≤ 5%); by set: ${SETS.map(([set]) => `${set} ${formatNumber(mean(rows.filter((r) => r.name.startsWith(set)).map((r) => r.gapPercent)))}%`).join(', ')}.`,
    '',
    '| instance | lower bound | best known | cost | gap (%) | distance | tardiness | largest tardiness | CPU s | check |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.lb} | ${r.bks} | ${formatNumber(r.cost)} | ${formatNumber(r.gapPercent)} | ${formatNumber(r.distance)} | ${formatNumber(r.tardiness)} | ${formatNumber(r.maxTardiness)} | ${formatNumber(r.cpuSeconds, 1)} | ${r.checked ? 'ok' : 'FAILED'} |`,
    ),
  ];
  return lines.join('\n');
}
