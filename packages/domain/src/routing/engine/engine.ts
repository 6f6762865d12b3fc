import { constructGreedy } from './construct.ts';
import { descendKeepingFeasibility } from './descend.ts';
import { IteratedLocalSearch } from './ils.ts';
import type { Problem } from './problem.ts';
import { Rng } from './rng.ts';
import { RouteMinimizer } from './route-minimizer.ts';
import type { RouteSet } from './route-set.ts';
import type { PlanPricing } from './search-state.ts';
import { SearchState, createPenalties } from './search-state.ts';

/** Least time between two progress reports when nothing else is reported. */
const HEARTBEAT_MS = 250;

export interface EngineOptions {
  seed: number;
  /** Wall-clock budget in ms (Infinity for none). */
  timeLimitMs: number;
  /** Budget in search iterations (route-minimisation pool steps + ILS iterations). */
  maxIterations: number;
  /** Share of the budget the route-minimisation phase may use. */
  routeMinimizationShare: number;
  /** Monotonic clock in ms. */
  now: () => number;
  /** Polled often: true stops the search, which then returns the best plan so far. */
  shouldCancel: () => boolean;
  onProgress: (event: EngineProgress) => void;
  /** Starting plan (job lists per vehicle), e.g. the current plan when re-planning. */
  initialRoutes?: readonly (readonly number[])[];
}

export interface EngineProgress {
  phase: 'construct' | 'route-minimization' | 'improvement' | 'done';
  elapsedMs: number;
  iterations: number;
  routes: number;
  unassigned: number;
  cost: number;
}

export interface EngineResult {
  routes: number[][];
  unassigned: number[];
  cost: number;
  iterations: number;
  elapsedMs: number;
  stoppedBy: 'time' | 'iterations' | 'cancel' | 'converged';
}

/**
 * The search: greedy construction, then (when the objective counts routes) route minimisation
 * by ejection pool, which also fits in visits left out; then iterated local search on travel
 * cost with the fleet fixed. The best feasible plan is returned at any stop.
 */
export function runEngine(
  problem: Problem,
  pricing: PlanPricing,
  options: EngineOptions,
): EngineResult {
  const start = options.now();
  const rng = new Rng(options.seed);
  const penalties = createPenalties(problem);
  const work = new SearchState(problem, penalties, pricing, rng);
  const scratchA = new SearchState(problem, penalties, pricing, rng);
  const scratchB = new SearchState(problem, penalties, pricing, rng);
  let iterations = 0;
  let stoppedBy: EngineResult['stoppedBy'] = 'converged';
  const elapsed = (): number => options.now() - start;
  // Progress heartbeat: the plan reported so far, re-sent every HEARTBEAT_MS of search.
  let lastReport = 0;
  let heartbeat: (() => void) | undefined;
  const outOfBudget = (): boolean => {
    if (heartbeat !== undefined && elapsed() - lastReport >= HEARTBEAT_MS) heartbeat();
    if (options.shouldCancel()) {
      stoppedBy = 'cancel';
      return true;
    }
    if (iterations >= options.maxIterations) {
      stoppedBy = 'iterations';
      return true;
    }
    if (elapsed() >= options.timeLimitMs) {
      stoppedBy = 'time';
      return true;
    }
    return false;
  };
  const report = (phase: EngineProgress['phase'], rs: RouteSet, cost: number): void => {
    lastReport = elapsed();
    options.onProgress({
      phase,
      elapsedMs: elapsed(),
      iterations,
      routes: rs.usedRoutes(),
      unassigned: rs.unassignedCount,
      cost,
    });
  };

  work.ls.shouldStop = outOfBudget;
  // Construction (or the given plan), then a first descent.
  const rs = work.rs;
  if (problem.locked !== null) applyLocks(rs, problem.locked);
  if (options.initialRoutes !== undefined) loadInitial(rs, options.initialRoutes);
  constructGreedy(rs, work.oracle, rng);
  descendKeepingFeasibility(work);
  report('construct', rs, work.total());

  // Route minimisation (and fitting in what is left out).
  const rm = new RouteMinimizer(work, scratchA, rng);
  heartbeat = () => {
    report('route-minimization', rs, work.total());
  };
  const rmDeadline = options.timeLimitMs * options.routeMinimizationShare;
  const rmIterationCap = options.maxIterations * options.routeMinimizationShare;
  const rmStop = (): boolean =>
    outOfBudget() || elapsed() >= rmDeadline || rm.stats.iterations >= rmIterationCap;
  const syncIterations = (): void => {
    iterations = rm.stats.iterations;
  };
  if (rs.unassignedCount > 0) {
    // Fitting in what construction left out gets at most a quarter of the budget.
    const insertDeadline = options.timeLimitMs * Math.min(0.25, options.routeMinimizationShare);
    rm.insertUnassigned(() => {
      syncIterations();
      return rmStop() || elapsed() >= insertDeadline;
    });
  }
  if (problem.minimizeRoutes) {
    rm.run({
      shouldStop: () => {
        syncIterations();
        return rmStop();
      },
      onRouteRemoved: () => {
        report('route-minimization', rs, work.total());
      },
      lowerBound: computeRouteLowerBound(problem),
    });
  }
  syncIterations();
  work.ls.forgetTested();

  // Improvement with the fleet fixed.
  const ils = new IteratedLocalSearch(work, scratchA, scratchB, rng);
  // Until the improvement phase has its own best, the best is the plan it starts from.
  scratchB.rs.copyFrom(rs);
  heartbeat = () => {
    report('improvement', scratchB.rs, scratchB.total());
  };
  const ilsStart = elapsed();
  const ilsIterationsStart = iterations;
  const lexicographic = (a: RouteSet, costA: number, b: RouteSet, costB: number): number => {
    const ua = a.unassignedPenalty();
    const ub = b.unassignedPenalty();
    if (Math.abs(ua - ub) > 1e-9) return ua - ub;
    if (problem.minimizeRoutes) {
      const d = a.usedRoutes() - b.usedRoutes();
      if (d !== 0) return d;
    }
    return costA - costB;
  };
  ils.run({
    shouldStop: () => {
      iterations = ilsIterationsStart + ils.iterations;
      return outOfBudget();
    },
    progress: () => {
      const byTime = Number.isFinite(options.timeLimitMs)
        ? (elapsed() - ilsStart) / Math.max(1, options.timeLimitMs - ilsStart)
        : 0;
      const byIterations = Number.isFinite(options.maxIterations)
        ? ils.iterations / Math.max(1, options.maxIterations - ilsIterationsStart)
        : 0;
      return Math.max(byTime, byIterations);
    },
    onImprove: (cost) => {
      report('improvement', scratchB.rs, cost);
    },
    openRoutes: !problem.minimizeRoutes,
    compare: lexicographic,
  });
  heartbeat = undefined;
  const best = scratchB;
  const cost = best.total();
  report('done', best.rs, cost);
  const unassigned: number[] = [];
  for (let i = 0; i < best.rs.unassignedCount; i++) unassigned.push(best.rs.unassigned[i] ?? 0);
  unassigned.sort((a, b) => a - b);
  return {
    routes: best.rs.toArrays(),
    unassigned,
    cost,
    iterations,
    elapsedMs: elapsed(),
    stoppedBy,
  };
}

/** Fewest routes any plan needs: total demand over the largest capacity, per dimension. */
export function computeRouteLowerBound(problem: Problem): number {
  let bound = 1;
  for (let k = 0; k < problem.dims; k++) {
    let demand = 0;
    for (let j = 0; j < problem.nJobs; j++) demand += problem.demand[j * problem.dims + k] ?? 0;
    let cap = 0;
    for (let v = 0; v < problem.nVehicles; v++)
      cap = Math.max(cap, problem.capacity[v * problem.dims + k] ?? 0);
    if (cap > 0 && Number.isFinite(cap)) bound = Math.max(bound, Math.ceil(demand / cap - 1e-9));
  }
  return bound;
}

function applyLocks(rs: RouteSet, locked: readonly Int32Array[]): void {
  locked.forEach((jobs, r) => {
    if (jobs.length === 0) return;
    rs.setRoute(r, jobs, jobs.length);
    rs.lockedLen[r] = jobs.length;
  });
}

function loadInitial(rs: RouteSet, routes: readonly (readonly number[])[]): void {
  const buf = new Int32Array(rs.problem.nJobs);
  routes.forEach((jobs, r) => {
    if (r >= rs.nRoutes) return;
    const locked = rs.lockedLen[r] ?? 0;
    const s = rs.seqOf(r);
    let k = 0;
    for (let i = 1; i <= locked; i++) buf[k++] = s[i] ?? 0;
    for (const j of jobs) {
      // Skip unknown jobs and jobs already placed (locked, or listed twice).
      if (j < 0 || j >= rs.problem.nJobs || (rs.routeOf[j] ?? -1) >= 0) continue;
      buf[k++] = j;
    }
    rs.setRoute(r, buf, k);
    rs.lockedLen[r] = locked;
  });
}
