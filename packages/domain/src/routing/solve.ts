import type { EngineResult } from './engine/engine.ts';
import { runEngine } from './engine/engine.ts';
import type { FinalPlan } from './engine/final-plan.ts';
import { finalizePlan } from './engine/final-plan.ts';
import { selectPricing } from './engine/pricing.ts';
import type { MatrixProvider } from './matrix/matrix-provider.ts';
import type { CompiledInstance, PlanContext } from './model/compile-problem.ts';
import { compileInstance, selectMatrixProvider } from './model/compile-problem.ts';
import type { RoutingInstance } from './model/instance-types.ts';
import type {
  RoutingSolution,
  SolutionRoute,
  SolveProgress,
  UnassignedVisit,
} from './model/solution-types.ts';

export interface SolveOptions {
  /** Seed of every random decision: same seed and iteration limit, same plan. Default 1. */
  seed?: number;
  /** Wall-clock budget in ms. Default 10 000. */
  timeLimitMs?: number;
  /** Budget in search iterations (exactly reproducible, unlike time). Default unlimited. */
  maxIterations?: number;
  /** Share of the budget for reducing the number of routes. Default 0.5. */
  routeMinimizationShare?: number;
  /** Clock in ms (default performance.now); the bench passes a CPU-time clock. */
  now?: () => number;
  /** Polled during the search; returning true stops it with the best plan so far. */
  shouldCancel?: () => boolean;
  onProgress?: (progress: SolveProgress) => void;
  /** Travel times; default from the instance's `travel` field. */
  matrixProvider?: MatrixProvider;
  /** Re-planning context (locked visits, previous assignment). */
  plan?: PlanContext;
  /** Starting plan: visit ids per vehicle id. */
  initialRoutes?: Record<string, string[]>;
}

/** Plans a day: compiles the instance, searches, repairs if needed and reports the plan. */
export function solveRouting(
  instance: RoutingInstance,
  options: SolveOptions = {},
): RoutingSolution {
  const compiled = compileInstance(
    instance,
    options.matrixProvider ?? selectMatrixProvider(instance),
    options.plan ?? {},
  );
  return solveCompiled(compiled, options);
}

/** Solves an already compiled instance (the worker and re-planning use this). */
export function solveCompiled(
  compiled: CompiledInstance,
  options: SolveOptions = {},
): RoutingSolution {
  const problem = compiled.problem;
  const seed = options.seed ?? 1;
  const visitIndex = new Map(compiled.instance.visits.map((v, i) => [v.id, i]));
  const initialRoutes =
    options.initialRoutes === undefined
      ? undefined
      : compiled.vehicleIds.map((id) =>
          (options.initialRoutes?.[id] ?? [])
            .map((visitId) => compiled.visitJob[visitIndex.get(visitId) ?? -1] ?? -1)
            .filter((j) => j >= 0),
        );
  const now = options.now ?? (() => performance.now());
  const result = runEngine(problem, selectPricing(problem), {
    seed,
    timeLimitMs: options.timeLimitMs ?? 10_000,
    maxIterations: options.maxIterations ?? Infinity,
    routeMinimizationShare: options.routeMinimizationShare ?? 0.5,
    now,
    shouldCancel: options.shouldCancel ?? (() => false),
    onProgress: options.onProgress ?? (() => undefined),
    ...(initialRoutes === undefined ? {} : { initialRoutes }),
  });
  const final = finalizePlan(problem, result.routes, result.unassigned);
  return describeSolution(compiled, final, result, seed);
}

function describeSolution(
  compiled: CompiledInstance,
  final: FinalPlan,
  result: EngineResult,
  seed: number,
): RoutingSolution {
  const problem = compiled.problem;
  const visitId = (job: number): string =>
    compiled.instance.visits[compiled.jobVisit[job] ?? 0]?.id ?? String(job);
  const routes: SolutionRoute[] = [];
  let distance = 0;
  let travelTime = 0;
  let workingTime = 0;
  let tardiness = 0;
  let maxTardiness = 0;
  let softPenalty = 0;
  let cost = 0;
  final.routes.forEach((jobs, v) => {
    if (jobs.length === 0) return;
    const timing = final.timings[v];
    if (timing === undefined) return;
    const route: SolutionRoute = {
      vehicleId: compiled.vehicleIds[v] ?? String(v),
      departure: timing.departure,
      arrival: timing.arrivalAtEnd,
      stops: jobs.map((job) => {
        const start = final.start[job] ?? 0;
        return {
          visitId: visitId(job),
          arrival: final.arrival[job] ?? 0,
          start,
          end: start + (problem.service[job] ?? 0),
        };
      }),
      distance: timing.dist,
      travelTime: timing.travelTime,
    };
    if (timing.breakAfter >= 0 && problem.breaks !== null)
      route.break = {
        start: timing.breakStart,
        duration: problem.breaks.duration[v] ?? 0,
        afterStops: timing.breakAfter,
      };
    routes.push(route);
    distance += timing.dist;
    travelTime += timing.travelTime;
    workingTime += timing.duration;
    tardiness += timing.tardiness;
    maxTardiness = Math.max(maxTardiness, timing.maxTardiness);
    softPenalty += timing.soft;
    cost +=
      (problem.fixedCost[v] ?? 0) +
      (problem.distCost[v] ?? 0) * timing.dist +
      (problem.travelCost[v] ?? 0) * timing.travelTime +
      (problem.durationCost[v] ?? 0) * timing.duration +
      timing.soft +
      problem.tardinessWeight * timing.tardiness;
  });
  cost += problem.maxTardinessWeight * maxTardiness;
  const unassigned: UnassignedVisit[] = compiled.unassignable.map((u) => ({
    visitId: u.visitId,
    reason: u.reason,
    message: u.message,
  }));
  for (const job of final.unassigned)
    unassigned.push({
      visitId: visitId(job),
      reason: 'no-room-in-plan',
      message: 'no caregiver had room for it within the constraints (lowest priority left out)',
    });
  for (const job of final.dropped)
    unassigned.push({
      visitId: visitId(job),
      reason: 'no-room-in-plan',
      message: 'dropped to keep the plan feasible (no feasible place found in time)',
    });
  const visits = routes.reduce((n, r) => n + r.stops.length, 0);
  return {
    instanceName: compiled.instance.name ?? 'instance',
    routes,
    unassigned,
    totals: {
      routes: routes.length,
      visits,
      unassigned: unassigned.length,
      distance,
      travelTime,
      workingTime,
      tardiness,
      maxTardiness,
      softPenalty,
      cost,
    },
    search: {
      seed,
      iterations: result.iterations,
      elapsedMs: result.elapsedMs,
      stoppedBy: result.stoppedBy,
    },
  };
}
