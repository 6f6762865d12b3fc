import type {
  InstanceLink,
  InstanceLocation,
  InstanceVehicle,
  InstanceVisit,
  RoutingInstance,
} from '../model/instance-types.ts';

/**
 * Typed factories for routing tests: a small town on a grid (x/y in km, Euclidean travel at
 * 1 km per minute), nurses starting at the branch at 8:00 (480) until 17:00 (1020).
 */
export function newLocation(id: string, x: number, y: number): InstanceLocation {
  return { id, x, y };
}

export function newNurse(id: string, overrides: Partial<InstanceVehicle> = {}): InstanceVehicle {
  return { id, start: 'branch', shift: { start: 480, end: 1020 }, ...overrides };
}

export function newVisit(
  id: string,
  location: string,
  overrides: Partial<InstanceVisit> = {},
): InstanceVisit {
  return { id, location, duration: 30, ...overrides };
}

export interface TownOptions {
  locations?: InstanceLocation[];
  vehicles?: InstanceVehicle[];
  visits?: InstanceVisit[];
  links?: InstanceLink[];
  objective?: RoutingInstance['objective'];
  rules?: RoutingInstance['rules'];
}

/** A town whose locations are the branch at (0,0) and `home-k` points around it. */
export function newTown(options: TownOptions = {}): RoutingInstance {
  const locations: InstanceLocation[] = [
    newLocation('branch', 0, 0),
    ...Array.from({ length: 12 }, (_, k) =>
      newLocation(
        `home-${k + 1}`,
        10 * Math.cos((k * Math.PI) / 6),
        10 * Math.sin((k * Math.PI) / 6),
      ),
    ),
    ...(options.locations ?? []),
  ];
  return {
    name: 'town',
    locations,
    travel: { kind: 'euclidean', speed: 1 },
    vehicles: options.vehicles ?? [newNurse('nurse-1')],
    visits: options.visits ?? [],
    ...(options.links === undefined ? {} : { links: options.links }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    objective: { minimizeRoutes: false, ...options.objective },
  };
}

/** Quick, reproducible search settings for tests. */
export const QUICK = { seed: 7, maxIterations: 300, timeLimitMs: 20_000 } as const;
