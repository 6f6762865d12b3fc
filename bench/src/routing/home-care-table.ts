import type { RoutingInstance, RoutingSolution } from '@infusio/domain/routing';
import { checkSolution, solveRouting } from '@infusio/domain/routing';
import { generateHomeCareDay } from '@infusio/domain/routing/generate';
import { cpuNow, formatNumber } from './fixtures.ts';
import { planNearestFeasible } from './nearest-feasible.ts';
import { SEED } from './solomon-table.ts';

const DAY_LIMIT_MS = 30_000;

/** Checks a plan whose totals were not filled in by a solver (the baseline's). */
function checkFilled(instance: RoutingInstance, solution: RoutingSolution): boolean {
  const first = checkSolution(instance, solution);
  solution.totals = first.recomputed;
  return checkSolution(instance, solution).ok;
}

/** A generated branch day, optimized, against the nearest-feasible-visit dispatcher. */
export function runHomeCareDay(progress: (message: string) => void): string {
  const instance = generateHomeCareDay({ seed: 2024 });
  const baseline = planNearestFeasible(instance);
  const baselineOk = checkFilled(instance, baseline);
  progress(
    `home-care day baseline: ${baseline.totals.visits} visits, ${baseline.unassigned.length} unassigned, travel ${formatNumber(baseline.totals.travelTime, 0)} min, check ${baselineOk ? 'ok' : 'FAILED'}`,
  );
  const cpu = cpuNow();
  const solution = solveRouting(instance, { seed: SEED, timeLimitMs: DAY_LIMIT_MS, now: cpuNow });
  const cpuSeconds = (cpuNow() - cpu) / 1000;
  const report = checkSolution(instance, solution);
  progress(
    `home-care day optimized: ${solution.totals.visits} visits, ${solution.unassigned.length} unassigned, travel ${formatNumber(solution.totals.travelTime, 0)} min, ${formatNumber(cpuSeconds, 1)} s CPU, check ${report.ok ? 'ok' : 'FAILED'}`,
  );
  const ratio = solution.totals.travelTime / baseline.totals.travelTime;
  const perVisit = (s: RoutingSolution): string =>
    formatNumber(s.totals.travelTime / Math.max(1, s.totals.visits), 1);
  const row = (label: string, s: RoutingSolution, ok: boolean): string =>
    `| ${label} | ${s.totals.visits} | ${s.unassigned.length} | ${s.totals.routes} | ${formatNumber(s.totals.travelTime, 0)} | ${perVisit(s)} | ${formatNumber(s.totals.distance, 0)} | ${formatNumber(s.totals.softPenalty, 0)} | ${ok ? 'ok' : 'FAILED'} |`;
  return [
    `Generated branch day (seed 2024): ${instance.vehicles.length} nurses starting from home with 30-minute lunch breaks, skills (PICC, pediatrics, chemotherapy, IVIG, hard), state licences (hard), languages and usual nurse (soft), ${instance.visits.length} visits with morning/afternoon/two-hour/two windows or fixed appointments and priorities. Travel: great-circle × 1.3 at 40 km/h. Optimizer: ${DAY_LIMIT_MS / 1000} s of CPU, seed ${SEED}. Baseline: whichever nurse is free first takes the nearest visit she can still fit.`,
    '',
    `**Summary: travel time ${formatNumber(solution.totals.travelTime, 0)} min optimized vs ${formatNumber(baseline.totals.travelTime, 0)} min by nearest-feasible dispatch (ratio ${formatNumber(ratio, 3)}); unassigned ${solution.unassigned.length} vs ${baseline.unassigned.length}.**`,
    '',
    '| plan | visits served | unassigned | nurses used | travel (min) | travel per visit (min) | distance (km) | soft penalties | check |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    row('nearest feasible visit first', baseline, baselineOk),
    row('optimized', solution, report.ok),
  ].join('\n');
}
