import { LocalSearch } from './local-search.ts';
import type { ExactOracle } from './move-context.ts';
import { MoveContext } from './move-context.ts';
import { Penalties } from './penalties.ts';
import type { Problem } from './problem.ts';
import type { Rng } from './rng.ts';
import { RouteSet } from './route-set.ts';

/** How plans of a problem are priced: which exact oracle (if any) each plan gets. */
export interface PlanPricing {
  /** The oracle the moves of this plan use (null when the fast cost is exact). */
  oracleFor(rs: RouteSet): ExactOracle | null;
}

export const FAST_PRICING: PlanPricing = {
  oracleFor: () => null,
};

/** A plan with its local search, moves and pricing: what the phases of the solver work on. */
export class SearchState {
  readonly rs: RouteSet;
  readonly ctx: MoveContext;
  readonly ls: LocalSearch;
  readonly pricing: PlanPricing;
  readonly oracle: ExactOracle | null;

  constructor(problem: Problem, penalties: Penalties, pricing: PlanPricing, rng: Rng) {
    this.rs = new RouteSet(problem, penalties);
    this.pricing = pricing;
    this.oracle = pricing.oracleFor(this.rs);
    this.ctx = new MoveContext(this.rs, this.oracle);
    this.ls = new LocalSearch(this.ctx, rng);
    if (this.oracle?.estimate !== undefined) {
      // Every candidate of a linked plan is re-simulated: keep the neighbourhood small.
      this.ls.neighbourLimit = 10;
      this.ls.shapeLimit = 2;
    }
  }

  /** Penalised cost of the whole plan, unassigned penalties included. */
  total(): number {
    if (this.oracle === null) return this.rs.fastTotal();
    return this.oracle.routesCost() + this.rs.unassignedPenalty();
  }

  /** Free of every hard violation. */
  isFeasible(): boolean {
    if (this.oracle === null) return this.rs.isFastFeasible();
    return this.oracle.isPlanFeasible();
  }

  /**
   * After penalty weights change: route costs and cached exact costs; `retestAll` also makes
   * the next local search re-examine every pair (skip it for a short-lived change).
   */
  penaltiesChanged(retestAll = true): void {
    this.rs.refreshCosts();
    if (retestAll) this.ls.forgetTested();
  }
}

/**
 * Starting penalty per unit of violation, in typical arc costs: stiff enough that the first
 * descents keep a feasible plan feasible; the improvement phase then adapts it. A constant: a
 * plan depends on the instance and the options only, never on the process environment.
 */
const PENALTY_START_FACTOR = 10;

export function createPenalties(problem: Problem): Penalties {
  // Unit: a typical arc cost.
  let sum = 0;
  let count = 0;
  const n = problem.nNodes;
  for (let a = 0; a < problem.nJobs; a += Math.max(1, Math.floor(problem.nJobs / 50)))
    for (let b = 0; b < problem.nJobs; b += Math.max(1, Math.floor(problem.nJobs / 50))) {
      const d = problem.dist[a * n + b] ?? 0;
      if (a !== b && d < 1e8) {
        sum += d;
        count++;
      }
    }
  const arc = count > 0 ? sum / count : 1;
  return new Penalties(PENALTY_START_FACTOR * Math.max(arc, 1e-3));
}
