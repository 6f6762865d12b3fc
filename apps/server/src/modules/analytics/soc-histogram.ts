// Histogram of referral-to-start-of-care hours in equal one-day bins, so the chart reads in days
// as the business talks ("most start within three days"). Bins run from 0 up to the last day that
// holds a value (at least MIN_BINS of them, so an empty or fast range still has a shape); values
// at or past MAX_BINS days fall in one open-ended last bin.
import type { HistogramBin } from './analytics.contracts.ts';

export const BIN_HOURS = 24;
export const MIN_BINS = 5;
export const MAX_BINS = 14;

export function buildSocHistogram(
  hours: readonly number[],
  binHours = BIN_HOURS,
  minBins = MIN_BINS,
  maxBins = MAX_BINS,
): HistogramBin[] {
  const counts = new Array<number>(maxBins + 1).fill(0);
  let lastUsed = -1;
  for (const value of hours) {
    const index = Math.min(Math.floor(Math.max(0, value) / binHours), maxBins);
    counts[index] = (counts[index] ?? 0) + 1;
    lastUsed = Math.max(lastUsed, index);
  }
  const binCount = Math.max(minBins, lastUsed + 1);
  return counts.slice(0, binCount).map((count, index) => ({
    fromHours: index * binHours,
    toHours: index === maxBins ? null : (index + 1) * binHours,
    count,
  }));
}
