import type { MatrixProvider } from './matrix/matrix-provider.ts';
import { compileInstance, selectMatrixProvider } from './model/compile-problem.ts';
import type { RoutingInstance } from './model/instance-types.ts';
import type { RoutingSolution } from './model/solution-types.ts';
import type { SolveOptions } from './solve.ts';
import { solveCompiled } from './solve.ts';

export interface ReplanRequest {
  /** The day as it stands now: added visits included, cancelled ones removed. */
  instance: RoutingInstance;
  /** The plan being carried out. */
  current: RoutingSolution;
  /** The time now: visits of the current plan that started before it stay where they are. */
  now: number;
  /** Caregivers who dropped out (called in sick): their visits not yet started are freed. */
  unavailableVehicles?: string[];
  /** Cost of giving a visit to a different caregiver than in the current plan. Default 60. */
  changePenalty?: number;
}

/**
 * Incremental re-planning: starts from the current plan, keeps every visit already started on
 * its caregiver and in its place, frees the visits of caregivers who dropped out, inserts new
 * visits, and re-optimises with a penalty on every visit that changes caregiver, so the new plan
 * differs from the old one only where it must. Route-count minimisation is off: it would
 * reshuffle the day to save a route.
 */
export function replanRouting(
  request: ReplanRequest,
  options: SolveOptions & { matrixProvider?: MatrixProvider } = {},
): RoutingSolution {
  const unavailable = new Set(request.unavailableVehicles ?? []);
  const started = new Set<string>();
  const locked: { vehicleId: string; visitIds: string[] }[] = [];
  const previous: Record<string, string> = {};
  const initialRoutes: Record<string, string[]> = {};
  const known = new Set(request.instance.visits.map((v) => v.id));
  for (const route of request.current.routes) {
    const head = route.stops.filter((s) => s.start < request.now && known.has(s.visitId));
    head.forEach((s) => started.add(s.visitId));
    if (unavailable.has(route.vehicleId)) continue;
    if (head.length > 0)
      locked.push({ vehicleId: route.vehicleId, visitIds: head.map((s) => s.visitId) });
    initialRoutes[route.vehicleId] = route.stops
      .map((s) => s.visitId)
      .filter((id) => known.has(id));
    for (const s of route.stops) previous[s.visitId] = route.vehicleId;
  }
  // A dropped-out caregiver's started visits are done: they leave the plan with them.
  const doneElsewhere = new Set(
    request.current.routes
      .filter((r) => unavailable.has(r.vehicleId))
      .flatMap((r) => r.stops.filter((s) => started.has(s.visitId)).map((s) => s.visitId)),
  );
  const instance: RoutingInstance = {
    ...request.instance,
    vehicles: request.instance.vehicles.filter((v) => !unavailable.has(v.id)),
    visits: request.instance.visits.filter((v) => !doneElsewhere.has(v.id)),
    links: (request.instance.links ?? []).filter(
      (l) => !doneElsewhere.has(l.first) && !doneElsewhere.has(l.second),
    ),
    objective: { ...request.instance.objective, minimizeRoutes: false },
  };
  const compiled = compileInstance(
    instance,
    options.matrixProvider ?? selectMatrixProvider(instance),
    { locked, previous, changePenalty: request.changePenalty ?? 60 },
  );
  return solveCompiled(compiled, { ...options, initialRoutes });
}
