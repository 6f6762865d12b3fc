import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReferralFixture } from '../fixtures/fixture-bundles.ts';
import { readReferralBundle } from './read-referral-bundle.ts';

type Json = Record<string, unknown>;

/** Every object/array position in a JSON tree, as paths of keys. */
function positions(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v] as [number, unknown])
    : Object.entries(value as Json);
  return entries.flatMap(([k, v]) => [[...path, k], ...positions(v, [...path, k])]);
}

function replaceAt(root: Json, path: readonly (string | number)[], replacement: unknown): void {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  const last = path[path.length - 1];
  if (last !== undefined) (node as Record<string | number, unknown>)[last] = replacement;
}

const PATHS = positions(loadReferralFixture('vancomycin-picc-discharge').bundle);

describe('bad input is an OperationOutcome, never an exception', () => {
  it('answers any JSON value with an OperationOutcome', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = readReferralBundle(json);
        expect(result.outcome.resourceType).toBe('OperationOutcome');
        expect(result.outcome.issue.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a referral bundle with any element replaced by any JSON value', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: PATHS.length - 1 }), fc.jsonValue({ maxDepth: 2 })),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (edits) => {
          const { bundle } = loadReferralFixture('vancomycin-picc-discharge');
          for (const [index, value] of edits) {
            const path = PATHS[index];
            if (path === undefined) continue;
            try {
              replaceAt(bundle, path, value);
            } catch {
              // an earlier edit removed the parent: nothing to replace
            }
          }
          const result = readReferralBundle(bundle);
          expect(result.outcome.resourceType).toBe('OperationOutcome');
          if (result.referral !== undefined) {
            expect(
              result.outcome.issue.some((i) => i.severity === 'error' || i.severity === 'fatal'),
            ).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
