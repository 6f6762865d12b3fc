import type { ExactOracle } from './move-context.ts';
import type { RouteSet } from './route-set.ts';
import { Seg } from './segment.ts';

export interface InsertionChoice {
  route: number;
  pos: number;
  delta: number;
}

export interface InsertionOptions {
  /** Only positions that keep the route feasible (fast evaluation). */
  feasibleOnly: boolean;
  /** May the job open an unused vehicle? */
  openRoutes: boolean;
  /** Chance to skip each position (SISR "blinks"); 0 for none. */
  blinkRate: number;
}

/** How many of the cheapest fast candidates are re-priced exactly when an oracle is present. */
const EXACT_CANDIDATES = 4;

/**
 * Cheapest insertion of a job over all routes. Priced by the route summaries; when the plan has
 * an exact oracle, the few cheapest candidates are re-priced exactly and the best of those wins.
 */
export class Inserter {
  private readonly rs: RouteSet;
  private readonly oracle: ExactOracle | null;
  private readonly random: () => number;
  private readonly tmp: Seg;
  private readonly topRoute = new Int32Array(EXACT_CANDIDATES);
  private readonly topPos = new Int32Array(EXACT_CANDIDATES);
  private readonly topDelta = new Float64Array(EXACT_CANDIDATES);
  private topCount = 0;
  private readonly buf: Int32Array;

  constructor(rs: RouteSet, oracle: ExactOracle | null, random: () => number) {
    this.rs = rs;
    this.oracle = oracle;
    this.random = random;
    this.tmp = new Seg(rs.problem.dims);
    this.buf = new Int32Array(rs.problem.nJobs + 2);
  }

  /** Fills `best` with the cheapest place for `job`; false when there is none. */
  findBest(job: number, options: InsertionOptions, best: InsertionChoice): boolean {
    const rs = this.rs;
    const p = rs.problem;
    best.route = -1;
    best.pos = -1;
    best.delta = Infinity;
    this.topCount = 0;
    let triedEmpty = false;
    const late = p.late[job] ?? 0;
    const tmp = this.tmp;
    for (let r = 0; r < rs.nRoutes; r++) {
      const n = rs.len[r] ?? 0;
      if (n === 0) {
        if (!options.openRoutes) continue;
        if (p.homogeneous && triedEmpty) continue;
      }
      if (p.allowed !== null && p.allowed[job * p.nVehicles + r] !== 1) continue;
      if (p.links !== null && this.hasPartnerIn(job, r)) continue;
      if (n === 0) triedEmpty = true;
      const s = rs.seqOf(r);
      const soft = (rs.soft[r] ?? 0) + (p.soft === null ? 0 : (p.soft[job * p.nVehicles + r] ?? 0));
      const old = rs.cost[r] ?? 0;
      for (let pos = rs.lockedLen[r] ?? 0; pos <= n; pos++) {
        if (options.blinkRate > 0 && this.random() < options.blinkRate) continue;
        const before = rs.fwdOf(s[pos] ?? 0);
        // Already past the job's latest start here: no later place can fit.
        if (options.feasibleOnly && before.tw <= 1e-7) {
          const t = p.time[(s[pos] ?? 0) * p.nNodes + job] ?? 0;
          if (before.e + before.dur + t > late + 1e-7) break;
        }
        rs.summarizeInsertion(tmp, job, r, pos);
        if (options.feasibleOnly && !rs.isSegFeasible(tmp, r)) continue;
        const delta = this.estimating
          ? this.estimateInsertion(job, r, pos)
          : rs.costOfSeg(tmp, r, soft, n + 1) - old;
        this.keep(r, pos, delta);
      }
    }
    if (this.topCount === 0) return false;
    if (this.oracle === null) {
      best.route = this.topRoute[0] ?? -1;
      best.pos = this.topPos[0] ?? -1;
      best.delta = this.topDelta[0] ?? Infinity;
      return true;
    }
    return this.refineExactly(job, options, best);
  }

  /** With an estimating oracle (linked plans), candidates are ranked by its estimate. */
  private get estimating(): boolean {
    return this.oracle?.estimate !== undefined;
  }

  private estimateInsertion(job: number, r: number, pos: number): number {
    const oracle = this.oracle;
    if (oracle?.estimate === undefined) return Infinity;
    const k = this.fillCandidate(job, r, pos);
    return oracle.estimate(r, this.buf, k, r, this.buf, k) - oracle.currentCost(r, r);
  }

  /** Writes route r with `job` after position pos into buf; returns its length. */
  private fillCandidate(job: number, r: number, pos: number): number {
    const rs = this.rs;
    const s = rs.seqOf(r);
    const n = rs.len[r] ?? 0;
    const buf = this.buf;
    let k = 0;
    for (let i = 1; i <= pos; i++) buf[k++] = s[i] ?? 0;
    buf[k++] = job;
    for (let i = pos + 1; i <= n; i++) buf[k++] = s[i] ?? 0;
    return k;
  }

  /** True when a visit linked to `job` is already in route r (linked visits need two people). */
  private hasPartnerIn(job: number, r: number): boolean {
    const links = this.rs.problem.links;
    if (links === null) return false;
    for (let x = links.jobOffset[job] ?? 0; x < (links.jobOffset[job + 1] ?? 0); x++) {
      const k = links.byJob[x] ?? 0;
      const other = links.a[k] === job ? (links.b[k] ?? 0) : (links.a[k] ?? 0);
      if (this.rs.routeOf[other] === r) return true;
    }
    return false;
  }

  /** Keeps the EXACT_CANDIDATES (or, without an oracle, the single) cheapest candidates. */
  private keep(r: number, pos: number, delta: number): void {
    const cap = this.oracle === null ? 1 : EXACT_CANDIDATES;
    let i = this.topCount;
    if (i === cap) {
      if (delta >= (this.topDelta[cap - 1] ?? Infinity)) return;
      i = cap - 1;
    } else this.topCount++;
    while (i > 0 && (this.topDelta[i - 1] ?? 0) > delta) {
      this.topDelta[i] = this.topDelta[i - 1] ?? 0;
      this.topRoute[i] = this.topRoute[i - 1] ?? 0;
      this.topPos[i] = this.topPos[i - 1] ?? 0;
      i--;
    }
    this.topDelta[i] = delta;
    this.topRoute[i] = r;
    this.topPos[i] = pos;
  }

  private refineExactly(job: number, options: InsertionOptions, best: InsertionChoice): boolean {
    const oracle = this.oracle;
    if (oracle === null) return false;
    for (let c = 0; c < this.topCount; c++) {
      const r = this.topRoute[c] ?? 0;
      const pos = this.topPos[c] ?? 0;
      const k = this.fillCandidate(job, r, pos);
      const buf = this.buf;
      if (options.feasibleOnly && !oracle.isCandidateFeasible(r, buf, k)) continue;
      const delta = oracle.candidateCost(r, buf, k, r, buf, k) - oracle.currentCost(r, r);
      if (delta < best.delta) {
        best.delta = delta;
        best.route = r;
        best.pos = pos;
      }
    }
    return best.route >= 0;
  }
}
