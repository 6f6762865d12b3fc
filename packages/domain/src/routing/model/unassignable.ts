import type { TravelMatrix } from '../matrix/matrix-provider.ts';
import { startWindowsOf } from './windows.ts';
import type { InstanceVehicle, RoutingInstance } from './instance-types.ts';
import type { MatchVerdict } from './matching.ts';

export type UnassignedReason =
  | 'window-shorter-than-service'
  | 'no-qualified-vehicle'
  | 'no-travel-time'
  | 'outside-every-shift'
  | 'over-capacity'
  | 'too-far-for-time-limit'
  | 'linked-visit-unassigned'
  | 'no-room-in-plan';

export interface UnassignableVisit {
  visitIndex: number;
  visitId: string;
  reason: UnassignedReason;
  message: string;
}

/**
 * Visits no plan can serve, found before the search so it never wastes time on them (and never
 * hangs on them): every window too short, nobody qualified, no travel time to the place, no
 * qualified caregiver able to get there and back within the shift, more than any vehicle holds,
 * too far for a refrigerated item's limit. A visit linked to an impossible one follows it.
 */
export function findUnassignableVisits(
  instance: RoutingInstance,
  vehicles: readonly InstanceVehicle[],
  verdicts: readonly (readonly MatchVerdict[])[],
  travel: TravelMatrix,
  locOf: (id: string) => number,
): UnassignableVisit[] {
  const found = new Map<number, UnassignableVisit>();
  const L = travel.size;
  const t = (a: number, b: number): number =>
    a === b ? 0 : (travel.durations[a * L + b] ?? Infinity);
  instance.visits.forEach((visit, i) => {
    const mark = (reason: UnassignedReason, message: string): void => {
      if (!found.has(i)) found.set(i, { visitIndex: i, visitId: visit.id, reason, message });
    };
    const windows = startWindowsOf(visit.windows, visit.appointment, visit.duration);
    if (visit.appointment === undefined && visit.windows !== undefined && windows.length === 0) {
      mark(
        'window-shorter-than-service',
        `every time window is shorter than the ${visit.duration}-unit visit`,
      );
      return;
    }
    const row = verdicts[i] ?? [];
    const qualified = vehicles.map((_, v) => row[v]?.allowed === true);
    if (!qualified.some(Boolean)) {
      const reasons = new Map<string, number>();
      for (const verdict of row)
        if (verdict.hardReason !== undefined)
          reasons.set(verdict.hardReason, (reasons.get(verdict.hardReason) ?? 0) + 1);
      const common = [...reasons.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'no vehicle';
      mark('no-qualified-vehicle', `no caregiver qualifies (e.g. ${common})`);
      return;
    }
    const loc = locOf(visit.location);
    let reachable = false;
    let inShift = false;
    let fits = false;
    let coldOk = false;
    for (let v = 0; v < vehicles.length; v++) {
      const veh = vehicles[v];
      if (veh === undefined || qualified[v] !== true) continue;
      const s = locOf(veh.start);
      const e = locOf(veh.end ?? veh.start);
      const there = t(s, loc);
      const back = t(loc, e);
      if (!Number.isFinite(there) || !Number.isFinite(back)) continue;
      reachable = true;
      const capacity = veh.capacity ?? [];
      const demandFits = (visit.demand ?? []).every((d, k) => d <= (capacity[k] ?? Infinity));
      if (demandFits) fits = true;
      if (visit.maxTimeFromStart === undefined || there <= visit.maxTimeFromStart) coldOk = true;
      const arrival = veh.shift.start + there;
      const spans = windows.length > 0 ? windows : [[arrival, Infinity] as [number, number]];
      for (const [from, to] of spans) {
        const startAt = Math.max(arrival, from);
        if (startAt <= to + 1e-9 && startAt + visit.duration + back <= veh.shift.end + 1e-9) {
          if (demandFits) inShift = true;
          break;
        }
      }
    }
    if (!reachable) mark('no-travel-time', `no travel time to location "${visit.location}"`);
    else if (!fits) mark('over-capacity', 'demand exceeds the capacity of every qualified vehicle');
    else if (!coldOk)
      mark('too-far-for-time-limit', 'farther from every start than its time-from-start limit');
    else if (!inShift)
      mark(
        'outside-every-shift',
        'no qualified caregiver can get there and back within their shift',
      );
  });
  // Linked visits stand or fall together.
  const index = new Map(instance.visits.map((v, i) => [v.id, i]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const link of instance.links ?? []) {
      const a = index.get(link.first) ?? -1;
      const b = index.get(link.second) ?? -1;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const other = instance.visits[y];
        if (found.has(x) && !found.has(y) && other !== undefined) {
          found.set(y, {
            visitIndex: y,
            visitId: other.id,
            reason: 'linked-visit-unassigned',
            message: `linked visit "${instance.visits[x]?.id ?? ''}" cannot be served`,
          });
          changed = true;
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a.visitIndex - b.visitIndex);
}
