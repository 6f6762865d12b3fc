import type { LinkTable } from '../engine/problem.ts';
import type { PlanContext } from './compile-problem.ts';
import type { InstanceVehicle, RoutingInstance } from './instance-types.ts';

/** Lookup tables of the compiled problem: symmetry, fleet shape, links, locked heads. */
export function isSymmetric(dist: Float64Array, n: number): boolean {
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) if (dist[a * n + b] !== dist[b * n + a]) return false;
  return true;
}

export function sameVehicleShape(a: InstanceVehicle, b: InstanceVehicle | undefined): boolean {
  if (b === undefined) return true;
  return (
    a.shift.start === b.shift.start &&
    a.shift.end === b.shift.end &&
    (a.maxWorkingTime ?? Infinity) === (b.maxWorkingTime ?? Infinity) &&
    (a.fixedCost ?? 0) === (b.fixedCost ?? 0) &&
    JSON.stringify(a.capacity ?? []) === JSON.stringify(b.capacity ?? [])
  );
}

export function compileLinks(
  instance: RoutingInstance,
  visitJob: Int32Array,
  n: number,
): LinkTable | null {
  const index = new Map(instance.visits.map((v, i) => [v.id, i]));
  const rows: [number, number, number, number][] = [];
  for (const link of instance.links ?? []) {
    const a = visitJob[index.get(link.first) ?? -1] ?? -1;
    const b = visitJob[index.get(link.second) ?? -1] ?? -1;
    if (a < 0 || b < 0) continue;
    const min = link.minGap ?? 0;
    const max = link.maxGap ?? (link.kind === 'synchronized' ? min : Infinity);
    rows.push([a, b, min, max]);
  }
  if (rows.length === 0) return null;
  const jobOffset = new Int32Array(n + 1);
  for (const [a, b] of rows) {
    jobOffset[a + 1] = (jobOffset[a + 1] ?? 0) + 1;
    jobOffset[b + 1] = (jobOffset[b + 1] ?? 0) + 1;
  }
  for (let j = 0; j < n; j++) jobOffset[j + 1] = (jobOffset[j + 1] ?? 0) + (jobOffset[j] ?? 0);
  const fill = jobOffset.slice(0, n);
  const byJob = new Int32Array(rows.length * 2);
  rows.forEach(([a, b], k) => {
    byJob[fill[a] ?? 0] = k;
    fill[a] = (fill[a] ?? 0) + 1;
    byJob[fill[b] ?? 0] = k;
    fill[b] = (fill[b] ?? 0) + 1;
  });
  return {
    a: Int32Array.from(rows.map((r) => r[0])),
    b: Int32Array.from(rows.map((r) => r[1])),
    min: Float64Array.from(rows.map((r) => r[2])),
    max: Float64Array.from(rows.map((r) => r[3])),
    jobOffset,
    byJob,
  };
}

export function compileLocks(
  plan: PlanContext,
  instance: RoutingInstance,
  visitJob: Int32Array,
  vehicleIndex: Map<string, number>,
  m: number,
): Int32Array[] | null {
  if (plan.locked === undefined || plan.locked.length === 0) return null;
  const index = new Map(instance.visits.map((v, i) => [v.id, i]));
  const locked: Int32Array[] = Array.from({ length: m }, () => new Int32Array(0));
  for (const entry of plan.locked) {
    const v = vehicleIndex.get(entry.vehicleId);
    if (v === undefined) continue;
    const jobs = entry.visitIds
      .map((id) => visitJob[index.get(id) ?? -1] ?? -1)
      .filter((j) => j >= 0);
    locked[v] = Int32Array.from(jobs);
  }
  return locked;
}
