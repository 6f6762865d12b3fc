/**
 * The compiled, index-based problem the engine optimises. Built from a RoutingInstance by
 * model/compile-problem.ts; flat typed arrays only, so the search never allocates or hashes.
 *
 * Node numbering: jobs (visits) are 0..nJobs-1; vehicle v starts at node nJobs + 2v and ends at
 * node nJobs + 2v + 1. Matrices are nNodes x nNodes, row-major.
 */
export interface Problem {
  readonly name: string;
  readonly nJobs: number;
  readonly nVehicles: number;
  readonly nNodes: number;
  /** Capacity dimensions. */
  readonly dims: number;
  readonly time: Float64Array;
  readonly dist: Float64Array;
  /** Service duration per node (0 at depots). */
  readonly service: Float64Array;
  /** Envelope of a node's start windows (earliest and latest service start). */
  readonly early: Float64Array;
  readonly late: Float64Array;
  /** nNodes * dims. */
  readonly demand: Float64Array;
  /** nVehicles * dims (Infinity when unlimited). */
  readonly capacity: Float64Array;
  /** Per vehicle: longest route duration (Infinity when unlimited). */
  readonly maxDuration: Float64Array;
  /** Per vehicle: cost of using it, per distance unit, per travel-time unit, per duration unit. */
  readonly fixedCost: Float64Array;
  readonly distCost: Float64Array;
  readonly travelCost: Float64Array;
  readonly durationCost: Float64Array;
  /** nJobs * nVehicles, 1 when the vehicle may do the job; null when every vehicle may. */
  readonly allowed: Uint8Array | null;
  /** nJobs * nVehicles soft-preference cost of giving the job to the vehicle; null when none. */
  readonly soft: Float64Array | null;
  /** Per job: cost of leaving it unassigned (priority-scaled). */
  readonly unassignedCost: Float64Array;
  /**
   * Per job: 1 when its route needs the exact evaluator (several windows, a soft due time or a
   * time-from-start limit). Per vehicle: 1 when it has a break.
   */
  readonly jobSpecial: Uint8Array;
  readonly vehicleSpecial: Uint8Array;
  /** Several start windows per node (CSR); null when every node has one window. */
  readonly windows: WindowTable | null;
  /** Soft due time per node (Infinity when none) and tardiness weights. */
  readonly due: Float64Array | null;
  readonly tardinessWeight: number;
  readonly maxTardinessWeight: number;
  /** Longest time from leaving the start depot to arriving, per node (Infinity when none). */
  readonly maxFromStart: Float64Array | null;
  /** Per vehicle break (duration, earliest start, latest start); null when no vehicle has one. */
  readonly breaks: BreakTable | null;
  readonly links: LinkTable | null;
  /** Per vehicle, the jobs fixed at the head of its route (re-planning); null when none. */
  readonly locked: readonly Int32Array[] | null;
  /** Per job, its K most related other jobs, nearest first. */
  readonly neighbours: Int32Array;
  readonly neighbourCount: number;
  /** True when dist[a][b] = dist[b][a] for all nodes. */
  readonly symmetric: boolean;
  /** True when vehicles are interchangeable (same depots, shift, capacity, costs, no matching). */
  readonly homogeneous: boolean;
  /** Lexicographic route-count level of the objective. */
  readonly minimizeRoutes: boolean;
}

export interface WindowTable {
  readonly offset: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
}

export interface BreakTable {
  readonly duration: Float64Array;
  readonly earliest: Float64Array;
  readonly latest: Float64Array;
}

/** Links between jobs: b starts between a + min and a + max; a sync link has min = max = 0. */
export interface LinkTable {
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** Per job: index of its first link in `byJob`, CSR over jobs. */
  readonly jobOffset: Int32Array;
  readonly byJob: Int32Array;
}

export function startNode(problem: Problem, vehicle: number): number {
  return problem.nJobs + 2 * vehicle;
}

export function endNode(problem: Problem, vehicle: number): number {
  return problem.nJobs + 2 * vehicle + 1;
}

export function isJobAllowed(problem: Problem, job: number, vehicle: number): boolean {
  return problem.allowed === null || problem.allowed[job * problem.nVehicles + vehicle] === 1;
}

export function softCostOf(problem: Problem, job: number, vehicle: number): number {
  return problem.soft === null ? 0 : (problem.soft[job * problem.nVehicles + vehicle] ?? 0);
}
