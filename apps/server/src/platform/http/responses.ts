import type { TSchema } from 'typebox';
import { ProblemSchema } from './problem.ts';

/** A route's response map: its success schema plus problem+json for each error status it can give. */
export function withProblems<T extends Record<number, TSchema>>(
  success: T,
  errors: readonly number[] = [],
): T & Record<number, TSchema> {
  const map: Record<number, TSchema> = { ...success };
  for (const status of [400, 401, 403, ...errors]) map[status] = ProblemSchema;
  return map as T & Record<number, TSchema>;
}
