import { PENALTY_MAX_FACTOR, PENALTY_MIN_FACTOR, type Penalties } from './penalties.ts';
import type { Rng } from './rng.ts';
import type { RouteSet } from './route-set.ts';
import { descendKeepingFeasibility } from './descend.ts';
import { dropToFeasibility } from './drop-to-feasibility.ts';
import { RuinRecreate } from './ruin-recreate.ts';
import type { SearchState } from './search-state.ts';

export interface IlsOptions {
  /** True when the search must stop (time, iterations or cancellation). */
  shouldStop: () => boolean;
  /** Fraction of the phase elapsed in [0, 1], for the cooling schedule. */
  progress: () => number;
  /** Called when a new best plan is found. */
  onImprove: (cost: number) => void;
  /** May the search use vehicles that are unused now? */
  openRoutes: boolean;
  /** Compares plans lexicographically (unassigned, routes, cost): negative when a is better. */
  compare: (a: RouteSet, costA: number, b: RouteSet, costB: number) => number;
}

/**
 * Iterated local search over ruin-and-recreate (SISR) with simulated-annealing acceptance on
 * the penalised cost (Christiaens & Vanden Berghe 2020), each candidate polished by the granular
 * local search and, when still infeasible, by a second descent with ten-fold penalties
 * (Vidal et al. 2012's repair). Penalties adapt towards a target share of feasible candidates.
 */
export class IteratedLocalSearch {
  private readonly work: SearchState;
  private readonly accepted: SearchState;
  private readonly best: SearchState;
  private readonly rng: Rng;
  private readonly rr: RuinRecreate;
  private readonly base: number;
  private readonly changed: Int32Array;
  iterations = 0;

  /** `work` holds the starting plan; `accepted` and `best` are scratch states of the problem. */
  constructor(work: SearchState, accepted: SearchState, best: SearchState, rng: Rng) {
    this.work = work;
    this.accepted = accepted;
    this.best = best;
    this.rng = rng;
    this.rr = new RuinRecreate(work.rs, work.oracle, rng);
    this.base = work.rs.penalties.timeWarp;
    this.changed = new Int32Array(work.rs.nRoutes);
  }

  /** Runs until told to stop; the best feasible plan found is left in `best`. */
  run(options: IlsOptions): void {
    const work = this.work;
    const rs = work.rs;
    const pen = rs.penalties;
    this.rr.openRoutes = options.openRoutes;
    descendKeepingFeasibility(work);
    if (!work.isFeasible()) dropToFeasibility(work);
    this.accepted.rs.copyFrom(rs);
    let acceptedCost = work.total();
    this.best.rs.copyFrom(rs);
    let bestCost = acceptedCost;
    let bestFeasible = work.isFeasible();
    const arc = this.averageCostPerArc();
    const t0 = 1 * arc;
    const tf = 0.01 * arc;
    let feasibleCount = 0;
    let window = 0;
    while (!options.shouldStop()) {
      this.iterations++;
      const stamp = rs.clock;
      this.rr.ruin();
      this.rr.recreate();
      work.ls.run();
      const feasibleBefore = work.isFeasible();
      if (!feasibleBefore) {
        this.repairIfInfeasible();
        // Still broken: leave visits out rather than compare a non-plan.
        if (!work.isFeasible()) dropToFeasibility(work);
      }
      feasibleCount += feasibleBefore ? 1 : 0;
      window++;
      const cost = work.total();
      const feasible = work.isFeasible();
      const temperature = t0 * Math.pow(tf / t0, Math.min(1, options.progress()));
      const count = rs.collectModified(stamp, this.changed);
      if (cost < acceptedCost - temperature * Math.log(this.rng.nextFloat() + 1e-300)) {
        this.accepted.rs.copyRoutesFrom(rs, this.changed, count);
        acceptedCost = cost;
        if (feasible && (!bestFeasible || options.compare(rs, cost, this.best.rs, bestCost) < 0)) {
          this.best.rs.copyFrom(rs);
          bestCost = cost;
          bestFeasible = true;
          options.onImprove(cost);
        }
      } else {
        rs.copyRoutesFrom(this.accepted.rs, this.changed, count);
      }
      if (window === 100) {
        this.adaptPenalties(pen, feasibleCount / window);
        feasibleCount = 0;
        window = 0;
        acceptedCost = work.total();
        this.accepted.rs.refreshCosts();
        this.best.rs.refreshCosts();
        bestCost = this.best.total();
      }
    }
  }

  private repairIfInfeasible(): void {
    const work = this.work;
    if (work.isFeasible()) return;
    const pen = work.rs.penalties;
    const saved = [pen.timeWarp, pen.load, pen.duration, pen.other] as const;
    pen.timeWarp *= 10;
    pen.load *= 10;
    pen.duration *= 10;
    pen.other *= 10;
    work.penaltiesChanged(false);
    work.ls.onlyInfeasible = work.oracle === null;
    work.ls.run();
    work.ls.onlyInfeasible = false;
    [pen.timeWarp, pen.load, pen.duration, pen.other] = saved;
    work.penaltiesChanged(false);
  }

  private adaptPenalties(pen: Penalties, feasibleShare: number): void {
    const target = 0.5;
    const factor = feasibleShare < target - 0.05 ? 1.3 : feasibleShare > target + 0.05 ? 0.85 : 1;
    if (factor === 1) return;
    const clamp = (x: number): number =>
      Math.min(
        this.base * PENALTY_MAX_FACTOR,
        Math.max(this.base * PENALTY_MIN_FACTOR, x * factor),
      );
    pen.timeWarp = clamp(pen.timeWarp);
    pen.load = clamp(pen.load);
    pen.duration = clamp(pen.duration);
    pen.other = clamp(pen.other);
    this.work.penaltiesChanged();
  }

  /** Plan cost per arc travelled: the temperature's unit. */
  private averageCostPerArc(): number {
    const rs = this.work.rs;
    let arcs = 0;
    for (let r = 0; r < rs.nRoutes; r++) {
      const n = rs.len[r] ?? 0;
      if (n > 0) arcs += n + 1;
    }
    const cost = this.work.total() - rs.unassignedPenalty();
    return arcs > 0 && cost > 0 ? cost / arcs : 1;
  }
}
