import type { ExactOracle } from './move-context.ts';
import type { RouteSet } from './route-set.ts';
import { RouteTiming, RouteTimer } from './route-timing.ts';

const TOLERANCE = 1e-6;

/** True when a simulated route breaks no hard constraint. */
export function isTimingFeasible(t: RouteTiming): boolean {
  return (
    t.timeWarp <= TOLERANCE &&
    t.excessLoad <= TOLERANCE &&
    t.excessDuration <= TOLERANCE &&
    t.otherViolation <= TOLERANCE
  );
}

/**
 * Exact prices when routes are independent (no links, no plan-wide term) but some routes hold
 * jobs or vehicles the segment summaries cannot price exactly (several windows, breaks, soft due
 * times, time-from-start limits). Those routes are simulated; the others keep their fast price.
 */
export class SeparableOracle implements ExactOracle {
  private readonly rs: RouteSet;
  private readonly timer: RouteTimer;
  private readonly timing = new RouteTiming();
  private readonly exact: Float64Array;
  private readonly feasible: Uint8Array;

  constructor(rs: RouteSet) {
    this.rs = rs;
    this.timer = new RouteTimer(rs.problem);
    this.exact = new Float64Array(rs.nRoutes);
    this.feasible = new Uint8Array(rs.nRoutes);
  }

  private ensureFresh(): void {
    const rs = this.rs;
    if (!rs.anyExactDirty) return;
    for (let r = 0; r < rs.nRoutes; r++) {
      if (rs.exactDirty[r] !== 1) continue;
      rs.exactDirty[r] = 0;
      if ((rs.special[r] ?? 0) === 0) {
        this.exact[r] = rs.cost[r] ?? 0;
        this.feasible[r] = rs.isRouteFastFeasible(r) ? 1 : 0;
        continue;
      }
      const n = rs.len[r] ?? 0;
      const jobs = rs.seqOf(r).subarray(1, n + 1);
      this.timer.simulate(r, jobs, n, this.timing);
      this.exact[r] = this.timer.costOf(r, n, this.timing, rs.penalties, rs.travelScale);
      this.feasible[r] = isTimingFeasible(this.timing) ? 1 : 0;
    }
    rs.anyExactDirty = false;
  }

  isNeeded(r1: number, r2: number): boolean {
    const special = this.rs.special;
    return (special[r1] ?? 0) > 0 || (special[r2] ?? 0) > 0;
  }

  budget(r1: number, r2: number): number {
    return this.currentCost(r1, r2);
  }

  currentCost(r1: number, r2: number): number {
    this.ensureFresh();
    return (this.exact[r1] ?? 0) + (r2 !== r1 ? (this.exact[r2] ?? 0) : 0);
  }

  candidateCost(
    r1: number,
    jobs1: Int32Array,
    len1: number,
    r2: number,
    jobs2: Int32Array,
    len2: number,
  ): number {
    const rs = this.rs;
    const timer = this.timer;
    timer.simulate(r1, jobs1, len1, this.timing);
    let cost = timer.costOf(r1, len1, this.timing, rs.penalties, rs.travelScale);
    if (r2 !== r1) {
      timer.simulate(r2, jobs2, len2, this.timing);
      cost += timer.costOf(r2, len2, this.timing, rs.penalties, rs.travelScale);
    }
    return cost;
  }

  isCandidateFeasible(r: number, jobs: Int32Array, len: number): boolean {
    this.timer.simulate(r, jobs, len, this.timing);
    return isTimingFeasible(this.timing);
  }

  routesCost(): number {
    this.ensureFresh();
    let c = 0;
    for (let r = 0; r < this.rs.nRoutes; r++) c += this.exact[r] ?? 0;
    return c;
  }

  isPlanFeasible(): boolean {
    this.ensureFresh();
    for (let r = 0; r < this.rs.nRoutes; r++) if (this.feasible[r] !== 1) return false;
    return true;
  }
}
