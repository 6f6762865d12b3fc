import type { RouteSet } from './route-set.ts';
import { Seg } from './segment.ts';

export const EPS = 1e-7;

/**
 * The exact evaluator seen from the search: the fast segment cost is exact for plain routes and
 * a lower bound otherwise (several windows, breaks, soft due times, time-from-start limits,
 * links between routes). Moves whose lower bound improves are re-priced exactly.
 */
export interface ExactOracle {
  /** True when a move touching routes r1 and r2 must be priced exactly. */
  isNeeded(r1: number, r2: number): boolean;
  /**
   * The value the new fast costs of r1 (+ r2) must stay below for the move to possibly improve
   * the exact cost (the fast cost is a lower bound of the exact one).
   */
  budget(r1: number, r2: number): number;
  /**
   * Exact cost of the current state restricted to routes r1, r2 (or of all routes if linked);
   * unassigned penalties are never included.
   */
  currentCost(r1: number, r2: number): number;
  /** Exact cost of the candidate where r1 and r2 (r2 may equal r1) get the given jobs. */
  candidateCost(
    r1: number,
    jobs1: Int32Array,
    len1: number,
    r2: number,
    jobs2: Int32Array,
    len2: number,
  ): number;
  /**
   * Optional cheap estimate of candidateCost (linked plans: the two routes re-simulated with
   * their partners' current times); a candidate whose estimate does not improve is dropped.
   */
  estimate?(
    r1: number,
    jobs1: Int32Array,
    len1: number,
    r2: number,
    jobs2: Int32Array,
    len2: number,
  ): number;
  /** True when the candidate route (alone) breaks no hard constraint, exactly evaluated. */
  isCandidateFeasible(r: number, jobs: Int32Array, len: number): boolean;
  /** Exact cost of all routes (unassigned penalties excluded). */
  routesCost(): number;
  /** True when the current plan breaks no hard constraint. */
  isPlanFeasible(): boolean;
}

/** Scratch segments and buffers shared by the moves (no allocation in the search loop). */
export class MoveContext {
  readonly rs: RouteSet;
  readonly oracle: ExactOracle | null;
  readonly a: Seg;
  readonly b: Seg;
  readonly c: Seg;
  readonly d: Seg;
  readonly strA: Seg;
  readonly strB: Seg;
  readonly buf1: Int32Array;
  readonly buf2: Int32Array;
  /** Counts committed moves (statistics). */
  moves = 0;

  constructor(rs: RouteSet, oracle: ExactOracle | null) {
    this.rs = rs;
    this.oracle = oracle;
    const dims = rs.problem.dims;
    this.a = new Seg(dims);
    this.b = new Seg(dims);
    this.c = new Seg(dims);
    this.d = new Seg(dims);
    this.strA = new Seg(dims);
    this.strB = new Seg(dims);
    this.buf1 = new Int32Array(rs.problem.nJobs + 2);
    this.buf2 = new Int32Array(rs.problem.nJobs + 2);
  }

  /**
   * The value the new fast costs of r1 (+ r2 when different) must stay below for a move to be
   * worth pricing: their current fast cost for plain routes, the exact budget otherwise.
   */
  threshold(r1: number, r2: number): number {
    const oracle = this.oracle;
    if (oracle?.isNeeded(r1, r2) === true) return oracle.budget(r1, r2) - EPS;
    const rs = this.rs;
    return (r1 === r2 ? (rs.cost[r1] ?? 0) : (rs.cost[r1] ?? 0) + (rs.cost[r2] ?? 0)) - EPS;
  }

  /** Second half: commits the sequences in buf1 (r1) and buf2 (r2) if they improve. */
  accept(r1: number, len1: number, r2: number, len2: number): boolean {
    const oracle = this.oracle;
    if (oracle?.isNeeded(r1, r2) === true) {
      const current = oracle.currentCost(r1, r2);
      if (
        oracle.estimate !== undefined &&
        oracle.estimate(r1, this.buf1, len1, r2, this.buf2, len2) >= current - EPS
      )
        return false;
      const exact = oracle.candidateCost(r1, this.buf1, len1, r2, this.buf2, len2);
      if (exact >= current - EPS) return false;
    }
    this.commit(r1, len1, r2, len2);
    return true;
  }

  private commit(r1: number, len1: number, r2: number, len2: number): void {
    this.rs.setRoute(r1, this.buf1, len1);
    if (r2 !== r1) this.rs.setRoute(r2, this.buf2, len2);
    this.moves++;
  }
}
