import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateBundle } from './validate-bundle.ts';

// Official FHIR R4 examples (fhir-crucible/fhir_models copy; see fixtures/external/fhir/README.md).
const EXAMPLES = new URL('../../../../../fixtures/external/fhir/hl7-r4-examples/', import.meta.url);

function load(folder: string, file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${folder}/${file}`, EXAMPLES), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** Wraps one resource in a collection bundle under its canonical hl7.org URL. */
function wrap(resource: Record<string, unknown>): unknown {
  if (resource.resourceType === 'Bundle') return resource;
  const fullUrl = `http://hl7.org/fhir/${String(resource.resourceType)}/${String(resource.id)}`;
  return { resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl, resource }] };
}

const FOLDERS = ['Patient', 'ServiceRequest', 'MedicationRequest', 'Coverage', 'Medication'];
const cases = FOLDERS.flatMap((folder) =>
  readdirSync(new URL(`${folder}/`, EXAMPLES))
    .filter((f) => f.endsWith('.json'))
    .map((file) => [folder, file] as const),
);

describe('official FHIR R4 examples', () => {
  it('finds the examples of every supported type', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  it.each(cases)('accepts %s/%s wrapped in a collection bundle', (folder, file) => {
    const outcome = validateBundle(wrap(load(folder, file)));
    const problems = outcome.issue.filter((i) => i.severity === 'error' || i.severity === 'fatal');
    expect(problems).toEqual([]);
  });

  it('warns, without rejecting, about references to examples that are not in the bundle', () => {
    // medicationrequest0301 points at Patient/pat1, Practitioner/f007 and others not copied here.
    const outcome = validateBundle(wrap(load('MedicationRequest', 'medicationrequest0301.json')));
    const notFound = outcome.issue.filter((i) => i.code === 'not-found');
    expect(notFound.length).toBeGreaterThan(0);
    expect(notFound.every((i) => i.severity === 'warning')).toBe(true);
    expect(notFound.map((i) => i.expression?.[0])).toContain('Bundle.entry[0].resource.subject');
  });

  it('checks the contained Medication of a MedicationRequest element by element', () => {
    const request = load('MedicationRequest', 'medicationrequest0301.json');
    const contained = request.contained as Record<string, unknown>[];
    const medication = contained.find((c) => c.resourceType === 'Medication');
    if (medication === undefined) throw new Error('example changed: no contained Medication');
    medication.colour = 'blue';
    const outcome = validateBundle(wrap(request));
    const index = contained.indexOf(medication);
    expect(outcome.issue).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'structure',
        expression: [`Bundle.entry[0].resource.contained[${index}].colour`],
      }),
    );
  });
});
