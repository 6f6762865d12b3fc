import { isTimingFeasible } from './exact-separable.ts';
import { LinkedOracle } from './exact-linked.ts';
import { Penalties } from './penalties.ts';
import type { Problem } from './problem.ts';
import { RouteSet } from './route-set.ts';
import type { RouteTiming } from './route-timing.ts';

/** A plan ready to report: routes, jobs dropped to make it feasible, and its schedule. */
export interface FinalPlan {
  routes: number[][];
  /** Jobs the search left out, then jobs dropped by the repair. */
  unassigned: number[];
  dropped: number[];
  timings: RouteTiming[];
  arrival: Float64Array;
  start: Float64Array;
}

/**
 * Settles the schedule of the search's best plan with the exact evaluator and, should any hard
 * constraint still be broken (only possible when no feasible plan was found in time), drops
 * visits — the one whose removal helps most, lowest priority first on ties — until none is.
 */
export function finalizePlan(
  problem: Problem,
  routes: number[][],
  unassigned: number[],
): FinalPlan {
  const rs = new RouteSet(problem, new Penalties(1e6));
  rs.loadRoutes(routes);
  const oracle = new LinkedOracle(rs);
  const dropped: number[] = [];
  for (let guard = 0; guard < problem.nJobs && !oracle.isPlanFeasible(); guard++) {
    const victim = pickVictim(rs, oracle);
    if (victim < 0) break;
    dropVisit(rs, victim, dropped);
    // A linked partner cannot stay alone.
    const links = problem.links;
    if (links !== null)
      for (let k = 0; k < links.a.length; k++) {
        const a = links.a[k] ?? 0;
        const b = links.b[k] ?? 0;
        if (a === victim && (rs.routeOf[b] ?? -1) >= 0) dropVisit(rs, b, dropped);
        if (b === victim && (rs.routeOf[a] ?? -1) >= 0) dropVisit(rs, a, dropped);
      }
  }
  const { routes: timings, arrival, start } = oracle.describe();
  return {
    routes: rs.toArrays(),
    unassigned,
    dropped,
    timings: timings.slice(),
    arrival,
    start,
  };
}

function dropVisit(rs: RouteSet, job: number, dropped: number[]): void {
  rs.remove(job);
  dropped.push(job);
}

/** The visit whose removal lowers the violation most (links first, then routes). */
function pickVictim(rs: RouteSet, oracle: LinkedOracle): number {
  const p = rs.problem;
  const violations = oracle.linkViolations();
  const links = p.links;
  if (links !== null) {
    let worst = -1;
    let amount = 1e-6;
    violations.forEach((v, k) => {
      if (v > amount) {
        amount = v;
        worst = k;
      }
    });
    if (worst >= 0) {
      const a = links.a[worst] ?? 0;
      const b = links.b[worst] ?? 0;
      return (rs.routeOf[b] ?? -1) >= 0 ? b : a;
    }
  }
  const { routes } = oracle.describe();
  for (let r = 0; r < rs.nRoutes; r++) {
    const timing = routes[r];
    const n = rs.len[r] ?? 0;
    if (timing === undefined || n === 0 || isTimingFeasible(timing)) continue;
    // Try each removal; keep the one leaving the least violation (priority breaks ties).
    const s = rs.seqOf(r);
    const jobs = Array.from(s.subarray(1, n + 1));
    let best = -1;
    let bestScore = Infinity;
    for (const job of jobs) {
      rs.remove(job);
      const score = oracle.routesCost() * 1e3 + (p.unassignedCost[job] ?? 0) * 1e-9;
      if (score < bestScore) {
        bestScore = score;
        best = job;
      }
      rs.loadRoutes(replaceRoute(rs, r, jobs));
    }
    return best;
  }
  return -1;
}

function replaceRoute(rs: RouteSet, r: number, jobs: number[]): number[][] {
  const all = rs.toArrays();
  all[r] = jobs;
  return all;
}
