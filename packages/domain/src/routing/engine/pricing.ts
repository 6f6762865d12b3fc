import { LinkedOracle } from './exact-linked.ts';
import { SeparableOracle } from './exact-separable.ts';
import type { Problem } from './problem.ts';
import type { PlanPricing } from './search-state.ts';
import { FAST_PRICING } from './search-state.ts';

/** True when routes depend on each other (links, or a plan-wide largest-tardiness term). */
export function isLinkedProblem(problem: Problem): boolean {
  return problem.links !== null || (problem.maxTardinessWeight > 0 && problem.due !== null);
}

/** True when some route needs simulation to be priced exactly. */
export function hasSpecialRoutes(problem: Problem): boolean {
  return problem.jobSpecial.includes(1) || problem.vehicleSpecial.includes(1);
}

/**
 * One engine, three pricings: plain VRPTW plans are priced exactly by the O(1) summaries; plans
 * with breaks, several windows, soft due times or time-from-start limits re-price those routes
 * by simulation; plans with links (or a plan-wide term) re-price the whole plan's schedule.
 */
export function selectPricing(problem: Problem): PlanPricing {
  if (isLinkedProblem(problem)) return { oracleFor: (rs) => new LinkedOracle(rs) };
  if (hasSpecialRoutes(problem)) return { oracleFor: (rs) => new SeparableOracle(rs) };
  return FAST_PRICING;
}
