import type { DrugUnit } from './drug-catalog.types.ts';

/** Each unit in its dimension's base (mg, units, mL). */
const UNITS: Readonly<
  Record<string, { dimension: 'mass' | 'activity' | 'volume'; factor: number }>
> = {
  g: { dimension: 'mass', factor: 1000 },
  gm: { dimension: 'mass', factor: 1000 },
  gram: { dimension: 'mass', factor: 1000 },
  grams: { dimension: 'mass', factor: 1000 },
  mg: { dimension: 'mass', factor: 1 },
  mcg: { dimension: 'mass', factor: 0.001 },
  µg: { dimension: 'mass', factor: 0.001 },
  iu: { dimension: 'activity', factor: 1 },
  unit: { dimension: 'activity', factor: 1 },
  units: { dimension: 'activity', factor: 1 },
  u: { dimension: 'activity', factor: 1 },
  ml: { dimension: 'volume', factor: 1 },
  l: { dimension: 'volume', factor: 1000 },
};

/**
 * HCPCS units for one dose: the dose divided by the code's unit, rounded up (a 1.25 g dose of a
 * "per 500 mg" code is 3 units). Undefined when the units cannot be compared (mg vs IU).
 */
export function countBillingUnits(
  dose: { value: number; unit: string },
  per: { amount: number; unit: DrugUnit },
): number | undefined {
  const from = UNITS[dose.unit.trim().toLowerCase()];
  const to = UNITS[per.unit.toLowerCase()];
  if (from === undefined || to?.dimension !== from.dimension) return undefined;
  const inCodeUnits = (dose.value * from.factor) / (per.amount * to.factor);
  // Tolerate floating-point noise (0.1 mg / 0.1 mg must be 1, not 2).
  return Math.max(1, Math.ceil(inCodeUnits - 1e-9));
}
