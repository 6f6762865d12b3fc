import type { RoutingInstance } from '../model/instance-types.ts';
import { validateInstance } from '../model/validate-instance.ts';
import type { JsonValue } from './json-with-lines.ts';
import { parseJsonWithLines } from './json-with-lines.ts';
import { ParseError } from './parse-error.ts';

type Shape =
  | 'string'
  | 'number'
  | 'numberOrNull'
  | 'boolean'
  | { array: Shape }
  | { object: Record<string, Shape>; required: readonly string[] }
  | { oneOf: readonly string[] }
  | 'any';

const span: Shape = { object: { start: 'number', end: 'number' }, required: ['start', 'end'] };
const rule: Shape = {
  object: { mode: { oneOf: ['hard', 'soft', 'ignore'] }, penalty: 'number' },
  required: ['mode'],
};

/** The JSON instance format, field by field (see ../README.md). */
const INSTANCE: Shape = {
  object: {
    name: 'string',
    locations: {
      array: {
        object: { id: 'string', lat: 'number', lon: 'number', x: 'number', y: 'number' },
        required: ['id'],
      },
    },
    travel: {
      object: {
        kind: { oneOf: ['euclidean', 'great-circle', 'matrix'] },
        speed: 'number',
        roadFactor: 'number',
        speedKmh: 'number',
        locations: { array: 'string' },
        durations: { array: { array: 'numberOrNull' } },
        distances: { array: { array: 'numberOrNull' } },
      },
      required: ['kind'],
    },
    vehicles: {
      array: {
        object: {
          id: 'string',
          role: { oneOf: ['nurse', 'driver'] },
          start: 'string',
          end: 'string',
          shift: span,
          maxWorkingTime: 'number',
          break: { object: { duration: 'number', window: span }, required: ['duration', 'window'] },
          capacity: { array: 'number' },
          skills: { array: 'string' },
          licences: { array: 'string' },
          languages: { array: 'string' },
          fixedCost: 'number',
          count: 'number',
        },
        required: ['id', 'start', 'shift'],
      },
    },
    visits: {
      array: {
        object: {
          id: 'string',
          location: 'string',
          duration: 'number',
          windows: { array: span },
          appointment: 'number',
          dueBy: 'number',
          demand: { array: 'number' },
          skills: { array: 'string' },
          state: 'string',
          language: 'string',
          preferredVehicles: { array: 'string' },
          allowedVehicles: { array: 'string' },
          priority: 'number',
          maxTimeFromStart: 'number',
        },
        required: ['id', 'location', 'duration'],
      },
    },
    links: {
      array: {
        object: {
          kind: { oneOf: ['precedence', 'synchronized'] },
          first: 'string',
          second: 'string',
          minGap: 'number',
          maxGap: 'number',
        },
        required: ['kind', 'first', 'second'],
      },
    },
    rules: {
      object: { skills: rule, licence: rule, language: rule, continuity: rule },
      required: [],
    },
    objective: {
      object: {
        distanceWeight: 'number',
        travelTimeWeight: 'number',
        workingTimeWeight: 'number',
        minimizeRoutes: 'boolean',
        tardinessWeight: 'number',
        maxTardinessWeight: 'number',
        unassignedPenalty: 'number',
      },
      required: [],
    },
    capacityDimensions: { array: 'string' },
  },
  required: ['locations', 'vehicles', 'visits'],
};

/**
 * Reads our JSON instance format: syntax, field types, then references and values; the first
 * problem is thrown as a ParseError with its line number.
 */
export function parseJsonInstance(text: string): RoutingInstance {
  const { value, lineOf } = parseJsonWithLines(text);
  const problem = findShapeProblem(value, INSTANCE, '');
  if (problem !== undefined)
    throw new ParseError(lineOf(problem.path), `${problem.path || 'document'}: ${problem.message}`);
  const instance = value as unknown as RoutingInstance;
  const issue = validateInstance(instance)[0];
  if (issue !== undefined)
    throw new ParseError(lineOf(issue.path), `${issue.path}: ${issue.message}`);
  return instance;
}

function findShapeProblem(
  value: JsonValue,
  shape: Shape,
  path: string,
): { path: string; message: string } | undefined {
  if (shape === 'any') return undefined;
  if (shape === 'numberOrNull') {
    if (value !== null && typeof value !== 'number')
      return { path, message: 'must be a number or null' };
    return undefined;
  }
  if (shape === 'string' || shape === 'number' || shape === 'boolean') {
    if (typeof value !== shape) return { path, message: `must be a ${shape}` };
    return undefined;
  }
  if ('oneOf' in shape) {
    if (typeof value !== 'string' || !shape.oneOf.includes(value))
      return { path, message: `must be one of ${shape.oneOf.join(', ')}` };
    return undefined;
  }
  if ('array' in shape) {
    if (!Array.isArray(value)) return { path, message: 'must be an array' };
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item === undefined) continue;
      const found = findShapeProblem(item, shape.array, `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { path, message: 'must be an object' };
  for (const key of shape.required)
    if (!(key in value)) return { path, message: `missing "${key}"` };
  for (const [key, item] of Object.entries(value)) {
    const child = shape.object[key];
    const at = path === '' ? key : `${path}.${key}`;
    if (child === undefined) return { path: at, message: `unknown field "${key}"` };
    const found = findShapeProblem(item, child, at);
    if (found !== undefined) return found;
  }
  return undefined;
}
