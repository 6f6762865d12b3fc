import type {
  InstanceVisit,
  RoutingInstance,
  RoutingSolution,
  SolutionRoute,
} from '@infusio/domain/routing';
import { compileInstance } from '@infusio/domain/routing';

/**
 * What a dispatcher does by hand: whichever nurse is free first goes to the nearest visit she
 * is qualified for and can still fit (window, shift end, working time, lunch break) — nearest in
 * time, i.e. the one she can start soonest counting the drive and any wait for its window —
 * until nothing fits; then she goes home. Linked visits are left to the dispatcher's phone (not
 * planned here). The result is a full solution, checked like the optimizer's.
 */
export function planNearestFeasible(instance: RoutingInstance): RoutingSolution {
  const compiled = compileInstance(instance);
  const problem = compiled.problem;
  const L = compiled.travel.size;
  const loc = (id: string): number => compiled.locationIndex.get(id) ?? 0;
  const travel = (a: string, b: string): number =>
    a === b ? 0 : (compiled.travel.durations[loc(a) * L + loc(b)] ?? Infinity);
  const distance = (a: string, b: string): number =>
    a === b ? 0 : (compiled.travel.distances[loc(a) * L + loc(b)] ?? Infinity);
  const linked = new Set((instance.links ?? []).flatMap((l) => [l.first, l.second]));
  const open = new Map<string, InstanceVisit>();
  compiled.jobVisit.forEach((vi) => {
    const visit = instance.visits[vi];
    if (visit !== undefined && !linked.has(visit.id)) open.set(visit.id, visit);
  });
  const qualified = (visitId: string, v: number): boolean => {
    const vi = instance.visits.findIndex((x) => x.id === visitId);
    const job = compiled.visitJob[vi] ?? -1;
    if (job < 0) return false;
    return problem.allowed === null || problem.allowed[job * problem.nVehicles + v] === 1;
  };

  interface Nurse {
    v: number;
    id: string;
    place: string;
    home: string;
    free: number;
    departure: number;
    done: boolean;
    route: SolutionRoute;
    breakTaken: boolean;
  }
  const nurses: Nurse[] = compiled.vehicles.map((veh, v) => ({
    v,
    id: compiled.vehicleIds[v] ?? veh.id,
    place: veh.start,
    home: veh.end ?? veh.start,
    free: veh.shift.start,
    departure: veh.shift.start,
    done: false,
    breakTaken: veh.break === undefined,
    route: {
      vehicleId: compiled.vehicleIds[v] ?? veh.id,
      departure: veh.shift.start,
      arrival: veh.shift.start,
      stops: [],
      distance: 0,
      travelTime: 0,
    },
  }));

  for (;;) {
    const nurse = nurses.filter((n) => !n.done).sort((a, b) => a.free - b.free || a.v - b.v)[0];
    if (nurse === undefined) break;
    const veh = compiled.vehicles[nurse.v];
    if (veh === undefined) break;
    let best:
      { visit: InstanceVisit; start: number; arrival: number; breakFirst: boolean } | undefined;
    let bestStart = Infinity;
    let bestTravel = Infinity;
    for (const visit of open.values()) {
      if (!qualified(visit.id, nurse.v)) continue;
      const t = travel(nurse.place, visit.location);
      if (nurse.free + t > bestStart) continue;
      const fit = fitVisit(nurse.free, visit, t, false) ?? fitVisit(nurse.free, visit, t, true);
      if (fit === undefined) continue;
      if (fit.start > bestStart || (fit.start === bestStart && t >= bestTravel)) continue;
      best = { visit, ...fit };
      bestStart = fit.start;
      bestTravel = t;
    }
    if (best === undefined) {
      goHome(nurse);
      continue;
    }
    if (best.breakFirst) takeBreak(nurse);
    const t = travel(nurse.place, best.visit.location);
    nurse.route.stops.push({
      visitId: best.visit.id,
      arrival: nurse.free + t,
      start: best.start,
      end: best.start + best.visit.duration,
    });
    nurse.route.distance += distance(nurse.place, best.visit.location);
    nurse.route.travelTime += t;
    nurse.place = best.visit.location;
    nurse.free = best.start + best.visit.duration;
    open.delete(best.visit.id);

    function fitVisit(
      from: number,
      visit: InstanceVisit,
      t: number,
      breakFirst: boolean,
    ): { start: number; arrival: number; breakFirst: boolean } | undefined {
      if (veh === undefined || nurse === undefined) return undefined;
      const brk = veh.break;
      let free = from;
      if (breakFirst) {
        if (nurse.breakTaken || brk === undefined) return undefined;
        const bs = Math.max(free, brk.window.start);
        if (bs + brk.duration > brk.window.end) return undefined;
        free = bs + brk.duration;
      }
      const arrival = free + t;
      const windows =
        visit.appointment !== undefined
          ? [{ start: visit.appointment, end: visit.appointment + visit.duration }]
          : (visit.windows ?? [{ start: -Infinity, end: Infinity }]);
      for (const w of [...windows].sort((a, b) => a.start - b.start)) {
        const start = Math.max(arrival, w.start);
        if (visit.appointment !== undefined && start !== visit.appointment) continue;
        const end = start + visit.duration;
        if (end > w.end) continue;
        const home = end + travel(visit.location, nurse.home);
        if (home > veh.shift.end) continue;
        if (veh.maxWorkingTime !== undefined && home - nurse.departure > veh.maxWorkingTime)
          continue;
        // Without the break yet, the visit must end in time to take it afterwards.
        if (
          !nurse.breakTaken &&
          !breakFirst &&
          brk !== undefined &&
          end > brk.window.end - brk.duration
        )
          continue;
        return { start, arrival, breakFirst };
      }
      return undefined;
    }
  }

  function takeBreak(nurse: Nurse): void {
    const brk = compiled.vehicles[nurse.v]?.break;
    if (brk === undefined || nurse.breakTaken) return;
    const start = Math.max(nurse.free, brk.window.start);
    nurse.route.break = { start, duration: brk.duration, afterStops: nurse.route.stops.length };
    nurse.free = start + brk.duration;
    nurse.breakTaken = true;
  }

  function goHome(nurse: Nurse): void {
    const brk = compiled.vehicles[nurse.v]?.break;
    const back = travel(nurse.place, nurse.home);
    // A nurse working into the lunch window takes the break before driving home.
    if (
      brk !== undefined &&
      !nurse.breakTaken &&
      nurse.route.stops.length > 0 &&
      nurse.free + back > brk.window.start
    )
      takeBreak(nurse);
    nurse.route.distance += distance(nurse.place, nurse.home);
    nurse.route.travelTime += back;
    nurse.route.arrival = nurse.free + back;
    nurse.done = true;
  }

  const routes = nurses.map((n) => n.route).filter((r) => r.stops.length > 0);
  const unassigned = instance.visits
    .filter((v) => !routes.some((r) => r.stops.some((s) => s.visitId === v.id)))
    .map((v) => ({
      visitId: v.id,
      reason: 'no-room-in-plan' as const,
      message: 'no nurse could fit it by the nearest-visit rule',
    }));
  return {
    instanceName: instance.name ?? 'instance',
    routes,
    unassigned,
    totals: {
      routes: routes.length,
      visits: routes.reduce((n, r) => n + r.stops.length, 0),
      unassigned: unassigned.length,
      distance: routes.reduce((d, r) => d + r.distance, 0),
      travelTime: routes.reduce((d, r) => d + r.travelTime, 0),
      workingTime: routes.reduce((d, r) => d + r.arrival - r.departure, 0),
      tardiness: 0,
      maxTardiness: 0,
      softPenalty: 0,
      cost: 0,
    },
    search: { seed: 0, iterations: 0, elapsedMs: 0, stoppedBy: 'converged' },
  };
}
