// Small statistics for the intake dashboard: percentiles with linear interpolation between closest
// ranks (the method spreadsheets call PERCENTILE.INC), so the median of [1, 2, 3, 4] is 2.5.

export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (p < 0 || p > 1) throw new RangeError('p must be between 0 and 1');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (rank - lower);
}

export interface Distribution {
  count: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
}

export function summarizeDistribution(values: readonly number[]): Distribution {
  if (values.length === 0)
    return { count: 0, median: null, p90: null, mean: null, min: null, max: null };
  return {
    count: values.length,
    median: percentile(values, 0.5),
    p90: percentile(values, 0.9),
    mean: values.reduce((sum, v) => sum + v, 0) / values.length,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}
