import type { InstanceVisit, RoutingInstance } from '../model/instance-types.ts';
import { ParseError, parseNumbers, splitLines } from './parse-error.ts';

/**
 * Reads a Solomon / Gehring–Homberger VRPTW file (name line, VEHICLE NUMBER CAPACITY, CUSTOMER
 * table of `CUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE SERVICE TIME`; node 0 is the
 * depot) into a routing instance. Travel is Euclidean in double precision at speed 1; the due
 * date bounds the start of service, so a visit's whole-visit window ends at due + service. The
 * objective is the hierarchical one of the literature: fewest vehicles, then distance.
 */
export function parseSolomon(text: string): RoutingInstance {
  const lines = splitLines(text);
  let i = 0;
  const skipBlank = (): void => {
    while (i < lines.length && (lines[i]?.text.trim() ?? '') === '') i++;
  };
  const expectWord = (word: string): void => {
    skipBlank();
    const entry = lines[i];
    if (entry === undefined)
      throw new ParseError(lines.length, `expected "${word}", found the end`);
    if (!entry.text.trim().toUpperCase().startsWith(word))
      throw new ParseError(entry.line, `expected "${word}", found "${entry.text.trim()}"`);
    i++;
  };
  skipBlank();
  const nameLine = lines[i];
  if (nameLine === undefined) throw new ParseError(1, 'the file is empty');
  const name = nameLine.text.trim();
  i++;
  expectWord('VEHICLE');
  expectWord('NUMBER');
  skipBlank();
  const fleetLine = lines[i];
  if (fleetLine === undefined)
    throw new ParseError(lines.length, 'missing vehicle number and capacity');
  const fleet = parseNumbers(fleetLine.text, fleetLine.line);
  const [number, capacity] = fleet;
  if (fleet.length !== 2 || number === undefined || capacity === undefined)
    throw new ParseError(
      fleetLine.line,
      `expected 2 numbers (NUMBER CAPACITY), found ${fleet.length}`,
    );
  if (!Number.isInteger(number) || number < 1)
    throw new ParseError(fleetLine.line, 'the vehicle number must be a whole number ≥ 1');
  i++;
  expectWord('CUSTOMER');
  expectWord('CUST');
  const rows: { line: number; values: number[] }[] = [];
  for (; i < lines.length; i++) {
    const entry = lines[i];
    if (entry === undefined || entry.text.trim() === '') continue;
    const values = parseNumbers(entry.text, entry.line);
    if (values.length !== 7)
      throw new ParseError(entry.line, `expected 7 numbers per customer, found ${values.length}`);
    rows.push({ line: entry.line, values });
  }
  const depot = rows[0];
  if (depot === undefined) throw new ParseError(lines.length, 'no depot row');
  const seen = new Set<number>();
  for (const row of rows) {
    const id = row.values[0] ?? -1;
    if (seen.has(id)) throw new ParseError(row.line, `customer number ${id} repeats`);
    seen.add(id);
    if ((row.values[3] ?? 0) < 0) throw new ParseError(row.line, 'negative demand');
    if ((row.values[6] ?? 0) < 0) throw new ParseError(row.line, 'negative service time');
  }
  const [depotId, , , , ready0, due0] = depot.values;
  const locations = rows.map((row) => ({
    id: String(row.values[0]),
    x: row.values[1] ?? 0,
    y: row.values[2] ?? 0,
  }));
  const visits: InstanceVisit[] = rows.slice(1).map((row) => {
    const [id, , , demand, ready, due, service] = row.values;
    return {
      id: String(id),
      location: String(id),
      duration: service ?? 0,
      windows: [{ start: ready ?? 0, end: (due ?? 0) + (service ?? 0) }],
      demand: [demand ?? 0],
    };
  });
  return {
    name,
    locations,
    travel: { kind: 'euclidean', speed: 1 },
    vehicles: [
      {
        id: 'vehicle',
        start: String(depotId),
        shift: { start: ready0 ?? 0, end: due0 ?? 0 },
        capacity: [capacity],
        count: number,
      },
    ],
    visits,
    objective: {
      distanceWeight: 1,
      travelTimeWeight: 0,
      workingTimeWeight: 0,
      minimizeRoutes: true,
      tardinessWeight: 0,
      maxTardinessWeight: 0,
    },
  };
}
