import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSolution } from '../check/check-solution.ts';
import type { SolveProgress } from '../model/solution-types.ts';
import { parseSolomon } from '../parse/solomon.ts';
import { solveRouting } from '../solve.ts';
import { solveInWorker } from './worker-runner.ts';

const r101 = parseSolomon(
  readFileSync(
    new URL('../../../../../fixtures/external/vrptw/solomon/R101.txt', import.meta.url),
    'utf8',
  ),
);

describe('solveInWorker', () => {
  it('reports progress as the plan improves, and stops early with the best plan when cancelled', async () => {
    const seen: SolveProgress[] = [];
    const run = solveInWorker(r101, {
      timeLimitMs: 60_000,
      progressIntervalMs: 0,
      onProgress: (p) => {
        seen.push(p);
        if (seen.length === 3) run.cancel();
      },
    });
    const solution = await run.result;
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)?.phase).toBe('done');
    expect(solution.search.stoppedBy).toBe('cancel');
    expect(solution.search.elapsedMs).toBeLessThan(60_000);
    expect(checkSolution(r101, solution).violations).toEqual([]);
  }, 60_000);

  it('gives the same plan as solving in this thread for the same seed and iteration limit', async () => {
    const options = { seed: 11, maxIterations: 120 };
    const inWorker = await solveInWorker(r101, options).result;
    const here = solveRouting(r101, options);
    expect(inWorker.routes.map((r) => r.stops.map((s) => s.visitId))).toEqual(
      here.routes.map((r) => r.stops.map((s) => s.visitId)),
    );
    expect(inWorker.totals.distance).toBe(here.totals.distance);
  }, 60_000);

  it('rejects with the instance error instead of hanging', async () => {
    const broken = { ...r101, visits: [{ id: 'x', location: 'nowhere', duration: 1 }] };
    await expect(solveInWorker(broken, { maxIterations: 10 }).result).rejects.toThrow(
      /unknown location "nowhere"/,
    );
  }, 60_000);
});
