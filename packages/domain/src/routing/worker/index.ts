// Worker-thread runner of the route optimizer (Node only): '@infusio/domain/routing/worker'.
export type { SolveInWorkerOptions, WorkerSolve } from './worker-runner.ts';
export { replanInWorker, solveInWorker } from './worker-runner.ts';
