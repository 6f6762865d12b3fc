import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The VRPTW reference data vendored in the repository (fixtures/external/vrptw). */
export const VRPTW_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'fixtures',
  'external',
  'vrptw',
);

export function readFixture(...parts: string[]): string {
  return readFileSync(join(VRPTW_DIR, ...parts), 'utf8');
}

export function listFixtures(...parts: string[]): string[] {
  return readdirSync(join(VRPTW_DIR, ...parts)).sort();
}

/** Reads a small CSV (quoted fields allowed) into records keyed by header. */
export function readCsv(...parts: string[]): Record<string, string>[] {
  const lines = readFixture(...parts)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const split = (line: string): string[] => {
    const out: string[] = [];
    let field = '';
    let quoted = false;
    for (const c of line) {
      if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) {
        out.push(field);
        field = '';
      } else field += c;
    }
    out.push(field);
    return out;
  };
  const header = split(lines[0] ?? '');
  return lines.slice(1).map((line) => {
    const cells = split(line);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

/** CPU time of this process in ms: "10 seconds on one core" even when the machine is shared. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export function formatNumber(x: number, digits = 2): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '—';
}

export function mean(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
}
