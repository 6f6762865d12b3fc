import { Worker } from 'node:worker_threads';
import type { RoutingInstance } from '../model/instance-types.ts';
import type { RoutingSolution, SolveProgress } from '../model/solution-types.ts';
import type { ReplanRequest } from '../replan.ts';
import type {
  WorkerMessage,
  WorkerSearchSettings,
  WorkerStart,
  WorkerTask,
} from './worker-protocol.ts';

export interface SolveInWorkerOptions extends WorkerSearchSettings {
  /** Called with the best plan so far as the search improves it. */
  onProgress?: (progress: SolveProgress) => void;
}

/** A solve running in its own thread. */
export interface WorkerSolve {
  /** The plan: the best found when time runs out, the iterations are done, or cancel() is called. */
  readonly result: Promise<RoutingSolution>;
  /** Asks the search to stop now; `result` then resolves with the best plan so far. */
  cancel(): void;
}

/**
 * Runs the optimizer in a worker thread so a server stays responsive: progress arrives through
 * onProgress, cancel() stops early with the best plan found, and the same seed with an
 * iteration limit gives the same plan as solving in the calling thread.
 */
export function solveInWorker(
  instance: RoutingInstance,
  options: SolveInWorkerOptions = {},
): WorkerSolve {
  return startWorker(
    { kind: 'solve', instance, settings: settingsOf(options) },
    options.onProgress,
  );
}

/** Re-planning (see replanRouting) in a worker thread. */
export function replanInWorker(
  request: ReplanRequest,
  options: SolveInWorkerOptions = {},
): WorkerSolve {
  return startWorker(
    { kind: 'replan', request, settings: settingsOf(options) },
    options.onProgress,
  );
}

function settingsOf(options: SolveInWorkerOptions): WorkerSearchSettings {
  const { onProgress: _onProgress, ...settings } = options;
  return settings;
}

function startWorker(
  task: WorkerTask,
  onProgress?: (progress: SolveProgress) => void,
): WorkerSolve {
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  const start: WorkerStart = { task, cancel };
  const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    workerData: start,
  });
  const result = new Promise<RoutingSolution>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          onProgress?.(message.progress);
          return;
        case 'result':
          settled = true;
          resolve(message.solution);
          void worker.terminate();
          return;
        case 'error': {
          settled = true;
          const error = new Error(message.message);
          error.name = message.name;
          reject(error);
          void worker.terminate();
          return;
        }
      }
    });
    worker.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`route optimizer worker stopped (exit code ${code})`));
    });
  });
  return {
    result,
    cancel: () => {
      Atomics.store(flag, 0, 1);
    },
  };
}
