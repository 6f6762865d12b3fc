import type { Penalties } from './penalties.ts';
import type { Problem } from './problem.ts';
import { endNode, softCostOf, startNode } from './problem.ts';
import { Seg, SegOps } from './segment.ts';

/**
 * A plan under search: one route per vehicle (jobs only; depots implied), the unassigned jobs,
 * and for every node the summary of its route up to it (fwd) and from it (bwd), so that any move
 * that cuts routes into a few pieces is priced in O(1).
 */
export class RouteSet {
  readonly problem: Problem;
  readonly ops: SegOps;
  readonly nRoutes: number;
  /** Per route: start depot, jobs, end depot. */
  readonly seq: Int32Array[];
  readonly len: Int32Array;
  readonly routeOf: Int32Array;
  readonly posOf: Int32Array;
  readonly fwd: Seg[];
  readonly bwd: Seg[];
  /** Distance of fwd / bwd per node (flat copies for the cheapest pruning tests). */
  readonly fDist: Float64Array;
  readonly bDist: Float64Array;
  /** Fast (segment) cost per route, penalised, soft costs included; 0 for an empty route. */
  readonly cost: Float64Array;
  readonly soft: Float64Array;
  /** Per route: jobs that need the exact evaluator, plus 1 if the vehicle has a break. */
  readonly special: Int32Array;
  /** Per route: number of leading jobs fixed by re-planning. */
  readonly lockedLen: Int32Array;
  /** Unassigned jobs (unordered) and each job's index in that list (-1 when assigned). */
  readonly unassigned: Int32Array;
  unassignedCount = 0;
  readonly unassignedIndex: Int32Array;
  readonly penalties: Penalties;
  /**
   * Weight of the objective (fixed, travel, duration and soft costs) against the penalties: 1
   * normally, tiny while squeezing a job in, when only feasibility matters.
   */
  travelScale = 1;
  /** Routes whose exact price is stale (the exact oracle recomputes them lazily). */
  readonly exactDirty: Uint8Array;
  anyExactDirty = true;
  /** Incremented on every route change; used to skip re-testing unchanged pairs. */
  readonly modifiedAt: Float64Array;
  clock = 0;

  constructor(problem: Problem, penalties: Penalties) {
    this.problem = problem;
    this.ops = new SegOps(problem);
    this.nRoutes = problem.nVehicles;
    this.penalties = penalties;
    const cap = problem.nJobs + 2;
    this.seq = [];
    for (let r = 0; r < this.nRoutes; r++) {
      const s = new Int32Array(cap);
      s[0] = startNode(problem, r);
      s[1] = endNode(problem, r);
      this.seq.push(s);
    }
    this.len = new Int32Array(this.nRoutes);
    this.routeOf = new Int32Array(problem.nNodes).fill(-1);
    this.posOf = new Int32Array(problem.nNodes);
    this.fwd = [];
    this.bwd = [];
    this.fDist = new Float64Array(problem.nNodes);
    this.bDist = new Float64Array(problem.nNodes);
    for (let i = 0; i < problem.nNodes; i++) {
      this.fwd.push(new Seg(problem.dims));
      this.bwd.push(new Seg(problem.dims));
    }
    this.cost = new Float64Array(this.nRoutes);
    this.soft = new Float64Array(this.nRoutes);
    this.special = new Int32Array(this.nRoutes);
    this.lockedLen = new Int32Array(this.nRoutes);
    this.unassigned = new Int32Array(problem.nJobs);
    this.unassignedIndex = new Int32Array(problem.nJobs).fill(-1);
    this.modifiedAt = new Float64Array(this.nRoutes);
    this.exactDirty = new Uint8Array(this.nRoutes).fill(1);
    for (let j = 0; j < problem.nJobs; j++) this.addUnassigned(j);
    for (let r = 0; r < this.nRoutes; r++) this.updateRoute(r);
  }

  fwdOf(node: number): Seg {
    const s = this.fwd[node];
    if (s === undefined) throw new RangeError(`node ${node}`);
    return s;
  }

  bwdOf(node: number): Seg {
    const s = this.bwd[node];
    if (s === undefined) throw new RangeError(`node ${node}`);
    return s;
  }

  seqOf(route: number): Int32Array {
    const s = this.seq[route];
    if (s === undefined) throw new RangeError(`route ${route}`);
    return s;
  }

  /** Node at position `pos` of route r (0 = start depot, len+1 = end depot). */
  at(route: number, pos: number): number {
    return this.seqOf(route)[pos] ?? -1;
  }

  prevOf(node: number): number {
    return this.at(this.routeOf[node] ?? 0, (this.posOf[node] ?? 0) - 1);
  }

  nextOf(node: number): number {
    return this.at(this.routeOf[node] ?? 0, (this.posOf[node] ?? 0) + 1);
  }

  isJob(node: number): boolean {
    return node < this.problem.nJobs;
  }

  usedRoutes(): number {
    let n = 0;
    for (let r = 0; r < this.nRoutes; r++) if ((this.len[r] ?? 0) > 0) n++;
    return n;
  }

  addUnassigned(job: number): void {
    if ((this.unassignedIndex[job] ?? -1) >= 0) return;
    this.unassignedIndex[job] = this.unassignedCount;
    this.unassigned[this.unassignedCount++] = job;
  }

  removeUnassigned(job: number): void {
    const i = this.unassignedIndex[job] ?? -1;
    if (i < 0) return;
    const last = this.unassigned[--this.unassignedCount] ?? 0;
    this.unassigned[i] = last;
    this.unassignedIndex[last] = i;
    this.unassignedIndex[job] = -1;
  }

  unassignedPenalty(): number {
    let c = 0;
    for (let i = 0; i < this.unassignedCount; i++)
      c += this.problem.unassignedCost[this.unassigned[i] ?? 0] ?? 0;
    return c;
  }

  /** Penalised cost of a whole-route summary for vehicle v (0 jobs means unused, cost 0). */
  costOfSeg(seg: Seg, v: number, softSum: number, jobs: number): number {
    if (jobs === 0) return 0;
    const p = this.problem;
    const pen = this.penalties;
    let c =
      this.travelScale *
        ((p.fixedCost[v] ?? 0) +
          (p.distCost[v] ?? 0) * seg.dist +
          (p.travelCost[v] ?? 0) * seg.tt +
          (p.durationCost[v] ?? 0) * seg.dur +
          softSum) +
      pen.timeWarp * seg.tw;
    const dims = p.dims;
    let excess = 0;
    for (let k = 0; k < dims; k++) {
      const over = (seg.load[k] ?? 0) - (p.capacity[v * dims + k] ?? 0);
      if (over > 0) excess += over;
    }
    if (excess > 0) c += pen.load * excess;
    const overTime = seg.dur - (p.maxDuration[v] ?? 0);
    if (overTime > 0) c += pen.duration * overTime;
    return c;
  }

  /** Lower bound on a route's cost from its distance alone (fixed + distance cost). */
  distanceFloor(v: number, dist: number, jobs: number): number {
    if (jobs === 0) return 0;
    const p = this.problem;
    return this.travelScale * ((p.fixedCost[v] ?? 0) + (p.distCost[v] ?? 0) * dist);
  }

  /** Recomputes positions, summaries and cost of route r after its sequence changed. */
  updateRoute(r: number): void {
    const p = this.problem;
    const s = this.seqOf(r);
    const n = this.len[r] ?? 0;
    const ops = this.ops;
    let softSum = 0;
    let special = p.vehicleSpecial[r] ?? 0;
    for (let i = 0; i <= n + 1; i++) {
      const node = s[i] ?? 0;
      this.routeOf[node] = r;
      this.posOf[node] = i;
      const f = this.fwdOf(node);
      if (i === 0) ops.setSingle(f, node);
      else ops.append(f, this.fwdOf(s[i - 1] ?? 0), node);
      this.fDist[node] = f.dist;
      if (i > 0 && i <= n) {
        softSum += softCostOf(p, node, r);
        special += p.jobSpecial[node] ?? 0;
      }
    }
    for (let i = n + 1; i >= 0; i--) {
      const node = s[i] ?? 0;
      const b = this.bwdOf(node);
      if (i === n + 1) ops.setSingle(b, node);
      else ops.prepend(b, node, this.bwdOf(s[i + 1] ?? 0));
      this.bDist[node] = b.dist;
    }
    this.soft[r] = softSum;
    this.special[r] = special;
    this.cost[r] = this.costOfSeg(this.fwdOf(s[n + 1] ?? 0), r, softSum, n);
    this.modifiedAt[r] = ++this.clock;
    this.exactDirty[r] = 1;
    this.anyExactDirty = true;
  }

  /** Replaces route r's jobs by `jobs[0..count)` and updates it. */
  setRoute(r: number, jobs: Int32Array, count: number): void {
    const s = this.seqOf(r);
    const end = s[(this.len[r] ?? 0) + 1] ?? 0;
    for (let i = 0; i < count; i++) {
      const j = jobs[i] ?? 0;
      s[i + 1] = j;
      this.removeUnassigned(j);
    }
    s[count + 1] = end;
    this.len[r] = count;
    this.updateRoute(r);
  }

  /** Inserts job after the node at position `pos` of route r. */
  insertAt(r: number, pos: number, job: number): void {
    const s = this.seqOf(r);
    const n = this.len[r] ?? 0;
    s.copyWithin(pos + 2, pos + 1, n + 2);
    s[pos + 1] = job;
    this.len[r] = n + 1;
    this.removeUnassigned(job);
    this.updateRoute(r);
  }

  /** Removes a job from its route (without updating the route) and marks it unassigned. */
  detach(job: number): number {
    const r = this.routeOf[job] ?? -1;
    if (r < 0) return -1;
    const s = this.seqOf(r);
    const pos = this.posOf[job] ?? 0;
    const n = this.len[r] ?? 0;
    s.copyWithin(pos, pos + 1, n + 2);
    this.len[r] = n - 1;
    for (let i = pos; i <= n; i++) this.posOf[s[i] ?? 0] = i;
    this.routeOf[job] = -1;
    this.addUnassigned(job);
    return r;
  }

  remove(job: number): void {
    const r = this.detach(job);
    if (r >= 0) this.updateRoute(r);
  }

  /** out = route r with `job` inserted after position pos (fast summary). */
  summarizeInsertion(out: Seg, job: number, r: number, pos: number): void {
    const s = this.seqOf(r);
    this.ops.append(out, this.fwdOf(s[pos] ?? 0), job);
    this.ops.concat(out, out, this.bwdOf(s[pos + 1] ?? 0));
  }

  /** True when a whole-route summary breaks no hard limit of vehicle v. */
  isSegFeasible(seg: Seg, v: number): boolean {
    const p = this.problem;
    if (seg.tw > 1e-7) return false;
    if (seg.dur - (p.maxDuration[v] ?? 0) > 1e-7) return false;
    for (let k = 0; k < p.dims; k++)
      if ((seg.load[k] ?? 0) - (p.capacity[v * p.dims + k] ?? 0) > 1e-7) return false;
    return true;
  }

  /** Sum of route costs (fast) and unassigned penalties. */
  fastTotal(): number {
    let c = this.unassignedPenalty();
    for (let r = 0; r < this.nRoutes; r++) c += this.cost[r] ?? 0;
    return c;
  }

  /** True when every route is free of time warp, overload and overtime (fast evaluation). */
  isFastFeasible(): boolean {
    for (let r = 0; r < this.nRoutes; r++) if (!this.isRouteFastFeasible(r)) return false;
    return true;
  }

  isRouteFastFeasible(r: number): boolean {
    const n = this.len[r] ?? 0;
    if (n === 0) return true;
    return this.isSegFeasible(this.fwdOf(this.at(r, n + 1)), r);
  }

  /** Copies routes and unassigned jobs from another plan of the same problem. */
  copyFrom(other: RouteSet): void {
    for (let r = 0; r < this.nRoutes; r++) {
      const n = other.len[r] ?? 0;
      this.seqOf(r).set(other.seqOf(r).subarray(0, n + 2));
      this.len[r] = n;
      this.lockedLen[r] = other.lockedLen[r] ?? 0;
    }
    this.unassignedCount = 0;
    this.unassignedIndex.fill(-1);
    for (let i = 0; i < other.unassignedCount; i++) this.addUnassigned(other.unassigned[i] ?? 0);
    for (let j = 0; j < this.problem.nJobs; j++)
      if ((this.unassignedIndex[j] ?? -1) >= 0) this.routeOf[j] = -1;
    for (let r = 0; r < this.nRoutes; r++) this.updateRoute(r);
  }

  /**
   * Makes the given routes (and the unassigned list) equal to `source`'s, leaving the others
   * alone; valid when the other routes already match.
   */
  copyRoutesFrom(source: RouteSet, routes: Int32Array, count: number): void {
    for (let k = 0; k < count; k++) {
      const r = routes[k] ?? 0;
      const n = source.len[r] ?? 0;
      this.seqOf(r).set(source.seqOf(r).subarray(0, n + 2));
      this.len[r] = n;
      this.lockedLen[r] = source.lockedLen[r] ?? 0;
    }
    for (let i = 0; i < this.unassignedCount; i++)
      this.unassignedIndex[this.unassigned[i] ?? 0] = -1;
    this.unassignedCount = 0;
    for (let i = 0; i < source.unassignedCount; i++) {
      const j = source.unassigned[i] ?? 0;
      this.addUnassigned(j);
      this.routeOf[j] = -1;
    }
    for (let k = 0; k < count; k++) this.updateRoute(routes[k] ?? 0);
  }

  /** Routes modified after clock value `since`, written into `out`; returns how many. */
  collectModified(since: number, out: Int32Array): number {
    let count = 0;
    for (let r = 0; r < this.nRoutes; r++) if ((this.modifiedAt[r] ?? 0) > since) out[count++] = r;
    return count;
  }

  /** Recomputes every route's cost (after the penalty weights changed). */
  refreshCosts(): void {
    this.exactDirty.fill(1);
    this.anyExactDirty = true;
    for (let r = 0; r < this.nRoutes; r++) {
      const n = this.len[r] ?? 0;
      this.cost[r] = this.costOfSeg(this.fwdOf(this.at(r, n + 1)), r, this.soft[r] ?? 0, n);
    }
  }

  /** Replaces the whole plan by the given job lists (unlisted jobs become unassigned). */
  loadRoutes(routes: readonly (readonly number[])[]): void {
    for (let r = 0; r < this.nRoutes; r++) {
      const s = this.seqOf(r);
      for (let i = 1; i <= (this.len[r] ?? 0); i++) {
        const j = s[i] ?? 0;
        this.routeOf[j] = -1;
        this.addUnassigned(j);
      }
    }
    for (let r = 0; r < this.nRoutes; r++) {
      const jobs = routes[r] ?? [];
      const s = this.seqOf(r);
      const end = s[(this.len[r] ?? 0) + 1] ?? 0;
      jobs.forEach((j, i) => {
        s[i + 1] = j;
        this.removeUnassigned(j);
      });
      s[jobs.length + 1] = end;
      this.len[r] = jobs.length;
    }
    for (let r = 0; r < this.nRoutes; r++) this.updateRoute(r);
  }

  /** Routes as job lists (for output, checking and restarts). */
  toArrays(): number[][] {
    const out: number[][] = [];
    for (let r = 0; r < this.nRoutes; r++) {
      const s = this.seqOf(r);
      out.push(Array.from(s.subarray(1, (this.len[r] ?? 0) + 1)));
    }
    return out;
  }
}
