import type { UnassignedReason } from './unassignable.ts';

/** A planned day: one route per caregiver used, the visits left out with why, and totals. */
export interface RoutingSolution {
  instanceName: string;
  routes: SolutionRoute[];
  unassigned: UnassignedVisit[];
  totals: SolutionTotals;
  /** How the search ended. */
  search: SearchSummary;
}

export interface SolutionRoute {
  vehicleId: string;
  /** Leaves the start location. */
  departure: number;
  /** Arrives at the end location. */
  arrival: number;
  stops: SolutionStop[];
  /** The break, taken after `afterStops` visits (0: before the first). */
  break?: { start: number; duration: number; afterStops: number };
  distance: number;
  travelTime: number;
}

export interface SolutionStop {
  visitId: string;
  arrival: number;
  /** Service start and end. */
  start: number;
  end: number;
}

export interface UnassignedVisit {
  visitId: string;
  reason: UnassignedReason;
  message: string;
}

export interface SolutionTotals {
  routes: number;
  visits: number;
  unassigned: number;
  distance: number;
  travelTime: number;
  /** Sum of route durations (departure to arrival, waiting included). */
  workingTime: number;
  tardiness: number;
  maxTardiness: number;
  /** Soft-preference penalties (language, continuity, soft skills, re-planning changes). */
  softPenalty: number;
  /** The objective's last level: weighted travel, working time, tardiness and soft costs. */
  cost: number;
}

export interface SearchSummary {
  seed: number;
  iterations: number;
  elapsedMs: number;
  stoppedBy: 'time' | 'iterations' | 'cancel' | 'converged';
}

/** Progress of a running solve: the best plan so far, for a progress bar or a live chart. */
export interface SolveProgress {
  phase: 'construct' | 'route-minimization' | 'improvement' | 'done';
  elapsedMs: number;
  iterations: number;
  routes: number;
  unassigned: number;
  /** Penalised cost of the best plan so far (lower is better). */
  cost: number;
}
