import { isTimingFeasible } from './exact-separable.ts';
import type { ExactOracle } from './move-context.ts';
import type { LinkTable } from './problem.ts';
import type { RouteSet } from './route-set.ts';
import { RouteTiming, RouteTimer } from './route-timing.ts';

const TOLERANCE = 1e-6;
/** Violation charged when linked visits share a vehicle or one of them is left out. */
const STRUCTURAL_VIOLATION = 1e4;
const MAX_ROUNDS = 60;

/**
 * Exact prices when routes depend on each other: synchronised and precedence-linked visits, or
 * a plan-wide term such as the largest tardiness. The plan's schedule is the earliest one that
 * meets every gap — a longest-path fixpoint: simulate every route, raise the start of any visit
 * that starts too early for its partner, re-simulate the routes concerned, until nothing moves
 * (a cyclic wait, e.g. two nurses each waiting for the other, never settles and is charged as a
 * violation).
 */
export class LinkedOracle implements ExactOracle {
  private readonly rs: RouteSet;
  private readonly timer: RouteTimer;
  private readonly links: LinkTable | null;
  private readonly timings: RouteTiming[];
  private readonly jobRoute: Int32Array;
  private readonly dirty: Uint8Array;
  private readonly departures: Float64Array;
  private readonly candidateRoutes: Int32Array[];
  private readonly candidateLens: Int32Array;
  private cachedCost = 0;
  private cachedFeasible = false;
  /** Largest tardiness and link residual of the last evaluation (for reports). */
  lastMaxTardiness = 0;
  lastLinkViolation = 0;

  constructor(rs: RouteSet) {
    this.rs = rs;
    const p = rs.problem;
    this.timer = new RouteTimer(p);
    this.links = p.links;
    this.timings = Array.from({ length: rs.nRoutes }, () => new RouteTiming());
    this.jobRoute = new Int32Array(p.nJobs);
    this.dirty = new Uint8Array(rs.nRoutes);
    this.departures = new Float64Array(rs.nRoutes);
    this.candidateRoutes = Array.from({ length: rs.nRoutes }, () => new Int32Array(0));
    this.candidateLens = new Int32Array(rs.nRoutes);
    this.settledCost = new Float64Array(rs.nRoutes);
    this.settledMaxTardiness = new Float64Array(rs.nRoutes);
    this.settledStart = new Float64Array(p.nJobs);
    this.mark = new Int32Array(p.nJobs);
  }

  private ensureFresh(): void {
    const rs = this.rs;
    if (!rs.anyExactDirty) return;
    rs.exactDirty.fill(0);
    rs.anyExactDirty = false;
    this.cachedCost = this.evaluate(-1, null, 0, -1, null, 0);
    this.cachedFeasible = this.lastFeasible;
    this.timesValid = true;
    this.settledStart.set(this.timer.start);
    this.settledMax = 0;
    for (let r = 0; r < rs.nRoutes; r++) {
      const timing = this.timings[r] ?? new RouteTiming();
      const len = rs.len[r] ?? 0;
      this.settledCost[r] = this.timer.costOf(r, len, timing, rs.penalties, rs.travelScale);
      this.settledMaxTardiness[r] = len > 0 ? timing.maxTardiness : 0;
      this.settledMax = Math.max(this.settledMax, this.settledMaxTardiness[r] ?? 0);
    }
  }

  private lastFeasible = false;
  /** The settled plan's per-route cost and largest tardiness, and per-job starts. */
  private readonly settledCost: Float64Array;
  private readonly settledMaxTardiness: Float64Array;
  private readonly settledStart: Float64Array;
  private settledMax = 0;
  private readonly mark: Int32Array;
  private markStamp = 0;
  private timesValid = false;
  private readonly scratch = new RouteTiming();

  /** Jobs of route r in the evaluation: the candidate's for r1/r2, the plan's otherwise. */
  private routeJobs(r: number): Int32Array {
    return this.candidateRoutes[r] ?? new Int32Array(0);
  }

  /**
   * Prices the plan with routes r1 and r2 replaced by the given jobs (r < 0: unchanged). Returns
   * the penalised cost of all routes, plan-wide terms included, unassigned excluded.
   */
  private evaluate(
    r1: number,
    jobs1: Int32Array | null,
    len1: number,
    r2: number,
    jobs2: Int32Array | null,
    len2: number,
  ): number {
    const rs = this.rs;
    const p = rs.problem;
    const timer = this.timer;
    const m = rs.nRoutes;
    this.jobRoute.fill(-1);
    for (let r = 0; r < m; r++) {
      let jobs: Int32Array;
      let len: number;
      if (r === r1 && jobs1 !== null) {
        jobs = jobs1;
        len = len1;
      } else if (r === r2 && jobs2 !== null) {
        jobs = jobs2;
        len = len2;
      } else {
        len = rs.len[r] ?? 0;
        jobs = rs.seqOf(r).subarray(1, len + 1);
      }
      this.candidateRoutes[r] = jobs;
      this.candidateLens[r] = len;
      for (let i = 0; i < len; i++) this.jobRoute[jobs[i] ?? 0] = r;
    }
    const links = this.links;
    if (links !== null) for (let k = 0; k < links.a.length; k++) this.resetBound(links, k);
    for (let r = 0; r < m; r++) {
      const jobs = this.routeJobs(r);
      const len = this.candidateLens[r] ?? 0;
      const timing = this.timings[r] ?? new RouteTiming();
      this.departures[r] = timer.departureOf(r, jobs, len);
      timer.simulate(r, jobs, len, timing, this.departures[r]);
    }
    let residual = 0;
    if (links !== null) residual = this.settleLinks(links);
    let cost = 0;
    let maxTardiness = 0;
    let feasible = residual <= TOLERANCE;
    for (let r = 0; r < m; r++) {
      const timing = this.timings[r] ?? new RouteTiming();
      const len = this.candidateLens[r] ?? 0;
      cost += timer.costOf(r, len, timing, rs.penalties, rs.travelScale);
      if (timing.maxTardiness > maxTardiness) maxTardiness = timing.maxTardiness;
      if (len > 0 && !isTimingFeasible(timing)) feasible = false;
    }
    this.lastMaxTardiness = maxTardiness;
    this.lastLinkViolation = residual;
    this.lastFeasible = feasible;
    return (
      cost + rs.travelScale * p.maxTardinessWeight * maxTardiness + rs.penalties.other * residual
    );
  }

  private resetBound(links: LinkTable, k: number): void {
    this.timer.lowerBound[links.a[k] ?? 0] = -Infinity;
    this.timer.lowerBound[links.b[k] ?? 0] = -Infinity;
  }

  /** Raises link-bound starts until every gap holds or nothing moves; returns the residual. */
  private settleLinks(links: LinkTable): number {
    const timer = this.timer;
    const start = timer.start;
    const bound = timer.lowerBound;
    const jobRoute = this.jobRoute;
    const count = links.a.length;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      let anyDirty = false;
      this.dirty.fill(0);
      for (let k = 0; k < count; k++) {
        const a = links.a[k] ?? 0;
        const b = links.b[k] ?? 0;
        const ra = jobRoute[a] ?? -1;
        const rb = jobRoute[b] ?? -1;
        if (ra < 0 || rb < 0 || ra === rb) continue;
        const needB = (start[a] ?? 0) + (links.min[k] ?? 0);
        if ((start[b] ?? 0) < needB - TOLERANCE && needB > (bound[b] ?? -Infinity)) {
          bound[b] = needB;
          this.dirty[rb] = 1;
          anyDirty = true;
        }
        const needA = (start[b] ?? 0) - (links.max[k] ?? Infinity);
        if ((start[a] ?? 0) < needA - TOLERANCE && needA > (bound[a] ?? -Infinity)) {
          bound[a] = needA;
          this.dirty[ra] = 1;
          anyDirty = true;
        }
      }
      if (!anyDirty) break;
      for (let r = 0; r < this.rs.nRoutes; r++) {
        if (this.dirty[r] !== 1) continue;
        const timing = this.timings[r] ?? new RouteTiming();
        timer.simulate(
          r,
          this.routeJobs(r),
          this.candidateLens[r] ?? 0,
          timing,
          this.departures[r],
        );
      }
    }
    // Whatever gap still fails (cyclic waits, windows that forbid the wait) is the residual.
    let residual = 0;
    for (let k = 0; k < count; k++) {
      const a = links.a[k] ?? 0;
      const b = links.b[k] ?? 0;
      const ra = jobRoute[a] ?? -1;
      const rb = jobRoute[b] ?? -1;
      if (ra < 0 && rb < 0) continue;
      if (ra < 0 || rb < 0 || ra === rb) {
        residual += STRUCTURAL_VIOLATION;
        continue;
      }
      const gap = (start[b] ?? 0) - (start[a] ?? 0);
      residual +=
        Math.max(0, (links.min[k] ?? 0) - gap) + Math.max(0, gap - (links.max[k] ?? Infinity));
    }
    return residual;
  }

  isNeeded(): boolean {
    return true;
  }

  /**
   * The fast cost of the new r1 (+ r2) must stay below their current exact cost (plus the
   * largest-tardiness term when one of them holds it): with the partners' times fixed, the
   * other routes keep their price, and a route's exact price is at least its fast one.
   */
  budget(r1: number, r2: number): number {
    this.ensureFresh();
    const p = this.rs.problem;
    let b = (this.settledCost[r1] ?? 0) + (r2 !== r1 ? (this.settledCost[r2] ?? 0) : 0);
    const max = this.settledMax;
    if (
      p.maxTardinessWeight > 0 &&
      max > 0 &&
      ((this.settledMaxTardiness[r1] ?? 0) >= max || (this.settledMaxTardiness[r2] ?? 0) >= max)
    )
      b += this.rs.travelScale * p.maxTardinessWeight * max;
    return b;
  }

  currentCost(): number {
    this.ensureFresh();
    return this.cachedCost;
  }

  candidateCost(
    r1: number,
    jobs1: Int32Array,
    len1: number,
    r2: number,
    jobs2: Int32Array,
    len2: number,
  ): number {
    this.ensureFresh();
    // The per-visit times now describe the candidate; the cached totals stay valid.
    this.timesValid = false;
    return r2 === r1
      ? this.evaluate(r1, jobs1, len1, -1, null, 0)
      : this.evaluate(r1, jobs1, len1, r2, jobs2, len2);
  }

  estimate(
    r1: number,
    jobs1: Int32Array,
    len1: number,
    r2: number,
    jobs2: Int32Array,
    len2: number,
  ): number {
    this.ensureFresh();
    const rs = this.rs;
    const p = rs.problem;
    const links = this.links;
    const two = r2 !== r1;
    // Linked visits in one route can never work: reject at once.
    if (links !== null) {
      if (this.hasPartnerInside(links, jobs1, len1)) return Infinity;
      if (two && this.hasPartnerInside(links, jobs2, len2)) return Infinity;
      this.boundFromPartners(links, jobs1, len1);
      if (two) this.boundFromPartners(links, jobs2, len2);
    }
    this.timesValid = false;
    const timer = this.timer;
    const timing = this.scratch;
    timer.simulate(r1, jobs1, len1, timing);
    let fresh = timer.costOf(r1, len1, timing, rs.penalties, rs.travelScale);
    let max = len1 > 0 ? timing.maxTardiness : 0;
    let old = this.settledCost[r1] ?? 0;
    if (two) {
      timer.simulate(r2, jobs2, len2, timing);
      fresh += timer.costOf(r2, len2, timing, rs.penalties, rs.travelScale);
      if (len2 > 0) max = Math.max(max, timing.maxTardiness);
      old += this.settledCost[r2] ?? 0;
    }
    if (p.maxTardinessWeight > 0) {
      for (let r = 0; r < rs.nRoutes; r++)
        if (r !== r1 && r !== r2) max = Math.max(max, this.settledMaxTardiness[r] ?? 0);
      fresh += rs.travelScale * p.maxTardinessWeight * (max - this.settledMax);
    }
    return this.cachedCost - old + fresh;
  }

  private hasPartnerInside(links: LinkTable, jobs: Int32Array, len: number): boolean {
    const stamp = ++this.markStamp;
    for (let i = 0; i < len; i++) this.mark[jobs[i] ?? 0] = stamp;
    for (let i = 0; i < len; i++) {
      const j = jobs[i] ?? 0;
      for (let x = links.jobOffset[j] ?? 0; x < (links.jobOffset[j + 1] ?? 0); x++) {
        const k = links.byJob[x] ?? 0;
        const other = links.a[k] === j ? (links.b[k] ?? 0) : (links.a[k] ?? 0);
        if (this.mark[other] === stamp) return true;
      }
    }
    return false;
  }

  /** Lower bounds on linked visits' starts from their partners' settled starts. */
  private boundFromPartners(links: LinkTable, jobs: Int32Array, len: number): void {
    const bound = this.timer.lowerBound;
    const start = this.settledStart;
    for (let i = 0; i < len; i++) {
      const j = jobs[i] ?? 0;
      const from = links.jobOffset[j] ?? 0;
      const to = links.jobOffset[j + 1] ?? 0;
      if (from === to) continue;
      let lb = -Infinity;
      for (let x = from; x < to; x++) {
        const k = links.byJob[x] ?? 0;
        const a = links.a[k] ?? 0;
        const b = links.b[k] ?? 0;
        if (b === j && (this.rs.routeOf[a] ?? -1) >= 0)
          lb = Math.max(lb, (start[a] ?? 0) + (links.min[k] ?? 0));
        if (a === j && (this.rs.routeOf[b] ?? -1) >= 0)
          lb = Math.max(lb, (start[b] ?? 0) - (links.max[k] ?? Infinity));
      }
      bound[j] = lb;
    }
  }

  isCandidateFeasible(r: number, jobs: Int32Array, len: number): boolean {
    this.timesValid = false;
    this.timer.simulate(r, jobs, len, this.scratch);
    return isTimingFeasible(this.scratch);
  }

  routesCost(): number {
    this.ensureFresh();
    return this.cachedCost;
  }

  isPlanFeasible(): boolean {
    this.ensureFresh();
    return this.cachedFeasible;
  }

  /** The settled schedule of the current plan: per-route timings, per-job arrival and start. */
  describe(): { routes: readonly RouteTiming[]; arrival: Float64Array; start: Float64Array } {
    this.ensureFresh();
    if (!this.timesValid) this.evaluate(-1, null, 0, -1, null, 0);
    this.timesValid = true;
    return { routes: this.timings, arrival: this.timer.arrival, start: this.timer.start };
  }

  /** Residual link violation per link of the current plan (0 when the gap holds). */
  linkViolations(): number[] {
    const links = this.links;
    if (links === null) return [];
    const { start } = this.describe();
    const out: number[] = [];
    for (let k = 0; k < links.a.length; k++) {
      const a = links.a[k] ?? 0;
      const b = links.b[k] ?? 0;
      const ra = this.rs.routeOf[a] ?? -1;
      const rb = this.rs.routeOf[b] ?? -1;
      if (ra < 0 && rb < 0) {
        out.push(0);
        continue;
      }
      if (ra < 0 || rb < 0 || ra === rb) {
        out.push(STRUCTURAL_VIOLATION);
        continue;
      }
      const gap = (start[b] ?? 0) - (start[a] ?? 0);
      out.push(
        Math.max(0, (links.min[k] ?? 0) - gap) + Math.max(0, gap - (links.max[k] ?? Infinity)),
      );
    }
    return out;
  }
}
