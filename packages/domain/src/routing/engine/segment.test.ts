import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileInstance } from '../model/compile-problem.ts';
import { newNurse, newTown, newVisit } from '../testing/factories.ts';
import { Penalties } from './penalties.ts';
import { RouteSet } from './route-set.ts';
import { RouteTiming, RouteTimer } from './route-timing.ts';

/** Random plain routes: the O(1) summaries must agree with a stop-by-stop simulation. */
describe('route summaries', () => {
  it('price any route exactly like the stop-by-stop simulation (time warp, duration, distance)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            home: fc.integer({ min: 1, max: 12 }),
            duration: fc.integer({ min: 0, max: 90 }),
            start: fc.integer({ min: 480, max: 900 }),
            width: fc.integer({ min: 0, max: 240 }),
          }),
          { minLength: 1, maxLength: 9 },
        ),
        (specs) => {
          const instance = newTown({
            vehicles: [newNurse('ana', { shift: { start: 480, end: 1100 } })],
            visits: specs.map((s, k) =>
              newVisit(`v${k}`, `home-${s.home}`, {
                duration: s.duration,
                windows: [{ start: s.start, end: s.start + s.width + s.duration }],
              }),
            ),
          });
          const { problem } = compileInstance(instance);
          // Visits no one can reach in time are set aside by the compiler: route the others.
          const jobs = Int32Array.from({ length: problem.nJobs }, (_, k) => k);
          const rs = new RouteSet(problem, new Penalties(1));
          rs.setRoute(0, jobs, jobs.length);
          const seg = rs.fwdOf(rs.at(0, jobs.length + 1));
          const timer = new RouteTimer(problem);
          const timing = new RouteTiming();
          timer.simulate(0, jobs, jobs.length, timing);
          expect(timing.timeWarp).toBeCloseTo(seg.tw, 6);
          expect(timing.dist).toBeCloseTo(seg.dist, 6);
          expect(timing.duration + timing.timeWarp).toBeCloseTo(seg.dur, 6);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});
