import type { Ejection } from './ejection-search.ts';
import { EjectionSearch } from './ejection-search.ts';
import { RandomFeasibleMoves } from './perturb.ts';
import type { Rng } from './rng.ts';
import type { SearchState } from './search-state.ts';
import { Seg } from './segment.ts';

export interface RouteMinimizerOptions {
  shouldStop: () => boolean;
  /** Called after each route removed, with the new route count. */
  onRouteRemoved: (routes: number) => void;
  /** Fewest routes possible (e.g. total demand / capacity): stop there. */
  lowerBound: number;
}

/**
 * Route minimisation by an ejection pool (Nagata & Bräysy 2009): take a route out, put its jobs
 * in a pool, and reinsert them one by one — at a random feasible place, else by "squeezing" (insert
 * at the least-penalised place and repair by local search), else by inserting and ejecting the
 * cheapest set of other jobs (weighted by how often each was ejected) followed by random feasible
 * moves. If the pool cannot be emptied in time the route comes back.
 *
 * The same pool inserts jobs that are unassigned at the start, so it also serves as the way to
 * fit in as many visits as possible when the fleet is short.
 */
export class RouteMinimizer {
  private readonly state: SearchState;
  private readonly backup: SearchState;
  private readonly rng: Rng;
  private readonly ejection: EjectionSearch;
  private readonly shaker: RandomFeasibleMoves;
  private readonly tmp: Seg;
  private readonly counters: Float64Array;
  private readonly pool: number[] = [];
  private readonly changed: Int32Array;
  private readonly result: Ejection = { route: -1, pos: -1, ejected: [], cost: 0 };
  /** Random moves after each ejection (I_rand). */
  shakeMoves = 1000;
  /** Time-warp weight relative to load in the squeeze (NB's alpha), adapted. */
  private alpha = 1;
  /** Statistics: pool iterations, squeezes tried and succeeded, ejections. */
  readonly stats = { iterations: 0, squeezes: 0, squeezed: 0, ejections: 0 };
  /** Ejection counters grow by each visit's priority weight (inserting unassigned visits). */
  private weighted = false;
  private weightUnit = 1;
  /** Clock of the plan when the backup was last brought up to date. */
  private syncStamp = -1;

  /** `backup` is a scratch state of the same problem. */
  constructor(state: SearchState, backup: SearchState, rng: Rng) {
    this.state = state;
    this.backup = backup;
    this.rng = rng;
    this.ejection = new EjectionSearch(state.rs, rng);
    this.shaker = new RandomFeasibleMoves(state.rs, rng);
    this.tmp = new Seg(state.rs.problem.dims);
    this.counters = new Float64Array(state.rs.problem.nJobs);
    this.changed = new Int32Array(state.rs.nRoutes);
  }

  /** Removes routes one at a time while it can; the plan stays feasible throughout. */
  run(options: RouteMinimizerOptions): void {
    const rs = this.state.rs;
    while (!options.shouldStop() && rs.usedRoutes() > options.lowerBound) {
      if (!this.removeOneRoute(options.shouldStop)) break;
      options.onRouteRemoved(rs.usedRoutes());
    }
  }

  /**
   * Tries to empty the pool of currently unassigned jobs (without removing a route); jobs left
   * when time is up stay unassigned. Returns true when every job got in.
   */
  insertUnassigned(shouldStop: () => boolean): boolean {
    const rs = this.state.rs;
    const p = rs.problem;
    this.pool.length = 0;
    for (let i = 0; i < rs.unassignedCount; i++) this.pool.push(rs.unassigned[i] ?? 0);
    if (this.pool.length === 0) return true;
    // Least important last in the pool (it is a stack): they go in first, and are the cheapest
    // to eject again; ejection counters start at each visit's weight (priority).
    const weight = p.unassignedCost;
    const least = Math.max(1e-9, Math.min(...this.pool.map((j) => weight[j] ?? 1)));
    this.pool.sort((a, b) => (weight[b] ?? 0) - (weight[a] ?? 0));
    for (let j = 0; j < p.nJobs; j++) this.counters[j] = (weight[j] ?? least) / least;
    this.weighted = true;
    this.weightUnit = least;
    const before = rs.toArrays();
    const penaltyBefore = rs.unassignedPenalty();
    const done = this.emptyPool(shouldStop);
    this.weighted = false;
    // Never hand back a plan that leaves out more (by priority) than it started with.
    if (!done && rs.unassignedPenalty() > penaltyBefore) rs.loadRoutes(before);
    return done;
  }

  private removeOneRoute(shouldStop: () => boolean): boolean {
    const rs = this.state.rs;
    // Pick a route at random among the used ones with no locked job.
    const candidates: number[] = [];
    for (let r = 0; r < rs.nRoutes; r++)
      if ((rs.len[r] ?? 0) > 0 && (rs.lockedLen[r] ?? 0) === 0) candidates.push(r);
    if (candidates.length === 0) return false;
    const route = candidates[this.rng.nextInt(candidates.length)] ?? 0;
    const before = rs.toArrays();
    this.pool.length = 0;
    const s = rs.seqOf(route);
    for (let k = rs.len[route] ?? 0; k >= 1; k--) this.pool.push(s[k] ?? 0);
    for (const job of this.pool) rs.detach(job);
    rs.updateRoute(route);
    this.counters.fill(1);
    if (!this.emptyPool(shouldStop)) {
      // Give the route back: restore everything as it was.
      rs.loadRoutes(before);
      return false;
    }
    return true;
  }

  private emptyPool(shouldStop: () => boolean): boolean {
    const state = this.state;
    const rs = state.rs;
    const saved = rs.travelScale;
    while (this.pool.length > 0) {
      if (shouldStop()) return false;
      const job = this.pool.pop() ?? 0;
      this.stats.iterations++;
      if (this.insertAtRandomFeasible(job)) continue;
      this.stats.squeezes++;
      if (this.squeeze(job)) {
        this.stats.squeezed++;
        continue;
      }
      this.stats.ejections++;
      rs.travelScale = saved;
      this.counters[job] =
        (this.counters[job] ?? 1) +
        (this.weighted ? (rs.problem.unassignedCost[job] ?? 1) / this.weightUnit : 1);
      if (!this.ejection.search(job, this.counters, this.result)) {
        // Nowhere to put it even with ejections (e.g. no vehicle may take it): give up.
        return false;
      }
      rs.insertAt(this.result.route, this.result.pos, job);
      for (const out of this.result.ejected) {
        rs.remove(out);
        this.pool.push(out);
      }
      // The ejection search prices with the summaries: make the route exactly feasible too.
      for (const out of this.repairExactly(this.result.route, job)) this.pool.push(out);
      this.shaker.run(this.shakeMoves);
    }
    rs.travelScale = saved;
    return true;
  }

  /** Inserts at a random feasible place (reservoir sampling); false when there is none. */
  private insertAtRandomFeasible(job: number): boolean {
    const rs = this.state.rs;
    const p = rs.problem;
    let chosenRoute = -1;
    let chosenPos = -1;
    let seen = 0;
    const late = p.late[job] ?? 0;
    for (let r = 0; r < rs.nRoutes; r++) {
      const n = rs.len[r] ?? 0;
      if (n === 0) continue;
      if (p.allowed !== null && p.allowed[job * p.nVehicles + r] !== 1) continue;
      const s = rs.seqOf(r);
      for (let pos = rs.lockedLen[r] ?? 0; pos <= n; pos++) {
        const before = rs.fwdOf(s[pos] ?? 0);
        const t = p.time[(s[pos] ?? 0) * p.nNodes + job] ?? 0;
        if (before.tw <= 1e-7 && before.e + before.dur + t > late + 1e-7) break;
        rs.summarizeInsertion(this.tmp, job, r, pos);
        if (!rs.isSegFeasible(this.tmp, r)) continue;
        if (!this.isExactlyFeasible(r, pos, job)) continue;
        seen++;
        if (this.rng.nextInt(seen) === 0) {
          chosenRoute = r;
          chosenPos = pos;
        }
      }
    }
    if (chosenRoute < 0) return false;
    rs.insertAt(chosenRoute, chosenPos, job);
    return true;
  }

  /**
   * Drops jobs from route r (never `keep`, never locked ones) until the exact evaluator finds it
   * feasible; returns the dropped jobs. Only routes with breaks, several windows or other
   * features the summaries ignore can need this.
   */
  private repairExactly(r: number, keep: number): number[] {
    const oracle = this.state.oracle;
    const rs = this.state.rs;
    const dropped: number[] = [];
    if (oracle?.isNeeded(r, r) !== true) return dropped;
    const buf = this.state.ctx.buf1;
    for (;;) {
      const n = rs.len[r] ?? 0;
      const s = rs.seqOf(r);
      buf.set(s.subarray(1, n + 1));
      if (oracle.isCandidateFeasible(r, buf, n)) return dropped;
      // Remove the job whose absence leaves the cheapest (least violating) route.
      let victim = -1;
      let best = Infinity;
      const locked = rs.lockedLen[r] ?? 0;
      for (let i = locked; i < n; i++) {
        const job = s[i + 1] ?? 0;
        if (job === keep) continue;
        let k = 0;
        for (let x = 0; x < n; x++) if (x !== i) buf[k++] = s[x + 1] ?? 0;
        const cost = oracle.candidateCost(r, buf, k, r, buf, k);
        if (cost < best) {
          best = cost;
          victim = job;
        }
      }
      if (victim < 0) return dropped;
      rs.remove(victim);
      dropped.push(victim);
    }
  }

  /** For routes the exact evaluator judges: is the insertion feasible there too? */
  private isExactlyFeasible(r: number, pos: number, job: number): boolean {
    const oracle = this.state.oracle;
    const rs = this.state.rs;
    if (oracle?.isNeeded(r, r) !== true) return true;
    const s = rs.seqOf(r);
    const n = rs.len[r] ?? 0;
    const buf = this.state.ctx.buf1;
    let k = 0;
    for (let i = 1; i <= n; i++) {
      buf[k++] = s[i] ?? 0;
      if (i === pos) buf[k++] = job;
    }
    if (pos === 0) {
      buf.copyWithin(1, 0, k);
      buf[0] = job;
      k = n + 1;
    }
    return oracle.isCandidateFeasible(r, buf, k);
  }

  /** Brings the backup up to date with the plan (only the routes changed since last time). */
  private syncBackup(): void {
    const rs = this.state.rs;
    const count = rs.collectModified(this.syncStamp, this.changed);
    this.backup.rs.copyRoutesFrom(rs, this.changed, count);
    this.syncStamp = rs.clock;
  }

  /**
   * Squeeze: insert at the least-penalised place, then local search on the penalty (travel
   * almost ignored) until the plan is feasible; undo when it is not.
   */
  private squeeze(job: number): boolean {
    const state = this.state;
    const rs = state.rs;
    const p = rs.problem;
    const pen = rs.penalties;
    const saved = [pen.timeWarp, pen.load, pen.duration, pen.other, rs.travelScale] as const;
    this.syncBackup();
    const stamp = rs.clock;
    const base = (pen.timeWarp + pen.load) / 2;
    pen.load = base;
    pen.timeWarp = base * this.alpha;
    pen.duration = base;
    pen.other = base;
    rs.travelScale = 1e-3;
    rs.refreshCosts();
    // Least-penalised insertion.
    let bestRoute = -1;
    let bestPos = -1;
    let bestDelta = Infinity;
    for (let r = 0; r < rs.nRoutes; r++) {
      const n = rs.len[r] ?? 0;
      if (n === 0) continue;
      if (p.allowed !== null && p.allowed[job * p.nVehicles + r] !== 1) continue;
      for (let pos = rs.lockedLen[r] ?? 0; pos <= n; pos++) {
        rs.summarizeInsertion(this.tmp, job, r, pos);
        const delta = rs.costOfSeg(this.tmp, r, rs.soft[r] ?? 0, n + 1) - (rs.cost[r] ?? 0);
        if (delta < bestDelta) {
          bestDelta = delta;
          bestRoute = r;
          bestPos = pos;
        }
      }
    }
    let ok = false;
    if (bestRoute >= 0) {
      rs.insertAt(bestRoute, bestPos, job);
      state.ls.forgetTested();
      state.ls.squeezeMode = true;
      state.ls.run();
      state.ls.squeezeMode = false;
      ok = state.isFeasible();
      if (!ok) {
        // Adapt alpha towards the violation that remains (NB's rule).
        let tw = 0;
        let load = 0;
        for (let r = 0; r < rs.nRoutes; r++) {
          const n = rs.len[r] ?? 0;
          if (n === 0) continue;
          const seg = rs.fwdOf(rs.at(r, n + 1));
          tw += seg.tw;
          for (let k = 0; k < p.dims; k++)
            load += Math.max(0, (seg.load[k] ?? 0) - (p.capacity[r * p.dims + k] ?? 0));
        }
        this.alpha = tw > load ? this.alpha / 0.99 : this.alpha * 0.99;
        this.alpha = Math.min(100, Math.max(0.01, this.alpha));
      }
    }
    [pen.timeWarp, pen.load, pen.duration, pen.other, rs.travelScale] = saved;
    if (!ok) {
      const count = rs.collectModified(stamp, this.changed);
      rs.copyRoutesFrom(this.backup.rs, this.changed, count);
    }
    rs.refreshCosts();
    state.ls.forgetTested();
    return ok;
  }
}
