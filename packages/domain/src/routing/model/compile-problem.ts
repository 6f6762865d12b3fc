import { computeNeighbours } from '../engine/neighbours.ts';
import type { Problem } from '../engine/problem.ts';
import type { MatrixProvider, TravelMatrix } from '../matrix/matrix-provider.ts';
import { createEuclideanProvider, createGreatCircleProvider } from '../matrix/matrix-provider.ts';
import { createTableProvider } from '../matrix/table-provider.ts';
import { DEFAULT_OBJECTIVE, DEFAULT_RULES, NEIGHBOUR_COUNT } from './defaults.ts';
import type {
  InstanceVehicle,
  MatchingRules,
  ObjectiveSpec,
  RoutingInstance,
} from './instance-types.ts';
import { matchVisitToVehicle } from './matching.ts';
import { findUnassignableVisits, type UnassignableVisit } from './unassignable.ts';
import { compileLinks, compileLocks, isSymmetric, sameVehicleShape } from './compile-tables.ts';
import { startWindowsOf } from './windows.ts';
import { InstanceError, validateInstance } from './validate-instance.ts';

/** What re-planning adds to an instance: fixed heads of routes and the previous assignment. */
export interface PlanContext {
  /** Visits already started or done, per vehicle, in order: they stay where they are. */
  locked?: { vehicleId: string; visitIds: string[] }[];
  /** Previous vehicle of each visit: moving a visit elsewhere costs `changePenalty`. */
  previous?: Record<string, string>;
  changePenalty?: number;
}

/** A compiled instance: the engine's problem plus the maps back to the caller's ids. */
export interface CompiledInstance {
  readonly instance: RoutingInstance;
  readonly problem: Problem;
  readonly rules: MatchingRules;
  readonly objective: ObjectiveSpec;
  /** Expanded vehicle ids (a vehicle with count k becomes k vehicles). */
  readonly vehicleIds: readonly string[];
  readonly vehicles: readonly InstanceVehicle[];
  /** job index → index in instance.visits. */
  readonly jobVisit: Int32Array;
  /** index in instance.visits → job index, or -1 when unassignable from the start. */
  readonly visitJob: Int32Array;
  readonly unassignable: readonly UnassignableVisit[];
  readonly travel: TravelMatrix;
  /** Location index of each instance location id. */
  readonly locationIndex: ReadonlyMap<string, number>;
}

/** Great distance used for a missing arc between two otherwise reachable places. */
const UNREACHABLE = 1e9;

/** Picks the matrix provider an instance asks for. */
export function selectMatrixProvider(instance: RoutingInstance): MatrixProvider {
  const travel = instance.travel ?? { kind: 'great-circle' as const };
  switch (travel.kind) {
    case 'euclidean':
      return createEuclideanProvider(travel.speed ?? 1);
    case 'great-circle':
      return createGreatCircleProvider({
        roadFactor: travel.roadFactor ?? 1.3,
        speedKmh: travel.speedKmh ?? 40,
      });
    case 'matrix':
      return createTableProvider({
        ids: travel.locations,
        durations: travel.durations,
        ...(travel.distances === undefined ? {} : { distances: travel.distances }),
      });
  }
}

/** Expands vehicles with `count` into individual ones. */
export function expandVehicles(instance: RoutingInstance): {
  ids: string[];
  list: InstanceVehicle[];
} {
  const ids: string[] = [];
  const list: InstanceVehicle[] = [];
  for (const v of instance.vehicles) {
    const count = v.count ?? 1;
    for (let k = 0; k < count; k++) {
      ids.push(count > 1 ? `${v.id}#${k + 1}` : v.id);
      list.push(v);
    }
  }
  return { ids, list };
}

/**
 * Compiles an instance into the engine's problem: validates it (throws InstanceError), computes
 * travel, sets aside impossible visits with their reason, and builds the flat tables.
 */
export function compileInstance(
  instance: RoutingInstance,
  provider: MatrixProvider = selectMatrixProvider(instance),
  plan: PlanContext = {},
): CompiledInstance {
  const issues = validateInstance(instance);
  if (issues.length > 0) throw new InstanceError(issues);
  const rules: MatchingRules = { ...DEFAULT_RULES, ...instance.rules };
  const objective: ObjectiveSpec = { ...DEFAULT_OBJECTIVE, ...instance.objective };
  const locationIndex = new Map(instance.locations.map((l, i) => [l.id, i]));
  const travel = provider.computeMatrix(instance.locations);
  const { ids: vehicleIds, list: vehicles } = expandVehicles(instance);
  const m = vehicles.length;
  const locOf = (id: string): number => locationIndex.get(id) ?? 0;

  // Matching verdicts per (visit, vehicle).
  const verdicts = instance.visits.map((visit) =>
    vehicles.map((veh, k) => matchVisitToVehicle(visit, veh, vehicleIds[k] ?? veh.id, rules)),
  );
  const unassignable = findUnassignableVisits(instance, vehicles, verdicts, travel, locOf);
  const impossible = new Set(unassignable.map((u) => u.visitIndex));
  const visitJob = new Int32Array(instance.visits.length).fill(-1);
  const jobVisitList: number[] = [];
  instance.visits.forEach((_, i) => {
    if (!impossible.has(i)) {
      visitJob[i] = jobVisitList.length;
      jobVisitList.push(i);
    }
  });
  const jobVisit = Int32Array.from(jobVisitList);
  const n = jobVisit.length;
  const nNodes = n + 2 * m;
  const dims = Math.max(
    1,
    instance.capacityDimensions?.length ?? 0,
    ...instance.visits.map((v) => v.demand?.length ?? 0),
    ...instance.vehicles.map((v) => v.capacity?.length ?? 0),
  );

  const nodeLoc = new Int32Array(nNodes);
  const service = new Float64Array(nNodes);
  const early = new Float64Array(nNodes);
  const late = new Float64Array(nNodes);
  const demand = new Float64Array(nNodes * dims);
  const jobSpecial = new Uint8Array(n);
  const unassignedCost = new Float64Array(n);
  const windowLists: [number, number][][] = [];
  let multiWindow = false;
  let hasDue = false;
  let hasMaxFromStart = false;
  const due = new Float64Array(nNodes).fill(Infinity);
  const maxFromStart = new Float64Array(nNodes).fill(Infinity);
  const shiftStart = Math.min(...vehicles.map((v) => v.shift.start));
  for (let j = 0; j < n; j++) {
    const visit = instance.visits[jobVisit[j] ?? 0];
    if (visit === undefined) continue;
    nodeLoc[j] = locOf(visit.location);
    service[j] = visit.duration;
    const windows = startWindowsOf(visit.windows, visit.appointment, visit.duration);
    windowLists.push(windows);
    if (windows.length === 0) {
      early[j] = shiftStart;
      late[j] = Infinity;
    } else {
      early[j] = Math.min(...windows.map((w) => w[0]));
      late[j] = Math.max(...windows.map((w) => w[1]));
      if (windows.length > 1) {
        multiWindow = true;
        jobSpecial[j] = 1;
      }
    }
    visit.demand?.forEach((d, k) => {
      demand[j * dims + k] = d;
    });
    unassignedCost[j] = objective.unassignedPenalty * (visit.priority ?? 1);
    if (
      visit.dueBy !== undefined &&
      (objective.tardinessWeight > 0 || objective.maxTardinessWeight > 0)
    ) {
      due[j] = visit.dueBy;
      hasDue = true;
      jobSpecial[j] = 1;
    }
    if (visit.maxTimeFromStart !== undefined) {
      maxFromStart[j] = visit.maxTimeFromStart;
      hasMaxFromStart = true;
      jobSpecial[j] = 1;
    }
  }

  const capacity = new Float64Array(m * dims).fill(Infinity);
  const maxDuration = new Float64Array(m);
  const fixedCost = new Float64Array(m);
  const distCost = new Float64Array(m).fill(objective.distanceWeight);
  const travelCost = new Float64Array(m).fill(objective.travelTimeWeight);
  const durationCost = new Float64Array(m).fill(objective.workingTimeWeight);
  const vehicleSpecial = new Uint8Array(m);
  const breakDuration = new Float64Array(m);
  const breakEarliest = new Float64Array(m);
  const breakLatest = new Float64Array(m).fill(-Infinity);
  let hasBreaks = false;
  for (let v = 0; v < m; v++) {
    const veh = vehicles[v];
    if (veh === undefined) continue;
    const s = n + 2 * v;
    nodeLoc[s] = locOf(veh.start);
    nodeLoc[s + 1] = locOf(veh.end ?? veh.start);
    early[s] = veh.shift.start;
    late[s] = veh.shift.end;
    early[s + 1] = veh.shift.start;
    late[s + 1] = veh.shift.end;
    veh.capacity?.forEach((c, k) => {
      capacity[v * dims + k] = c;
    });
    maxDuration[v] = veh.maxWorkingTime ?? Infinity;
    fixedCost[v] = veh.fixedCost ?? 0;
    if (veh.break !== undefined && veh.break.duration > 0) {
      hasBreaks = true;
      vehicleSpecial[v] = 1;
      breakDuration[v] = veh.break.duration;
      breakEarliest[v] = veh.break.window.start;
      breakLatest[v] = veh.break.window.end - veh.break.duration;
    }
  }

  const time = new Float64Array(nNodes * nNodes);
  const dist = new Float64Array(nNodes * nNodes);
  const L = travel.size;
  for (let a = 0; a < nNodes; a++) {
    const la = nodeLoc[a] ?? 0;
    for (let b = 0; b < nNodes; b++) {
      const lb = nodeLoc[b] ?? 0;
      const t = la === lb ? 0 : (travel.durations[la * L + lb] ?? Infinity);
      const d = la === lb ? 0 : (travel.distances[la * L + lb] ?? Infinity);
      time[a * nNodes + b] = Number.isFinite(t) ? t : UNREACHABLE;
      dist[a * nNodes + b] = Number.isFinite(d) ? d : UNREACHABLE;
    }
  }

  // Matching tables.
  const vehicleIndex = new Map(vehicleIds.map((id, k) => [id, k]));
  let allowed: Uint8Array | null = null;
  let soft: Float64Array | null = null;
  const previous = plan.previous ?? {};
  const changePenalty = plan.changePenalty ?? 0;
  for (let j = 0; j < n; j++) {
    const vi = jobVisit[j] ?? 0;
    const row = verdicts[vi] ?? [];
    const visitId = instance.visits[vi]?.id ?? '';
    const prev = previous[visitId];
    for (let v = 0; v < m; v++) {
      const verdict = row[v];
      if (verdict === undefined) continue;
      if (!verdict.allowed) {
        allowed ??= new Uint8Array(n * m).fill(1);
        allowed[j * m + v] = 0;
      }
      let penalty = verdict.penalty;
      if (prev !== undefined && changePenalty > 0 && vehicleIds[v] !== prev)
        penalty += changePenalty;
      if (penalty > 0) {
        soft ??= new Float64Array(n * m);
        soft[j * m + v] = penalty;
      }
    }
  }

  const links = compileLinks(instance, visitJob, n);
  const locked = compileLocks(plan, instance, visitJob, vehicleIndex, m);
  const homogeneous =
    allowed === null &&
    soft === null &&
    !hasBreaks &&
    vehicles.every(
      (veh) =>
        sameVehicleShape(veh, vehicles[0]) &&
        locOf(veh.start) === nodeLoc[n] &&
        locOf(veh.end ?? veh.start) === nodeLoc[n + 1],
    );

  let windowTable: Problem['windows'] = null;
  if (multiWindow) {
    const offset = new Int32Array(nNodes + 1);
    const starts: number[] = [];
    const ends: number[] = [];
    for (let node = 0; node < nNodes; node++) {
      offset[node] = starts.length;
      const list = node < n ? (windowLists[node] ?? []) : [];
      const effective =
        list.length > 0 ? list : [[early[node] ?? 0, late[node] ?? 0] as [number, number]];
      for (const [s, e] of effective) {
        starts.push(s);
        ends.push(e);
      }
    }
    offset[nNodes] = starts.length;
    windowTable = { offset, start: Float64Array.from(starts), end: Float64Array.from(ends) };
  }

  const sharesVehicle = (a: number, b: number): boolean => {
    if (allowed === null) return true;
    for (let v = 0; v < m; v++)
      if (allowed[a * m + v] === 1 && allowed[b * m + v] === 1) return true;
    return false;
  };
  const { neighbours, count } = computeNeighbours(
    n,
    nNodes,
    dist,
    time,
    service,
    early,
    late,
    sharesVehicle,
    NEIGHBOUR_COUNT,
  );

  const problem: Problem = {
    name: instance.name ?? 'instance',
    nJobs: n,
    nVehicles: m,
    nNodes,
    dims,
    time,
    dist,
    service,
    early,
    late,
    demand,
    capacity,
    maxDuration,
    fixedCost,
    distCost,
    travelCost,
    durationCost,
    allowed,
    soft,
    unassignedCost,
    jobSpecial,
    vehicleSpecial,
    windows: windowTable,
    due: hasDue ? due : null,
    tardinessWeight: objective.tardinessWeight,
    maxTardinessWeight: objective.maxTardinessWeight,
    maxFromStart: hasMaxFromStart ? maxFromStart : null,
    breaks: hasBreaks
      ? { duration: breakDuration, earliest: breakEarliest, latest: breakLatest }
      : null,
    links,
    locked,
    neighbours,
    neighbourCount: count,
    symmetric: isSymmetric(dist, nNodes),
    homogeneous,
    minimizeRoutes: objective.minimizeRoutes,
  };
  return {
    instance,
    problem,
    rules,
    objective,
    vehicleIds,
    vehicles,
    jobVisit,
    visitJob,
    unassignable,
    travel,
    locationIndex,
  };
}
