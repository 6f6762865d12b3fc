import type { MoveContext } from './move-context.ts';
import { InterMoves } from './moves-inter.ts';
import { IntraMoves } from './moves-intra.ts';
import type { Rng } from './rng.ts';

/** String-exchange shapes tried between routes, cheapest first: lengths a, b and A reversed. */
const SHAPE_A = Int32Array.from([1, 1, 2, 2, 1, 2, 3]);
const SHAPE_B = Int32Array.from([0, 1, 0, 1, 2, 2, 0]);
const SHAPE_REV = Uint8Array.from([0, 0, 0, 0, 0, 0, 0]);
/** The squeeze uses the first shapes only: relocate, swap, relocate a pair. */
const SQUEEZE_SHAPES = 3;
const SQUEEZE_NEIGHBOURS = 15;

/**
 * Granular first-improvement local search (Toth & Vigo 2003; Vidal et al. 2013): for every job
 * u in random order and every v among u's nearest related jobs, try the moves that make u and v
 * neighbours; stop when a full pass improves nothing. A pair is re-tested only if one of its two
 * routes changed since u was last examined.
 */
export class LocalSearch {
  private readonly ctx: MoveContext;
  private readonly rng: Rng;
  private readonly order: Int32Array;
  private readonly lastTested: Float64Array;
  private readonly inter: InterMoves;
  private readonly intra: IntraMoves;
  /**
   * Squeeze mode (route minimisation): only jobs whose route is infeasible are examined, with
   * the inter-route moves that can move load and lateness out of it.
   */
  squeezeMode = false;
  /** Only examine jobs whose route is infeasible (repair of a candidate); all moves allowed. */
  onlyInfeasible = false;
  /**
   * Neighbourhood size: related jobs tried per job and string-exchange shapes tried per pair.
   * Lighter for linked plans, where each candidate is re-simulated.
   */
  neighbourLimit = Infinity;
  shapeLimit = Infinity;
  private polls = 0;
  /** Stop when this returns true (time limit); polled every 32 jobs. */
  shouldStop: () => boolean = () => false;

  constructor(ctx: MoveContext, rng: Rng) {
    this.ctx = ctx;
    this.rng = rng;
    this.order = new Int32Array(ctx.rs.problem.nJobs);
    this.lastTested = new Float64Array(ctx.rs.problem.nJobs).fill(-1);
    this.inter = new InterMoves(ctx);
    this.intra = new IntraMoves(ctx);
  }

  /** Forget which pairs were tested (after penalty weights changed). */
  forgetTested(): void {
    this.lastTested.fill(-1);
  }

  /**
   * Runs to a local optimum; returns the number of moves applied. Pairs whose routes did not
   * change since the last run are skipped, so a run after a small perturbation is cheap.
   */
  run(): number {
    const rs = this.ctx.rs;
    const p = rs.problem;
    const k = p.neighbourCount;
    const nb = p.neighbours;
    const startMoves = this.ctx.moves;
    let improved = true;
    while (improved) {
      improved = false;
      let count = 0;
      for (let j = 0; j < p.nJobs; j++) if ((rs.routeOf[j] ?? -1) >= 0) this.order[count++] = j;
      this.rng.shuffle(this.order, count);
      for (let idx = 0; idx < count; idx++) {
        if ((++this.polls & 31) === 0 && this.shouldStop()) return this.ctx.moves - startMoves;
        const u = this.order[idx] ?? 0;
        if ((this.squeezeMode || this.onlyInfeasible) && rs.isRouteFastFeasible(rs.routeOf[u] ?? 0))
          continue;
        const tested = this.lastTested[u] ?? -1;
        this.lastTested[u] = rs.clock;
        const limit = Math.min(k, this.squeezeMode ? SQUEEZE_NEIGHBOURS : this.neighbourLimit);
        for (let t = 0; t < limit; t++) {
          if ((rs.routeOf[u] ?? -1) < 0) break;
          const v = nb[u * k + t] ?? 0;
          const rv = rs.routeOf[v] ?? -1;
          if (rv < 0) continue;
          const ru = rs.routeOf[u] ?? -1;
          if ((rs.modifiedAt[ru] ?? 0) <= tested && (rs.modifiedAt[rv] ?? 0) <= tested) continue;
          if (this.tryPair(u, v, ru, rv)) improved = true;
        }
      }
    }
    return this.ctx.moves - startMoves;
  }

  private tryPair(u: number, v: number, ru: number, rv: number): boolean {
    const ctx = this.ctx;
    if (ru !== rv) {
      const inter = this.inter;
      inter.setPair(u, v, ctx.threshold(ru, rv));
      const shapes = this.squeezeMode ? SQUEEZE_SHAPES : Math.min(SHAPE_A.length, this.shapeLimit);
      for (let t = 0; t < shapes; t++) {
        const a = SHAPE_A[t] ?? 1;
        const b = SHAPE_B[t] ?? 0;
        const rev = SHAPE_REV[t] === 1;
        if (inter.tryExchange(a, b, rev, false)) return true;
        if (inter.tryExchange(a, b, rev, true)) return true;
      }
      if (inter.tryTwoOptStar(true)) return true;
      return inter.tryTwoOptStar(false);
    }
    if (this.squeezeMode) return false;
    const intra = this.intra;
    intra.setPair(u, v, ctx.threshold(ru, ru));
    const longest = Math.min(3, this.shapeLimit);
    for (let a = 1; a <= longest; a++) {
      if (intra.tryRelocate(a, false, false)) return true;
      if (intra.tryRelocate(a, false, true)) return true;
      if (a > 1 && longest === 3 && intra.tryRelocate(a, true, false)) return true;
      if (a > 1 && longest === 3 && intra.tryRelocate(a, true, true)) return true;
    }
    if (intra.tryTwoOpt()) return true;
    return intra.trySwap();
  }
}
