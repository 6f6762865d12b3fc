import type { RoutingInstance, TimeSpan } from './instance-types.ts';

/** A structural problem in an instance, at a JSON path such as `visits[3].location`. */
export interface InstanceIssue {
  path: string;
  message: string;
}

export class InstanceError extends Error {
  readonly issues: InstanceIssue[];
  constructor(issues: InstanceIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'InstanceError';
    this.issues = issues;
  }
}

/**
 * Structural checks: references resolve, numbers are finite, ids are unique. Visits that are
 * well-formed but impossible (a window shorter than the service, no qualified caregiver) are
 * not errors here: the compiler reports them as unassignable with the reason.
 */
export function validateInstance(instance: RoutingInstance): InstanceIssue[] {
  const issues: InstanceIssue[] = [];
  const add = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  const locationIds = new Set<string>();
  instance.locations.forEach((loc, i) => {
    if (locationIds.has(loc.id)) add(`locations[${i}].id`, `duplicate location id "${loc.id}"`);
    locationIds.add(loc.id);
    for (const key of ['lat', 'lon', 'x', 'y'] as const) {
      const v = loc[key];
      if (v !== undefined && !Number.isFinite(v)) add(`locations[${i}].${key}`, 'not a number');
    }
    if (loc.lat !== undefined && Math.abs(loc.lat) > 90)
      add(`locations[${i}].lat`, 'latitude outside -90..90');
    if (loc.lon !== undefined && Math.abs(loc.lon) > 180)
      add(`locations[${i}].lon`, 'longitude outside -180..180');
  });
  const checkLocation = (path: string, id: string | undefined): void => {
    if (id !== undefined && !locationIds.has(id)) add(path, `unknown location "${id}"`);
  };
  const checkSpan = (path: string, span: TimeSpan): void => {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end))
      add(path, 'start and end must be numbers');
    else if (span.end < span.start) add(path, 'ends before it starts');
  };
  const checkNonNegative = (path: string, v: number | undefined): void => {
    if (v !== undefined && (!Number.isFinite(v) || v < 0)) add(path, 'must be a number ≥ 0');
  };
  const vehicleIds = new Set<string>();
  if (instance.vehicles.length === 0) add('vehicles', 'at least one vehicle is needed');
  instance.vehicles.forEach((v, i) => {
    const at = `vehicles[${i}]`;
    if (vehicleIds.has(v.id)) add(`${at}.id`, `duplicate vehicle id "${v.id}"`);
    vehicleIds.add(v.id);
    checkLocation(`${at}.start`, v.start);
    checkLocation(`${at}.end`, v.end);
    checkSpan(`${at}.shift`, v.shift);
    checkNonNegative(`${at}.maxWorkingTime`, v.maxWorkingTime);
    checkNonNegative(`${at}.fixedCost`, v.fixedCost);
    if (v.count !== undefined && (!Number.isInteger(v.count) || v.count < 1))
      add(`${at}.count`, 'must be a whole number ≥ 1');
    if (v.break !== undefined) {
      checkNonNegative(`${at}.break.duration`, v.break.duration);
      checkSpan(`${at}.break.window`, v.break.window);
    }
    v.capacity?.forEach((c, k) => {
      checkNonNegative(`${at}.capacity[${k}]`, c);
    });
  });
  const visitIds = new Set<string>();
  instance.visits.forEach((v, i) => {
    const at = `visits[${i}]`;
    if (visitIds.has(v.id)) add(`${at}.id`, `duplicate visit id "${v.id}"`);
    visitIds.add(v.id);
    checkLocation(`${at}.location`, v.location);
    checkNonNegative(`${at}.duration`, v.duration);
    v.windows?.forEach((w, k) => {
      checkSpan(`${at}.windows[${k}]`, w);
    });
    if (v.appointment !== undefined && !Number.isFinite(v.appointment))
      add(`${at}.appointment`, 'not a number');
    if (v.dueBy !== undefined && !Number.isFinite(v.dueBy)) add(`${at}.dueBy`, 'not a number');
    v.demand?.forEach((d, k) => {
      checkNonNegative(`${at}.demand[${k}]`, d);
    });
    if (v.priority !== undefined && (!Number.isFinite(v.priority) || v.priority <= 0))
      add(`${at}.priority`, 'must be a number > 0');
    checkNonNegative(`${at}.maxTimeFromStart`, v.maxTimeFromStart);
  });
  instance.visits.forEach((v, i) => {
    v.allowedVehicles?.forEach((id, k) => {
      if (!vehicleIds.has(id)) add(`visits[${i}].allowedVehicles[${k}]`, `unknown vehicle "${id}"`);
    });
  });
  (instance.links ?? []).forEach((link, i) => {
    const at = `links[${i}]`;
    if (!visitIds.has(link.first)) add(`${at}.first`, `unknown visit "${link.first}"`);
    if (!visitIds.has(link.second)) add(`${at}.second`, `unknown visit "${link.second}"`);
    if (link.first === link.second) add(at, 'a visit cannot be linked to itself');
    const min = link.minGap ?? 0;
    const max = link.maxGap ?? (link.kind === 'synchronized' ? 0 : Infinity);
    if (!(max >= min)) add(at, 'maxGap is below minGap');
  });
  if (instance.travel?.kind === 'matrix') {
    const ids = instance.travel.locations;
    ids.forEach((id, k) => {
      checkLocation(`travel.locations[${k}]`, id);
    });
    if (instance.travel.durations.length !== ids.length)
      add(
        'travel.durations',
        `has ${instance.travel.durations.length} rows for ${ids.length} locations`,
      );
  }
  return issues;
}
