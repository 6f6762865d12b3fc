import type { InstanceLink, InstanceVisit, RoutingInstance } from '../model/instance-types.ts';
import { ParseError, parseNumbers, splitLines } from './parse-error.ts';

/** Horizon used where Mankowska's model has no hard upper limit (l_i is a soft due time). */
const OPEN_END = 1e6;

const SECTIONS = [
  'nbNodes',
  'nbVehi',
  'nbServi',
  'r',
  'DS',
  'a',
  'x',
  'y',
  'd',
  'p',
  'mind',
  'maxd',
  'e',
  'l',
] as const;
type Section = (typeof SECTIONS)[number];

/**
 * Reads a home-health-care instance of Mankowska, Meisel & Bierwirth (2014) in the keyword format
 * of the gecco2020-brkga mirror (see fixtures/external/vrptw/hhcrsp-mankowska2014/README.md).
 *
 * Mapping: node 0 and node n+1 are the depot (start and end of every caregiver); each patient needing one service becomes one visit with that service as a
 * required skill; a patient in DS needs two services and becomes two visits ("7a", "7b", lower
 * service first) linked as synchronised (mind = maxd = 0) or by precedence with gap
 * [mind, maxd]. e_i is the earliest start (hard), l_i a soft due time; the end depot's l is
 * the hard end of every shift. Travel time and distance
 * are the given single-precision matrix d. The objective is theirs: (distance + total tardiness +
 * largest tardiness) / 3, every visit served.
 */
export function parseMankowska(text: string, name = 'mankowska'): RoutingInstance {
  const data = readSections(text);
  const num = (section: Section): number => {
    const values = data.get(section)?.values ?? [];
    const v = values[0];
    if (v === undefined) throw new ParseError(data.get(section)?.line ?? 1, `${section} is empty`);
    return v;
  };
  const nodes = num('nbNodes');
  const vehicles = num('nbVehi');
  const services = num('nbServi');
  const n = nodes - 2;
  const take = (section: Section, count: number): number[] => {
    const entry = data.get(section);
    if (entry === undefined) throw new ParseError(1, `missing section "${section}"`);
    if (entry.values.length < count)
      throw new ParseError(
        entry.line,
        `section "${section}" has ${entry.values.length} numbers, expected ${count}`,
      );
    return entry.values;
  };
  const r = take('r', nodes * services);
  const a = take('a', vehicles * services);
  const x = take('x', nodes);
  const y = take('y', nodes);
  const d = take('d', nodes * nodes);
  const p = take('p', nodes * vehicles * services);
  const mind = take('mind', nodes);
  const maxd = take('maxd', nodes);
  const e = take('e', nodes);
  const l = take('l', nodes);
  const doubles = new Set((data.get('DS')?.values ?? []).map((id) => id - 1));

  const locations = Array.from({ length: nodes }, (_, i) => ({
    id: `n${i}`,
    x: x[i] ?? 0,
    y: y[i] ?? 0,
  }));
  const skillsOf = (v: number): string[] => {
    const out: string[] = [];
    for (let s = 0; s < services; s++) if (a[v * services + s] === 1) out.push(`s${s}`);
    return out;
  };
  const visits: InstanceVisit[] = [];
  const links: InstanceLink[] = [];
  for (let i = 1; i <= n; i++) {
    const needed: number[] = [];
    for (let s = 0; s < services; s++) if (r[i * services + s] === 1) needed.push(s);
    const line = data.get('r')?.line ?? 1;
    if (needed.length === 0) throw new ParseError(line, `patient ${i} requires no service`);
    if (needed.length > 2)
      throw new ParseError(line, `patient ${i} requires ${needed.length} services`);
    if (doubles.has(i) !== (needed.length === 2))
      throw new ParseError(
        data.get('DS')?.line ?? line,
        `patient ${i}: DS membership disagrees with its ${needed.length} required service(s)`,
      );
    const visitFor = (s: number, suffix: string): InstanceVisit => ({
      id: `${i}${suffix}`,
      location: `n${i}`,
      // Durations do not depend on the caregiver in these instances: vehicle 0's row is used.
      duration: p[(i * vehicles + 0) * services + s] ?? 0,
      windows: [{ start: e[i] ?? 0, end: OPEN_END }],
      dueBy: l[i] ?? 0,
      skills: [`s${s}`],
    });
    const [first, second] = needed;
    if (first === undefined) continue;
    if (second === undefined) {
      visits.push(visitFor(first, ''));
      continue;
    }
    visits.push(visitFor(first, 'a'), visitFor(second, 'b'));
    const lo = mind[i] ?? 0;
    const hi = maxd[i] ?? 0;
    links.push(
      lo <= 0.001 && hi <= 0.001
        ? { kind: 'synchronized', first: `${i}a`, second: `${i}b` }
        : { kind: 'precedence', first: `${i}a`, second: `${i}b`, minGap: lo, maxGap: hi },
    );
  }
  const ids = locations.map((loc) => loc.id);
  const durations = ids.map((_, i) => ids.map((__, j) => d[i * nodes + j] ?? 0));
  return {
    name,
    locations,
    travel: { kind: 'matrix', locations: ids, durations },
    vehicles: Array.from({ length: vehicles }, (_, v) => ({
      id: `c${v}`,
      start: 'n0',
      end: `n${nodes - 1}`,
      // The end depot's l is the only hard closing time (patients' l are soft).
      shift: { start: e[0] ?? 0, end: l[nodes - 1] ?? OPEN_END },
      skills: skillsOf(v),
    })),
    visits,
    links,
    rules: {
      skills: { mode: 'hard', penalty: 0 },
      licence: { mode: 'ignore', penalty: 0 },
      language: { mode: 'ignore', penalty: 0 },
      continuity: { mode: 'ignore', penalty: 0 },
    },
    objective: {
      distanceWeight: 1 / 3,
      travelTimeWeight: 0,
      workingTimeWeight: 0,
      minimizeRoutes: false,
      tardinessWeight: 1 / 3,
      maxTardinessWeight: 1 / 3,
    },
  };
}

function readSections(text: string): Map<Section, { line: number; values: number[] }> {
  const out = new Map<Section, { line: number; values: number[] }>();
  let current: { line: number; values: number[] } | undefined;
  for (const { line, text: raw } of splitLines(text)) {
    const t = raw.trim();
    if (t === '') continue;
    if ((SECTIONS as readonly string[]).includes(t)) {
      current = { line, values: [] };
      out.set(t as Section, current);
      continue;
    }
    if (current === undefined) throw new ParseError(line, `expected a section name, found "${t}"`);
    if (/^[A-Za-z]/.test(t)) throw new ParseError(line, `unknown section "${t}"`);
    current.values.push(...parseNumbers(t, line));
  }
  for (const s of ['nbNodes', 'nbVehi', 'nbServi'] as const)
    if (!out.has(s)) throw new ParseError(1, `missing section "${s}"`);
  return out;
}
