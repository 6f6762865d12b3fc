import { parentPort, workerData } from 'node:worker_threads';
import { replanRouting } from '../replan.ts';
import type { SolveOptions } from '../solve.ts';
import { solveRouting } from '../solve.ts';
import type { WorkerMessage, WorkerStart } from './worker-protocol.ts';

/** Runs one solve in this worker thread, posting progress, then the result or the error. */
function runTask(start: WorkerStart): void {
  const port = parentPort;
  if (port === null) return;
  const post = (message: WorkerMessage): void => {
    port.postMessage(message);
  };
  const cancelFlag = new Int32Array(start.cancel);
  const settings = start.task.settings;
  const interval = settings.progressIntervalMs ?? 100;
  let lastSent = -Infinity;
  const options: SolveOptions = {
    ...(settings.seed === undefined ? {} : { seed: settings.seed }),
    ...(settings.timeLimitMs === undefined ? {} : { timeLimitMs: settings.timeLimitMs }),
    ...(settings.maxIterations === undefined ? {} : { maxIterations: settings.maxIterations }),
    ...(settings.routeMinimizationShare === undefined
      ? {}
      : { routeMinimizationShare: settings.routeMinimizationShare }),
    shouldCancel: () => Atomics.load(cancelFlag, 0) === 1,
    onProgress: (progress) => {
      if (progress.phase !== 'done' && progress.elapsedMs - lastSent < interval) return;
      lastSent = progress.elapsedMs;
      post({ type: 'progress', progress });
    },
  };
  try {
    const task = start.task;
    const solution =
      task.kind === 'solve'
        ? solveRouting(task.instance, options)
        : replanRouting(task.request, options);
    post({ type: 'result', solution });
  } catch (error) {
    post({
      type: 'error',
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

runTask(workerData as WorkerStart);
