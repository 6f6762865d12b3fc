import type { MatrixProvider, TravelMatrix } from './matrix-provider.ts';

/**
 * A precomputed table, e.g. the response of an OSRM-compatible `/table/v1/driving/...` request
 * (`{"code":"Ok","durations":[[...]],"distances":[[...]]}`, seconds and metres, null where no
 * route). `ids` gives the location id of each row/column, in request order. The server fetches
 * the table; this provider only reads it, so the domain package stays free of I/O.
 */
export interface TravelTable {
  ids: readonly string[];
  durations: readonly (readonly (number | null)[])[];
  distances?: readonly (readonly (number | null)[])[];
  /** Multiply durations by this (1/60 turns OSRM seconds into minutes). Default 1. */
  durationScale?: number;
  /** Multiply distances by this (0.001 turns OSRM metres into km). Default 1. */
  distanceScale?: number;
}

export class TravelTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TravelTableError';
  }
}

/** Checks a table's shape; throws TravelTableError naming the first bad row. */
export function validateTravelTable(table: TravelTable): void {
  const n = table.ids.length;
  if (new Set(table.ids).size !== n) throw new TravelTableError('Table location ids repeat.');
  const check = (rows: readonly (readonly (number | null)[])[], what: string): void => {
    if (rows.length !== n)
      throw new TravelTableError(`Table ${what} has ${rows.length} rows for ${n} locations.`);
    rows.forEach((row, i) => {
      if (row.length !== n)
        throw new TravelTableError(`Table ${what} row ${i} has ${row.length} entries, not ${n}.`);
      row.forEach((value, j) => {
        if (value !== null && (!Number.isFinite(value) || value < 0))
          throw new TravelTableError(`Table ${what}[${i}][${j}] is not a non-negative number.`);
      });
    });
  };
  check(table.durations, 'durations');
  if (table.distances !== undefined) check(table.distances, 'distances');
}

/** Provider reading a table; a location missing from it, or a null entry, is unreachable. */
export function createTableProvider(table: TravelTable): MatrixProvider {
  validateTravelTable(table);
  const index = new Map(table.ids.map((id, i) => [id, i]));
  const durationScale = table.durationScale ?? 1;
  const distanceScale = table.distanceScale ?? 1;
  return {
    computeMatrix(locations): TravelMatrix {
      const n = locations.length;
      const durations = new Float64Array(n * n);
      const distances = new Float64Array(n * n);
      for (let i = 0; i < n; i++) {
        const a = index.get(locations[i]?.id ?? '');
        for (let j = 0; j < n; j++) {
          if (i === j) continue;
          const b = index.get(locations[j]?.id ?? '');
          const duration =
            a === undefined || b === undefined ? null : (table.durations[a]?.[b] ?? null);
          const distance =
            a === undefined || b === undefined
              ? null
              : table.distances === undefined
                ? duration === null
                  ? null
                  : duration * durationScale
                : (table.distances[a]?.[b] ?? null);
          durations[i * n + j] = duration === null ? Infinity : duration * durationScale;
          distances[i * n + j] =
            distance === null
              ? Infinity
              : table.distances === undefined
                ? distance
                : distance * distanceScale;
        }
      }
      return { size: n, durations, distances };
    },
  };
}
