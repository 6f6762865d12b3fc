import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateBundle } from './validate-bundle.ts';

// Synthea R4 bundles (NimbusInformatics/bdcat-fhir-azure-prototype; fixtures/external/fhir/README.md).
const SYNTHEA = new URL('../../../../../fixtures/external/fhir/synthea/', import.meta.url);
const files = readdirSync(SYNTHEA).filter((f) => f.endsWith('.json'));
const read = (file: string): string => readFileSync(new URL(file, SYNTHEA), 'utf8');

describe('Synthea bundles', () => {
  it.each(files)('reads %s without a fatal issue', (file) => {
    const outcome = validateBundle(JSON.parse(read(file)));
    expect(outcome.issue.filter((i) => i.severity === 'fatal')).toEqual([]);
  });

  it('reports resource types intake does not use as information, one per entry', () => {
    const file = files.find((f) => f.startsWith('Bibi254'));
    if (file === undefined) throw new Error('fixture missing');
    const bundle = JSON.parse(read(file)) as { entry: { resource: { resourceType: string } }[] };
    const outcome = validateBundle(bundle);
    const ignored = outcome.issue.filter(
      (i) => i.severity === 'information' && i.code === 'informational',
    );
    const encounterIndexes = bundle.entry
      .map((e, i) => (e.resource.resourceType === 'Encounter' ? i : -1))
      .filter((i) => i >= 0);
    expect(encounterIndexes.length).toBeGreaterThan(0);
    for (const i of encounterIndexes) {
      expect(ignored.map((issue) => issue.expression?.[0])).toContain(
        `Bundle.entry[${i}].resource`,
      );
    }
    expect(ignored.length).toBe(
      bundle.entry.filter(
        (e) =>
          !['Patient', 'Organization', 'Practitioner', 'Condition'].includes(
            e.resource.resourceType,
          ),
      ).length,
    );
  });

  it('flags the Synthea practitioner NPIs whose check digit is wrong (an upstream quirk)', () => {
    // Synthea numbers its practitioners downwards from 9999999999 without computing the Luhn
    // check digit, so most of its "NPIs" are not valid NPIs. 9999999979 happens to be valid.
    const outcome = validateBundle(JSON.parse(read('practitionerInformation1603148702656.json')));
    const npiErrors = outcome.issue.filter((i) => i.code === 'code-invalid');
    expect(npiErrors.length).toBeGreaterThan(0);
    const paths = npiErrors.map((i) => i.expression?.[0] ?? '');
    expect(paths.every((p) => p.endsWith('.resource.identifier[0].value'))).toBe(true);
    expect(npiErrors.some((i) => i.details.text.includes('"9999999989"'))).toBe(true);
    expect(npiErrors.some((i) => i.details.text.includes('"9999999979"'))).toBe(false);
  });

  it('validates the largest Synthea bundle in well under a second', () => {
    const largest = files
      .map((f) => ({ f, size: read(f).length }))
      .sort((a, b) => b.size - a.size)[0];
    if (largest === undefined) throw new Error('no fixtures');
    const json: unknown = JSON.parse(read(largest.f));
    validateBundle(json);
    const start = performance.now();
    validateBundle(json);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
