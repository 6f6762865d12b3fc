import type { RoutingInstance } from '../model/instance-types.ts';
import type { RoutingSolution, SolutionRoute } from '../model/solution-types.ts';
import type { MatrixProvider } from '../matrix/matrix-provider.ts';
import type { CheckReport } from './check-solution.ts';
import { checkSolution } from './check-solution.ts';
import { createCheckerContext } from './checker-context.ts';

/** A plan given as visit ids per route, e.g. `{"routes": [[12, 5, 7], ...], "distance": 828.94}`. */
export interface RouteList {
  routes: (string | number)[][];
  /** Vehicle id per route; default: the instance's vehicles in order. */
  vehicles?: string[];
  distance?: number;
}

const ROUNDS = 100;

/**
 * Gives a bare route list the earliest schedule (leave at shift start, wait for windows, wait
 * for linked partners), with the checker's own simple simulation, so that checkSolution can judge
 * it. Breaks are not placed: instances with breaks need a full solution with times.
 */
export function scheduleRouteList(
  instance: RoutingInstance,
  list: RouteList,
  provider?: MatrixProvider,
): RoutingSolution {
  const ctx = createCheckerContext(instance, provider);
  const routeIds = list.routes.map((r) => r.map(String));
  const vehicleIds = list.vehicles ?? ctx.vehicleOrder.slice(0, routeIds.length);
  const minStart = new Map<string, number>();
  let routes: SolutionRoute[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    routes = routeIds.map((ids, r) => simulate(ids, vehicleIds[r] ?? `route-${r}`));
    const start = new Map<string, number>();
    for (const route of routes) for (const s of route.stops) start.set(s.visitId, s.start);
    let moved = false;
    for (const link of instance.links ?? []) {
      const a = start.get(link.first);
      const b = start.get(link.second);
      if (a === undefined || b === undefined) continue;
      const min = link.minGap ?? 0;
      const max = link.maxGap ?? (link.kind === 'synchronized' ? min : Infinity);
      if (b < a + min - 1e-9) {
        minStart.set(link.second, a + min);
        moved = true;
      }
      if (a < b - max - 1e-9) {
        minStart.set(link.first, b - max);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const served = new Set(routeIds.flat());
  const unassigned = instance.visits
    .filter((v) => !served.has(v.id))
    .map((v) => ({
      visitId: v.id,
      reason: 'no-room-in-plan' as const,
      message: 'not in any route',
    }));
  const solution: RoutingSolution = {
    instanceName: instance.name ?? 'instance',
    routes: routes.filter((r) => r.stops.length > 0),
    unassigned,
    totals: {
      routes: 0,
      visits: 0,
      unassigned: unassigned.length,
      distance: 0,
      travelTime: 0,
      workingTime: 0,
      tardiness: 0,
      maxTardiness: 0,
      softPenalty: 0,
      cost: 0,
    },
    search: { seed: 0, iterations: 0, elapsedMs: 0, stoppedBy: 'converged' },
  };
  return solution;

  function simulate(ids: string[], vehicleId: string): SolutionRoute {
    const vehicle = ctx.vehicles.get(vehicleId);
    const departure = vehicle?.shift.start ?? 0;
    let place = vehicle?.start ?? '';
    let t = departure;
    let distance = 0;
    let travelTime = 0;
    const stops = ids.map((id) => {
      const visit = ctx.visits.get(id);
      const location = visit?.location ?? '';
      const travel = ctx.travelTime(place, location);
      distance += ctx.distance(place, location);
      travelTime += travel;
      const arrival = t + travel;
      let start = Math.max(arrival, minStart.get(id) ?? -Infinity);
      const duration = visit?.duration ?? 0;
      if (visit?.appointment !== undefined) start = Math.max(start, visit.appointment);
      else {
        const w = (visit?.windows ?? [])
          .slice()
          .sort((x, y) => x.start - y.start)
          .find((win) => Math.max(start, win.start) + duration <= win.end);
        if (w !== undefined) start = Math.max(start, w.start);
      }
      t = start + duration;
      place = location;
      return { visitId: id, arrival, start, end: t };
    });
    const end = vehicle?.end ?? vehicle?.start ?? '';
    distance += ctx.distance(place, end);
    travelTime += ctx.travelTime(place, end);
    return {
      vehicleId,
      departure,
      arrival: t + ctx.travelTime(place, end),
      stops,
      distance,
      travelTime,
    };
  }
}

/**
 * Checks a bare route list: schedules it (scheduleRouteList), checks every hard constraint, and
 * compares the reported distance (if any) with the recomputed one (to within 0.005, for totals
 * printed with two decimals).
 */
export function checkRouteList(
  instance: RoutingInstance,
  list: RouteList,
  provider?: MatrixProvider,
): CheckReport {
  const solution = scheduleRouteList(instance, list, provider);
  const first = checkSolution(instance, solution, provider);
  solution.totals = first.recomputed;
  const report = checkSolution(instance, solution, provider);
  if (list.distance !== undefined && Math.abs(list.distance - report.recomputed.distance) > 0.005)
    report.violations.push({
      where: 'plan',
      message: `reported distance ${list.distance} but it is ${report.recomputed.distance}`,
    });
  report.ok = report.violations.length === 0;
  return report;
}
