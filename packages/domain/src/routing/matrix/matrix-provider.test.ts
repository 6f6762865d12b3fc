import { describe, expect, it } from 'vitest';
import { computeGreatCircleKm, createGreatCircleProvider } from './matrix-provider.ts';
import { TravelTableError, createTableProvider } from './table-provider.ts';

describe('matrix providers', () => {
  it('measures Los Angeles to San Francisco as about 559 km in a straight line', () => {
    expect(computeGreatCircleKm(34.0522, -118.2437, 37.7749, -122.4194)).toBeCloseTo(559.1, 0);
  });

  it('turns great-circle distance into road distance and minutes at the average speed', () => {
    const provider = createGreatCircleProvider({ roadFactor: 1.3, speedKmh: 40 });
    const m = provider.computeMatrix([
      { id: 'a', lat: 34, lon: -118 },
      { id: 'b', lat: 34.1, lon: -118 },
      { id: 'nowhere' },
    ]);
    const km = computeGreatCircleKm(34, -118, 34.1, -118) * 1.3;
    expect(m.distances[1]).toBeCloseTo(km, 9);
    expect(m.durations[1]).toBeCloseTo((km / 40) * 60, 9);
    expect(m.durations[2]).toBe(Infinity);
  });

  it('reads an OSRM-style table, seconds to minutes, null as no route', () => {
    const provider = createTableProvider({
      ids: ['x', 'y'],
      durations: [
        [0, 600],
        [null, 0],
      ],
      distances: [
        [0, 5000],
        [null, 0],
      ],
      durationScale: 1 / 60,
      distanceScale: 0.001,
    });
    const m = provider.computeMatrix([{ id: 'y' }, { id: 'x' }, { id: 'z' }]);
    // Rows follow the requested order: y→x has no route, x→y is 10 minutes / 5 km.
    expect(m.durations[0 * 3 + 1]).toBe(Infinity);
    expect(m.durations[1 * 3 + 0]).toBe(10);
    expect(m.distances[1 * 3 + 0]).toBe(5);
    expect(m.durations[2 * 3 + 0]).toBe(Infinity);
  });

  it('rejects a table whose rows do not match its locations', () => {
    expect(() => createTableProvider({ ids: ['x', 'y'], durations: [[0, 1]] })).toThrow(
      TravelTableError,
    );
  });
});
