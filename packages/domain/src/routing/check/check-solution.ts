import type { RoutingInstance } from '../model/instance-types.ts';
import type { RoutingSolution, SolutionRoute, SolutionTotals } from '../model/solution-types.ts';
import type { MatrixProvider } from '../matrix/matrix-provider.ts';
import type { CheckerContext } from './checker-context.ts';
import { createCheckerContext } from './checker-context.ts';

export interface CheckViolation {
  /** Where: a vehicle id, a visit id, or "plan". */
  where: string;
  message: string;
}

export interface CheckReport {
  ok: boolean;
  violations: CheckViolation[];
  /** Totals recomputed from the instance and the reported schedule. */
  recomputed: SolutionTotals;
}

/** Absolute tolerance on times and amounts (float noise of sums). */
const TOL = 1e-6;

/**
 * The solution checker, independent of the solver's code: it re-derives every hard constraint
 * from the instance and the reported schedule (coverage, qualifications, shift bounds, windows
 * and appointments, travel between stops, breaks, capacity, working time, time-from-start limits,
 * linked visits), then recomputes the totals and compares them with the reported ones.
 */
export function checkSolution(
  instance: RoutingInstance,
  solution: RoutingSolution,
  provider?: MatrixProvider,
): CheckReport {
  const ctx = createCheckerContext(instance, provider);
  const violations: CheckViolation[] = [];
  const flag = (where: string, message: string): void => {
    violations.push({ where, message });
  };
  const servedBy = new Map<string, string>();
  const startOf = new Map<string, number>();
  const usedVehicles = new Set<string>();
  const totals: SolutionTotals = {
    routes: 0,
    visits: 0,
    unassigned: solution.unassigned.length,
    distance: 0,
    travelTime: 0,
    workingTime: 0,
    tardiness: 0,
    maxTardiness: 0,
    softPenalty: 0,
    cost: 0,
  };
  for (const route of solution.routes) {
    if (usedVehicles.has(route.vehicleId)) flag(route.vehicleId, 'vehicle used by two routes');
    usedVehicles.add(route.vehicleId);
    if (route.stops.length === 0) continue;
    totals.routes++;
    checkRoute(ctx, route, flag, totals, servedBy, startOf);
  }
  // Coverage: every visit exactly once, served or reported unassigned with a reason.
  const unassigned = new Set<string>();
  for (const u of solution.unassigned) {
    if (!ctx.visits.has(u.visitId)) flag(u.visitId, 'unknown visit reported unassigned');
    if (servedBy.has(u.visitId)) flag(u.visitId, 'reported unassigned but also served');
    if (unassigned.has(u.visitId)) flag(u.visitId, 'reported unassigned twice');
    if (u.message.trim() === '') flag(u.visitId, 'unassigned without a reason');
    unassigned.add(u.visitId);
  }
  for (const id of ctx.visits.keys())
    if (!servedBy.has(id) && !unassigned.has(id))
      flag(id, 'neither served nor reported unassigned');
  checkLinks(ctx, servedBy, startOf, flag);
  totals.visits = servedBy.size;
  const o = ctx.objective;
  totals.cost =
    o.distanceWeight * totals.distance +
    o.travelTimeWeight * totals.travelTime +
    o.workingTimeWeight * totals.workingTime +
    totals.softPenalty +
    o.tardinessWeight * totals.tardiness +
    o.maxTardinessWeight * totals.maxTardiness +
    fixedCosts(ctx, solution.routes);
  compareTotals(solution.totals, totals, flag);
  return { ok: violations.length === 0, violations, recomputed: totals };
}

function fixedCosts(ctx: CheckerContext, routes: SolutionRoute[]): number {
  let c = 0;
  for (const r of routes)
    if (r.stops.length > 0) c += ctx.vehicles.get(r.vehicleId)?.fixedCost ?? 0;
  return c;
}

function checkRoute(
  ctx: CheckerContext,
  route: SolutionRoute,
  flag: (where: string, message: string) => void,
  totals: SolutionTotals,
  servedBy: Map<string, string>,
  startOf: Map<string, number>,
): void {
  const vid = route.vehicleId;
  const vehicle = ctx.vehicles.get(vid);
  if (vehicle === undefined) {
    flag(vid, 'unknown vehicle');
    return;
  }
  const home = vehicle.start;
  const end = vehicle.end ?? vehicle.start;
  if (route.departure < vehicle.shift.start - TOL) flag(vid, 'leaves before the shift starts');
  if (route.arrival > vehicle.shift.end + TOL) flag(vid, 'comes back after the shift ends');
  const load: number[] = [];
  let place = home;
  let free = route.departure;
  const brk = route.break;
  const breakDuration = vehicle.break?.duration ?? 0;
  if (brk !== undefined && vehicle.break === undefined) flag(vid, 'takes a break it does not have');
  const takeBreakIfHere = (index: number): void => {
    if (brk?.afterStops !== index) return;
    if (brk.start < free - TOL) flag(vid, 'break starts before the previous stop ends');
    free = brk.start + breakDuration;
  };
  route.stops.forEach((stop, index) => {
    takeBreakIfHere(index);
    const visit = ctx.visits.get(stop.visitId);
    if (visit === undefined) {
      flag(stop.visitId, 'unknown visit in a route');
      return;
    }
    if (servedBy.has(stop.visitId)) flag(stop.visitId, 'served twice');
    servedBy.set(stop.visitId, vid);
    startOf.set(stop.visitId, stop.start);
    const travel = ctx.travelTime(place, visit.location);
    if (!Number.isFinite(travel)) flag(stop.visitId, 'no travel time to its location');
    totals.distance += ctx.distance(place, visit.location);
    totals.travelTime += travel;
    if (stop.arrival < free + travel - TOL) flag(stop.visitId, 'arrives sooner than travel allows');
    if (stop.start < stop.arrival - TOL) flag(stop.visitId, 'starts before arriving');
    if (Math.abs(stop.end - stop.start - visit.duration) > TOL)
      flag(stop.visitId, 'service length differs from the visit duration');
    checkTimes(visit, stop.start, flag);
    checkQualification(ctx, visit, vid, vehicle, flag, totals);
    if (
      visit.maxTimeFromStart !== undefined &&
      stop.arrival - route.departure > visit.maxTimeFromStart + TOL
    )
      flag(stop.visitId, 'arrives later after leaving than its time-from-start limit');
    const o = ctx.objective;
    if (visit.dueBy !== undefined && (o.tardinessWeight > 0 || o.maxTardinessWeight > 0)) {
      const tardy = Math.max(0, stop.start - visit.dueBy);
      totals.tardiness += tardy;
      totals.maxTardiness = Math.max(totals.maxTardiness, tardy);
    }
    (visit.demand ?? []).forEach((d, k) => {
      load[k] = (load[k] ?? 0) + d;
    });
    place = visit.location;
    free = stop.end;
  });
  takeBreakIfHere(route.stops.length);
  const back = ctx.travelTime(place, end);
  totals.distance += ctx.distance(place, end);
  totals.travelTime += back;
  if (route.arrival < free + back - TOL) flag(vid, 'arrives back sooner than travel allows');
  totals.workingTime += route.arrival - route.departure;
  if (
    vehicle.maxWorkingTime !== undefined &&
    route.arrival - route.departure > vehicle.maxWorkingTime + TOL
  )
    flag(vid, 'works longer than its maximum working time');
  load.forEach((l, k) => {
    const cap = vehicle.capacity?.[k];
    if (cap !== undefined && l > cap + TOL)
      flag(vid, `carries ${l} in dimension ${k}, over ${cap}`);
  });
  if (vehicle.break !== undefined && vehicle.break.duration > 0) {
    const w = vehicle.break.window;
    const required =
      route.departure <= w.end - vehicle.break.duration + TOL && route.arrival > w.start + TOL;
    if (brk === undefined) {
      if (required) flag(vid, 'takes no break');
    } else if (brk.start < w.start - TOL || brk.start + vehicle.break.duration > w.end + TOL)
      flag(vid, 'break outside its window');
  }
}

function checkTimes(
  visit: {
    id: string;
    appointment?: number;
    windows?: { start: number; end: number }[];
    duration: number;
  },
  start: number,
  flag: (where: string, message: string) => void,
): void {
  if (visit.appointment !== undefined) {
    if (Math.abs(start - visit.appointment) > TOL) flag(visit.id, 'misses its appointment time');
    return;
  }
  const windows = visit.windows;
  if (windows === undefined || windows.length === 0) return;
  const inside = windows.some(
    (w) => start >= w.start - TOL && start + visit.duration <= w.end + TOL,
  );
  if (!inside) flag(visit.id, 'takes place outside its time windows');
}

function checkQualification(
  ctx: CheckerContext,
  visit: {
    id: string;
    skills?: string[];
    state?: string;
    language?: string;
    preferredVehicles?: string[];
    allowedVehicles?: string[];
  },
  vehicleId: string,
  vehicle: { id: string; skills?: string[]; licences?: string[]; languages?: string[] },
  flag: (where: string, message: string) => void,
  totals: SolutionTotals,
): void {
  const rules = ctx.rules;
  const hard = (mode: string): boolean => mode === 'hard';
  const soft = (mode: string): boolean => mode === 'soft';
  if (
    visit.allowedVehicles !== undefined &&
    !visit.allowedVehicles.includes(vehicleId) &&
    !visit.allowedVehicles.includes(vehicle.id)
  )
    flag(visit.id, `done by ${vehicleId}, not among its allowed vehicles`);
  const lacking = (visit.skills ?? []).filter((s) => !(vehicle.skills ?? []).includes(s)).length;
  if (lacking > 0 && hard(rules.skills.mode)) flag(visit.id, `${vehicleId} lacks a required skill`);
  if (lacking > 0 && soft(rules.skills.mode)) totals.softPenalty += rules.skills.penalty * lacking;
  const unlicensed = visit.state !== undefined && !(vehicle.licences ?? []).includes(visit.state);
  if (unlicensed && hard(rules.licence.mode)) flag(visit.id, `${vehicleId} is not licensed there`);
  if (unlicensed && soft(rules.licence.mode)) totals.softPenalty += rules.licence.penalty;
  const foreign =
    visit.language !== undefined && !(vehicle.languages ?? []).includes(visit.language);
  if (foreign && hard(rules.language.mode)) flag(visit.id, `${vehicleId} lacks the language`);
  if (foreign && soft(rules.language.mode)) totals.softPenalty += rules.language.penalty;
  const stranger =
    visit.preferredVehicles !== undefined &&
    visit.preferredVehicles.length > 0 &&
    !visit.preferredVehicles.includes(vehicleId) &&
    !visit.preferredVehicles.includes(vehicle.id);
  if (stranger && hard(rules.continuity.mode))
    flag(visit.id, `${vehicleId} is not the usual caregiver`);
  if (stranger && soft(rules.continuity.mode)) totals.softPenalty += rules.continuity.penalty;
}

function checkLinks(
  ctx: CheckerContext,
  servedBy: Map<string, string>,
  startOf: Map<string, number>,
  flag: (where: string, message: string) => void,
): void {
  for (const link of ctx.instance.links ?? []) {
    const a = servedBy.get(link.first);
    const b = servedBy.get(link.second);
    const where = `${link.first}+${link.second}`;
    if (a === undefined && b === undefined) continue;
    if (a === undefined || b === undefined) {
      flag(where, 'only one of two linked visits is served');
      continue;
    }
    if (a === b) flag(where, 'linked visits done by the same caregiver');
    const gap = (startOf.get(link.second) ?? 0) - (startOf.get(link.first) ?? 0);
    const min = link.minGap ?? 0;
    const max = link.maxGap ?? (link.kind === 'synchronized' ? min : Infinity);
    if (gap < min - TOL || gap > max + TOL)
      flag(where, `starts ${gap.toFixed(3)} apart, allowed ${min}..${max}`);
  }
}

function compareTotals(
  reported: SolutionTotals,
  recomputed: SolutionTotals,
  flag: (where: string, message: string) => void,
): void {
  const keys = [
    'routes',
    'visits',
    'unassigned',
    'distance',
    'travelTime',
    'workingTime',
    'tardiness',
    'maxTardiness',
    'softPenalty',
    'cost',
  ] as const;
  for (const key of keys) {
    const a = reported[key];
    const b = recomputed[key];
    if (Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(b)))
      flag('plan', `reported ${key} ${a} but it is ${b}`);
  }
}
