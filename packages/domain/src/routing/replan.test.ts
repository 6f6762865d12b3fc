import { describe, expect, it } from 'vitest';
import { checkSolution } from './check/check-solution.ts';
import { replanRouting } from './replan.ts';
import { solveRouting } from './solve.ts';
import { QUICK, newNurse, newTown, newVisit } from './testing/factories.ts';

const day = newTown({
  vehicles: [newNurse('ana'), newNurse('bea'), newNurse('cal')],
  visits: Array.from({ length: 12 }, (_, k) =>
    newVisit(`v${k + 1}`, `home-${k + 1}`, { duration: 40, windows: [{ start: 480, end: 900 }] }),
  ),
});

const assignment = (solution: ReturnType<typeof solveRouting>): Map<string, string> =>
  new Map(solution.routes.flatMap((r) => r.stops.map((s) => [s.visitId, r.vehicleId] as const)));

describe('replanRouting', () => {
  it('keeps started visits in place and moves only the sick nurse’s remaining visits', () => {
    const plan = solveRouting(day, QUICK);
    const sick = plan.routes.find((r) => r.stops.length >= 2)?.vehicleId ?? 'ana';
    const now = 560;
    const replanned = replanRouting(
      { instance: day, current: plan, now, unavailableVehicles: [sick] },
      QUICK,
    );
    // What the sick nurse had already started is done: it leaves the plan with her.
    const done = new Set(
      plan.routes
        .find((r) => r.vehicleId === sick)
        ?.stops.filter((s) => s.start < now)
        .map((s) => s.visitId),
    );
    const instanceAfter = {
      ...day,
      vehicles: day.vehicles.filter((v) => v.id !== sick),
      visits: day.visits.filter((v) => !done.has(v.id)),
    };
    expect(checkSolution(instanceAfter, replanned).violations).toEqual([]);
    expect(replanned.routes.some((r) => r.vehicleId === sick)).toBe(false);
    const before = assignment(plan);
    const after = assignment(replanned);
    // Visits of the other nurses that had started stay with them, first in their route.
    for (const route of plan.routes) {
      if (route.vehicleId === sick) continue;
      const started = route.stops.filter((s) => s.start < now).map((s) => s.visitId);
      const newRoute = replanned.routes.find((r) => r.vehicleId === route.vehicleId);
      expect(newRoute?.stops.slice(0, started.length).map((s) => s.visitId)).toEqual(started);
    }
    // Only the sick nurse's unstarted visits change hands.
    const changed = [...before].filter(
      ([visit, nurse]) => after.has(visit) && after.get(visit) !== nurse,
    );
    expect(changed.every(([, nurse]) => nurse === sick)).toBe(true);
  });

  it('fits a visit added during the day without reshuffling the others', () => {
    const plan = solveRouting(day, QUICK);
    const withNew = {
      ...day,
      visits: [
        ...day.visits,
        newVisit('urgent', 'home-3', { windows: [{ start: 700, end: 900 }] }),
      ],
    };
    const replanned = replanRouting({ instance: withNew, current: plan, now: 600 }, QUICK);
    expect(checkSolution(withNew, replanned).violations).toEqual([]);
    expect(replanned.unassigned).toEqual([]);
    const before = assignment(plan);
    const after = assignment(replanned);
    const moved = [...before].filter(([visit, nurse]) => after.get(visit) !== nurse);
    expect(moved.length).toBeLessThanOrEqual(1);
  });
});
