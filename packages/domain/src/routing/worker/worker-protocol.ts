import type { RoutingInstance } from '../model/instance-types.ts';
import type { RoutingSolution, SolveProgress } from '../model/solution-types.ts';
import type { ReplanRequest } from '../replan.ts';

/** Search settings that cross the thread boundary (no functions). */
export interface WorkerSearchSettings {
  seed?: number;
  timeLimitMs?: number;
  maxIterations?: number;
  routeMinimizationShare?: number;
  /** Least time between two progress messages (the last one is always sent). Default 100. */
  progressIntervalMs?: number;
}

export type WorkerTask =
  | { kind: 'solve'; instance: RoutingInstance; settings: WorkerSearchSettings }
  | { kind: 'replan'; request: ReplanRequest; settings: WorkerSearchSettings };

/** Sent to the worker with the task; `cancel` is a shared flag the caller sets to stop early. */
export interface WorkerStart {
  task: WorkerTask;
  cancel: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; progress: SolveProgress }
  | { type: 'result'; solution: RoutingSolution }
  | { type: 'error'; name: string; message: string };
