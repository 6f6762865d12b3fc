/**
 * Weights of the relaxed constraints during the search: the search may visit infeasible plans
 * (late arrivals as time warp, overload, overlong shifts) at a price it adapts over time
 * (Vidal et al. 2012, "A hybrid genetic algorithm for multidepot and periodic vehicle routing").
 */
export class Penalties {
  timeWarp: number;
  load: number;
  duration: number;
  /** Breaks, links, time-from-start and other violations found by the exact evaluator. */
  other: number;

  constructor(base: number) {
    this.timeWarp = base;
    this.load = base;
    this.duration = base;
    this.other = base;
  }

  copyFrom(other: Penalties): void {
    this.timeWarp = other.timeWarp;
    this.load = other.load;
    this.duration = other.duration;
    this.other = other.other;
  }
}

/** Clamp range for adaptive penalties, relative to the base (a typical arc cost). */
export const PENALTY_MIN_FACTOR = 0.1;
export const PENALTY_MAX_FACTOR = 1e5;
