// Route optimizer on the command line.
//
//   npm run solve -- FILE [--seconds N] [--seed S] [--iterations N] [--json]
//   npm run solve -- check INSTANCE SOLUTION
//
// FILE is a Solomon / Gehring-Homberger .txt, a Mankowska et al. (2014) HHCRSP file, or our JSON
// instance format (packages/domain/src/routing/README.md). Progress goes to stderr; the plan to
// stdout (--json: for Solomon files {"routes": [[customers...]], "distance": d};
// otherwise the full solution). `check` verifies either form with the independent checker.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RouteList, RoutingInstance, RoutingSolution } from '@infusio/domain/routing';
import {
  ParseError,
  checkRouteList,
  checkSolution,
  parseJsonInstance,
  parseMankowska,
  parseSolomon,
  solveRouting,
} from '@infusio/domain/routing';

type Format = 'solomon' | 'mankowska' | 'json';

function detectFormat(text: string): Format {
  const head = text.trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('nbNodes')) return 'mankowska';
  return 'solomon';
}

/** `npm run solve` runs in apps/server: resolve paths against the directory it was typed in. */
function readText(file: string): string {
  return readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
}

function readInstance(file: string): { instance: RoutingInstance; format: Format } {
  const text = readText(file);
  const format = detectFormat(text);
  const name =
    file
      .split('/')
      .pop()
      ?.replace(/\.[^.]+$/, '') ?? file;
  switch (format) {
    case 'json':
      return { instance: parseJsonInstance(text), format };
    case 'mankowska':
      return { instance: parseMankowska(text, name), format };
    case 'solomon':
      return { instance: parseSolomon(text), format };
  }
}

interface Flags {
  seconds: number;
  seed: number;
  iterations: number;
  json: boolean;
  positional: string[];
}

function parseFlags(args: string[]): Flags {
  const flags: Flags = { seconds: 10, seed: 1, iterations: Infinity, json: false, positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = (): number => {
      const v = Number(args[++i]);
      if (!Number.isFinite(v) || v < 0) throw new UsageError(`${arg} needs a number ≥ 0`);
      return v;
    };
    if (arg === '--seconds') flags.seconds = value();
    else if (arg === '--seed') flags.seed = Math.floor(value());
    else if (arg === '--iterations') flags.iterations = Math.floor(value());
    else if (arg === '--json') flags.json = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else flags.positional.push(arg);
  }
  return flags;
}

class UsageError extends Error {}

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));

function printPlan(solution: RoutingSolution): void {
  for (const route of solution.routes) {
    const stops = route.stops.map((s) => s.visitId).join(' ');
    console.log(
      `${route.vehicleId}: ${stops}  (leaves ${fmt(route.departure)}, back ${fmt(route.arrival)}, distance ${fmt(route.distance)}${route.break === undefined ? '' : `, break at ${fmt(route.break.start)}`})`,
    );
  }
  for (const u of solution.unassigned)
    console.log(`unassigned ${u.visitId}: ${u.reason} — ${u.message}`);
  const t = solution.totals;
  console.log(
    `routes ${t.routes}, visits ${t.visits}, unassigned ${t.unassigned}, distance ${t.distance.toFixed(2)}, travel time ${t.travelTime.toFixed(2)}, working time ${t.workingTime.toFixed(2)}, tardiness ${t.tardiness.toFixed(2)}, soft penalties ${t.softPenalty.toFixed(2)}, cost ${t.cost.toFixed(2)}`,
  );
  console.log(
    `search: seed ${solution.search.seed}, ${solution.search.iterations} iterations, ${(solution.search.elapsedMs / 1000).toFixed(1)} s, stopped by ${solution.search.stoppedBy}`,
  );
}

function solve(flags: Flags): number {
  const file = flags.positional[0];
  if (file === undefined) throw new UsageError('missing instance file');
  const { instance, format } = readInstance(file);
  const solution = solveRouting(instance, {
    seed: flags.seed,
    timeLimitMs: flags.seconds * 1000,
    maxIterations: flags.iterations,
    // Mankowska's objective does not count routes: no time for route minimisation there.
    routeMinimizationShare: format === 'mankowska' ? 0 : 0.5,
    onProgress: (p) => {
      process.stderr.write(
        `  ${(p.elapsedMs / 1000).toFixed(1)} s  ${p.phase}  routes ${p.routes}  unassigned ${p.unassigned}  cost ${p.cost.toFixed(2)}\n`,
      );
    },
  });
  const report = checkSolution(instance, solution);
  if (flags.json) {
    if (format === 'solomon')
      console.log(
        JSON.stringify({
          routes: solution.routes.map((r) => r.stops.map((s) => Number(s.visitId))),
          distance: Math.round(solution.totals.distance * 100) / 100,
        }),
      );
    else console.log(JSON.stringify(solution, null, 2));
  } else printPlan(solution);
  if (!report.ok) {
    for (const v of report.violations) process.stderr.write(`check: ${v.where}: ${v.message}\n`);
    return 1;
  }
  process.stderr.write('check: every hard constraint holds; totals recomputed and matching\n');
  return 0;
}

function check(flags: Flags): number {
  const [instanceFile, solutionFile] = flags.positional.slice(1);
  if (instanceFile === undefined || solutionFile === undefined)
    throw new UsageError('usage: check INSTANCE SOLUTION');
  const { instance } = readInstance(instanceFile);
  const parsed = JSON.parse(readText(solutionFile)) as unknown;
  const isFull = typeof parsed === 'object' && parsed !== null && 'totals' in parsed;
  if (!isFull && !isRouteList(parsed))
    throw new UsageError(
      `${solutionFile}: expected {"routes": [[...], ...], "distance": d} or a full solution`,
    );
  const report = isFull
    ? checkSolution(instance, parsed as RoutingSolution)
    : checkRouteList(instance, parsed);
  const t = report.recomputed;
  console.log(
    `routes ${t.routes}, visits ${t.visits}, unassigned ${t.unassigned}, distance ${t.distance.toFixed(2)}, cost ${t.cost.toFixed(2)}`,
  );
  for (const v of report.violations) console.log(`violation: ${v.where}: ${v.message}`);
  console.log(
    report.ok ? 'OK: the solution is feasible' : `FAILED: ${report.violations.length} violation(s)`,
  );
  return report.ok ? 0 : 1;
}

function isRouteList(value: unknown): value is RouteList {
  if (typeof value !== 'object' || value === null || !('routes' in value)) return false;
  const routes: unknown = value.routes;
  return (
    Array.isArray(routes) &&
    routes.every(
      (r) => Array.isArray(r) && r.every((id) => typeof id === 'number' || typeof id === 'string'),
    )
  );
}

function main(): number {
  try {
    const flags = parseFlags(process.argv.slice(2));
    return flags.positional[0] === 'check' ? check(flags) : solve(flags);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(
        `${error.message}\nusage: npm run solve -- FILE [--seconds N] [--seed S] [--iterations N] [--json]\n       npm run solve -- check INSTANCE SOLUTION\n`,
      );
      return 2;
    }
    if (error instanceof ParseError || (error instanceof Error && error.name === 'InstanceError')) {
      process.stderr.write(`rejected: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main();
