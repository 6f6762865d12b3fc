import type { InstanceLocation } from '../model/instance-types.ts';

/**
 * Travel times and distances between locations, row-major (size x size). An unreachable pair
 * holds Infinity: the compiler reports visits there as unassignable instead of routing them.
 */
export interface TravelMatrix {
  readonly size: number;
  readonly durations: Float64Array;
  readonly distances: Float64Array;
}

/** Computes the matrix for the given locations, in their order. */
export interface MatrixProvider {
  computeMatrix(locations: readonly InstanceLocation[]): TravelMatrix;
}

/** Straight-line distance on x/y coordinates; travel time = distance / speed (Solomon's rule). */
export function createEuclideanProvider(speed = 1): MatrixProvider {
  return {
    computeMatrix(locations) {
      const n = locations.length;
      const distances = new Float64Array(n * n);
      const durations = new Float64Array(n * n);
      for (let i = 0; i < n; i++) {
        const a = locations[i];
        for (let j = 0; j < n; j++) {
          const b = locations[j];
          if (a === undefined || b === undefined) continue;
          const dx = (a.x ?? 0) - (b.x ?? 0);
          const dy = (a.y ?? 0) - (b.y ?? 0);
          const d = Math.sqrt(dx * dx + dy * dy);
          distances[i * n + j] = d;
          durations[i * n + j] = d / speed;
        }
      }
      return { size: n, durations, distances };
    },
  };
}

const EARTH_RADIUS_KM = 6371.0088;

/** Haversine distance in km between two lat/lon points (degrees). */
export function computeGreatCircleKm(
  lat1: number,
  lon1: number,
  lat2: number,
  lon2: number,
): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface GreatCircleOptions {
  /** Road distance / straight-line distance; 1.3 is a common urban-suburban figure. */
  roadFactor: number;
  /** Average door-to-door speed. */
  speedKmh: number;
}

/**
 * The default provider: great-circle distance times a road factor, at an average speed.
 * Distances in km, durations in minutes. A location without lat/lon is unreachable.
 */
export function createGreatCircleProvider(
  options: GreatCircleOptions = { roadFactor: 1.3, speedKmh: 40 },
): MatrixProvider {
  return {
    computeMatrix(locations) {
      const n = locations.length;
      const distances = new Float64Array(n * n);
      const durations = new Float64Array(n * n);
      for (let i = 0; i < n; i++) {
        const a = locations[i];
        for (let j = 0; j < n; j++) {
          const b = locations[j];
          if (i === j) continue;
          if (
            a?.lat === undefined ||
            a.lon === undefined ||
            b?.lat === undefined ||
            b.lon === undefined
          ) {
            distances[i * n + j] = Infinity;
            durations[i * n + j] = Infinity;
            continue;
          }
          const km = computeGreatCircleKm(a.lat, a.lon, b.lat, b.lon) * options.roadFactor;
          distances[i * n + j] = km;
          durations[i * n + j] = (km / options.speedKmh) * 60;
        }
      }
      return { size: n, durations, distances };
    },
  };
}
