import { describe, expect, it } from 'vitest';
import type { RoutingSolution } from '../model/solution-types.ts';
import { solveRouting } from '../solve.ts';
import { QUICK, newNurse, newTown, newVisit } from '../testing/factories.ts';
import { checkSolution } from './check-solution.ts';

const town = newTown({
  vehicles: [newNurse('ana', { capacity: [2] }), newNurse('bea', { capacity: [2] })],
  visits: [
    newVisit('v1', 'home-1', { windows: [{ start: 500, end: 700 }], demand: [1] }),
    newVisit('v2', 'home-2', { demand: [1] }),
    newVisit('v3', 'home-6', { demand: [1] }),
    newVisit('pair-a', 'home-9'),
    newVisit('pair-b', 'home-9'),
  ],
  links: [{ kind: 'synchronized', first: 'pair-a', second: 'pair-b' }],
});

const solved = (): RoutingSolution => solveRouting(town, QUICK);
const messages = (solution: RoutingSolution): string[] =>
  checkSolution(town, solution).violations.map((v) => `${v.where}: ${v.message}`);

describe('checkSolution', () => {
  it('accepts the optimizer’s plan and recomputes the same totals', () => {
    const solution = solved();
    const report = checkSolution(town, solution);
    expect(report.violations).toEqual([]);
    expect(report.recomputed.travelTime).toBeCloseTo(solution.totals.travelTime, 9);
  });

  it('flags a visit moved outside its window', () => {
    const solution = solved();
    const stop = solution.routes.flatMap((r) => r.stops).find((s) => s.visitId === 'v1');
    if (stop === undefined) throw new Error('v1 not served');
    stop.start = 800;
    stop.end = 830;
    expect(messages(solution)).toContain('v1: takes place outside its time windows');
  });

  it('flags a stop reached faster than the travel time allows', () => {
    const solution = solved();
    const route = solution.routes[0];
    const first = route?.stops[0];
    if (route === undefined || first === undefined) throw new Error('no route');
    first.arrival = route.departure + 1;
    expect(messages(solution)).toContain(`${first.visitId}: arrives sooner than travel allows`);
  });

  it('flags a visit served twice, one never served, and overloaded vehicles', () => {
    const solution = solved();
    const [a, b] = solution.routes;
    if (a === undefined || b === undefined) throw new Error('expected two routes');
    const moved = b.stops.shift();
    if (moved === undefined) throw new Error('empty route');
    a.stops.push(moved, moved);
    const found = messages(solution);
    expect(found).toContain(`${moved.visitId}: served twice`);
    expect(found.some((m) => m.includes('arrives sooner') || m.includes('carries'))).toBe(true);
  });

  it('flags two linked visits done by one nurse, or at different times', () => {
    const solution = solved();
    const all = solution.routes.flatMap((r) => r.stops);
    const b = all.find((s) => s.visitId === 'pair-b');
    if (b === undefined) throw new Error('pair-b not served');
    b.start += 5;
    b.end += 5;
    b.arrival = Math.min(b.arrival, b.start);
    expect(messages(solution).some((m) => m.startsWith('pair-a+pair-b: starts 5.000 apart'))).toBe(
      true,
    );
  });

  it('flags reported totals that do not match the plan', () => {
    const solution = solved();
    solution.totals.travelTime -= 10;
    expect(messages(solution).some((m) => m.startsWith('plan: reported travelTime'))).toBe(true);
  });
});
