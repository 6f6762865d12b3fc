import type { RouteSet } from './route-set.ts';
import type { Rng } from './rng.ts';
import { Seg } from './segment.ts';

const TOLERANCE = 1e-7;

/** The cheapest way found to force a job in by ejecting others from one route. */
export interface Ejection {
  route: number;
  /** Insert the job after this position of the route (before ejections). */
  pos: number;
  /** Jobs to eject. */
  ejected: number[];
  cost: number;
}

/**
 * Insertion with ejections (Nagata & Bräysy 2009, "A powerful route minimization heuristic for
 * the vehicle routing problem with time windows"): for every route and place, insert the job and
 * search, in lexicographic order with pruning, the set of at most kMax other jobs whose removal
 * makes the route feasible with the smallest sum of their ejection counters.
 */
export class EjectionSearch {
  private readonly rs: RouteSet;
  private readonly rng: Rng;
  private readonly seq: Int32Array;
  private readonly suffix: Seg[];
  private readonly prefix: Seg[];
  private readonly chosen: Int32Array;
  private seqLen = 0;
  private insertedAt = 0;
  private vehicle = 0;
  private counters: Float64Array = new Float64Array(0);
  private bestCost = Infinity;
  private bestTie = 0;
  private bestSet: number[] = [];
  private found = false;
  kMax = 5;
  /** DFS nodes allowed per route and place (bounds the search on long routes). */
  budget = 2000;
  private spent = 0;

  constructor(rs: RouteSet, rng: Rng) {
    this.rs = rs;
    this.rng = rng;
    const cap = rs.problem.nJobs + 3;
    this.seq = new Int32Array(cap);
    this.suffix = [];
    this.prefix = [];
    for (let i = 0; i < cap; i++) {
      this.suffix.push(new Seg(rs.problem.dims));
      this.prefix.push(new Seg(rs.problem.dims));
    }
    this.chosen = new Int32Array(cap);
  }

  /** Finds the best ejection for `job`; counters[j] is the ejection counter of job j. */
  search(job: number, counters: Float64Array, out: Ejection): boolean {
    const rs = this.rs;
    const p = rs.problem;
    this.counters = counters;
    out.route = -1;
    out.cost = Infinity;
    out.ejected = [];
    this.bestCost = Infinity;
    for (let r = 0; r < rs.nRoutes; r++) {
      const n = rs.len[r] ?? 0;
      if (n === 0) continue;
      if (p.allowed !== null && p.allowed[job * p.nVehicles + r] !== 1) continue;
      const locked = rs.lockedLen[r] ?? 0;
      for (let pos = locked; pos <= n; pos++) {
        this.prepare(r, pos, job);
        this.found = false;
        this.spent = 0;
        this.dfs(1, 0, 0, 0);
        if (this.hasFound()) {
          out.route = r;
          out.pos = pos;
          out.ejected = this.bestSet.slice();
          out.cost = this.bestCost;
        }
      }
    }
    return out.route >= 0;
  }

  /** Builds the route with the job inserted, and its suffix summaries. */
  private prepare(r: number, pos: number, job: number): void {
    const rs = this.rs;
    const ops = rs.ops;
    const s = rs.seqOf(r);
    const n = rs.len[r] ?? 0;
    let k = 0;
    for (let i = 0; i <= pos; i++) this.seq[k++] = s[i] ?? 0;
    this.insertedAt = k;
    this.seq[k++] = job;
    for (let i = pos + 1; i <= n + 1; i++) this.seq[k++] = s[i] ?? 0;
    this.seqLen = k;
    this.vehicle = r;
    const last = k - 1;
    ops.setSingle(this.suffixAt(last), this.seq[last] ?? 0);
    for (let i = last - 1; i >= 1; i--)
      ops.prepend(this.suffixAt(i), this.seq[i] ?? 0, this.suffixAt(i + 1));
    ops.setSingle(this.prefixAt(0), this.seq[0] ?? 0);
  }

  private suffixAt(i: number): Seg {
    const s = this.suffix[i];
    if (s === undefined) throw new RangeError(`suffix ${i}`);
    return s;
  }

  private prefixAt(i: number): Seg {
    const s = this.prefix[i];
    if (s === undefined) throw new RangeError(`prefix ${i}`);
    return s;
  }

  /**
   * Position k of the candidate is next; `depth` prefix summaries are kept (prefixAt(depth-1) is
   * the last kept stop), `ejectedCount` jobs ejected so far with counter sum `cost`.
   */
  private dfs(k: number, depth: number, ejectedCount: number, cost: number): void {
    if (++this.spent > this.budget) return;
    const rs = this.rs;
    const ops = rs.ops;
    const head = this.prefixAt(depth);
    // Keeping everything from k on: feasible? Then this branch is done.
    const whole = this.prefixAt(depth + 1);
    ops.concat(whole, head, this.suffixAt(k));
    if (this.isFeasible(whole)) {
      this.record(ejectedCount, cost);
      return;
    }
    if (k >= this.seqLen - 1) return;
    const node = this.seq[k] ?? 0;
    // Branch 1: keep node k, if the prefix stays on time.
    const kept = this.prefixAt(depth + 1);
    ops.append(kept, head, node);
    if (kept.tw <= TOLERANCE && this.loadFits(kept)) this.dfs(k + 1, depth + 1, ejectedCount, cost);
    // Branch 2: eject node k (never the inserted job, never a locked one).
    if (
      k !== this.insertedAt &&
      ejectedCount < this.kMax &&
      k > (this.rs.lockedLen[this.vehicle] ?? 0)
    ) {
      const c = cost + (this.counters[node] ?? 1);
      if (c < this.bestCost || (c === this.bestCost && !this.found)) {
        this.chosen[ejectedCount] = node;
        this.dfs(k + 1, depth, ejectedCount + 1, c);
      }
    }
  }

  private hasFound(): boolean {
    return this.found;
  }

  private record(ejectedCount: number, cost: number): void {
    const tie = this.rng.nextFloat();
    if (cost < this.bestCost || (cost === this.bestCost && tie < this.bestTie)) {
      this.bestCost = cost;
      this.bestTie = tie;
      this.bestSet = Array.from(this.chosen.subarray(0, ejectedCount));
      this.found = true;
    }
  }

  private isFeasible(seg: Seg): boolean {
    const p = this.rs.problem;
    const v = this.vehicle;
    if (seg.tw > TOLERANCE) return false;
    if (seg.dur - (p.maxDuration[v] ?? 0) > TOLERANCE) return false;
    return this.loadFits(seg);
  }

  private loadFits(seg: Seg): boolean {
    const p = this.rs.problem;
    const v = this.vehicle;
    for (let k = 0; k < p.dims; k++)
      if ((seg.load[k] ?? 0) - (p.capacity[v * p.dims + k] ?? 0) > TOLERANCE) return false;
    return true;
  }
}
