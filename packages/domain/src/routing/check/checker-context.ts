import { selectMatrixProvider } from '../model/compile-problem.ts';
import { DEFAULT_OBJECTIVE, DEFAULT_RULES } from '../model/defaults.ts';
import type {
  InstanceVehicle,
  InstanceVisit,
  MatchingRules,
  ObjectiveSpec,
  RoutingInstance,
} from '../model/instance-types.ts';
import type { MatrixProvider } from '../matrix/matrix-provider.ts';

/**
 * What the checker needs to know about an instance, built with its own code (it shares only the
 * travel matrix with the solver, and the default rules and objective, which are data).
 */
export interface CheckerContext {
  instance: RoutingInstance;
  vehicles: Map<string, InstanceVehicle>;
  vehicleOrder: string[];
  visits: Map<string, InstanceVisit>;
  rules: MatchingRules;
  objective: ObjectiveSpec;
  travelTime(from: string, to: string): number;
  distance(from: string, to: string): number;
}

export function createCheckerContext(
  instance: RoutingInstance,
  provider: MatrixProvider = selectMatrixProvider(instance),
): CheckerContext {
  const vehicles = new Map<string, InstanceVehicle>();
  const vehicleOrder: string[] = [];
  for (const v of instance.vehicles) {
    const copies = v.count ?? 1;
    for (let k = 1; k <= copies; k++) {
      const id = copies > 1 ? `${v.id}#${k}` : v.id;
      vehicles.set(id, v);
      vehicleOrder.push(id);
    }
  }
  const index = new Map(instance.locations.map((l, i) => [l.id, i]));
  const matrix = provider.computeMatrix(instance.locations);
  const size = matrix.size;
  const lookup = (table: Float64Array, from: string, to: string): number => {
    if (from === to) return 0;
    const a = index.get(from);
    const b = index.get(to);
    if (a === undefined || b === undefined) return Infinity;
    return table[a * size + b] ?? Infinity;
  };
  return {
    instance,
    vehicles,
    vehicleOrder,
    visits: new Map(instance.visits.map((v) => [v.id, v])),
    rules: { ...DEFAULT_RULES, ...instance.rules },
    objective: { ...DEFAULT_OBJECTIVE, ...instance.objective },
    travelTime: (from, to) => lookup(matrix.durations, from, to),
    distance: (from, to) => lookup(matrix.distances, from, to),
  };
}
