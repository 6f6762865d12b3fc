import type { InsertionChoice, InsertionOptions } from './insertion.ts';
import { Inserter } from './insertion.ts';
import type { ExactOracle } from './move-context.ts';
import type { RouteSet } from './route-set.ts';
import type { Rng } from './rng.ts';

/**
 * Greedy construction: jobs by increasing deadline (soft due time, else latest start) (ties by distance from the depot, far
 * first), each at its cheapest feasible place, opening a vehicle when none fits. Jobs that fit
 * nowhere stay unassigned for the route-minimisation phase to place.
 */
export function constructGreedy(rs: RouteSet, oracle: ExactOracle | null, rng: Rng): void {
  const p = rs.problem;
  const jobs: number[] = [];
  for (let i = 0; i < rs.unassignedCount; i++) jobs.push(rs.unassigned[i] ?? 0);
  const depot = p.nJobs;
  // By deadline: the soft due time when there is one, else the latest start.
  const due = p.due;
  const deadline = (j: number): number =>
    due !== null && Number.isFinite(due[j] ?? Infinity) ? (due[j] ?? 0) : (p.late[j] ?? 0);
  jobs.sort(
    (a, b) =>
      deadline(a) - deadline(b) ||
      (p.dist[depot * p.nNodes + b] ?? 0) - (p.dist[depot * p.nNodes + a] ?? 0) ||
      a - b,
  );
  const inserter = new Inserter(rs, oracle, () => rng.nextFloat());
  const best: InsertionChoice = { route: -1, pos: -1, delta: 0 };
  const options: InsertionOptions = { feasibleOnly: true, openRoutes: false, blinkRate: 0 };
  for (const job of jobs) {
    options.openRoutes = false;
    if (!inserter.findBest(job, options, best)) {
      options.openRoutes = true;
      if (!inserter.findBest(job, options, best)) continue;
    }
    rs.insertAt(best.route, best.pos, job);
  }
}
