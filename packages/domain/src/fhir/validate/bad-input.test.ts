import { describe, expect, it } from 'vitest';
import { loadReferralFixture } from '../fixtures/fixture-bundles.ts';
import type { OperationOutcome } from '../outcome/operation-outcome.ts';
import { validateBundle } from './validate-bundle.ts';

type Json = Record<string, unknown>;

/** A fresh copy of the vancomycin referral; entry indexes below refer to it. */
const newBundle = () => loadReferralFixture('vancomycin-picc-discharge');
const PATIENT = 0;
const PRACTITIONER = 4;
const COVERAGE = 6;
const ENCOUNTER = 8;
const OSTEOMYELITIS = 10;
const MEDICATION_REQUEST = 13;

function issuesAt(outcome: OperationOutcome, expression: string) {
  return outcome.issue.filter((i) => i.expression?.[0] === expression);
}

function expectIssue(
  outcome: OperationOutcome,
  expression: string,
  code: string,
  severity = 'error',
) {
  expect(issuesAt(outcome, expression)).toContainEqual(expect.objectContaining({ code, severity }));
}

describe('a well-formed referral bundle', () => {
  it('has no error or warning, only information about what intake ignores', () => {
    const outcome = validateBundle(newBundle().bundle);
    expect(outcome.issue.map((i) => i.severity)).toEqual(['information', 'information']);
  });
});

describe('bad input gets an OperationOutcome naming the element', () => {
  it('rejects a resource type that FHIR R4 does not have', () => {
    const { bundle, resource } = newBundle();
    resource(ENCOUNTER).resourceType = 'Encounterz';
    const outcome = validateBundle(bundle);
    expectIssue(outcome, `Bundle.entry[${ENCOUNTER}].resource`, 'not-supported');
  });

  it('rejects a gender outside AdministrativeGender', () => {
    const { bundle, resource } = newBundle();
    resource(PATIENT).gender = 'M';
    const issues = issuesAt(validateBundle(bundle), `Bundle.entry[${PATIENT}].resource.gender`);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', code: 'code-invalid' })]);
    expect(issues[0]?.details.text).toContain('male, female, other, unknown');
  });

  it('rejects a Condition clinicalStatus code outside its required value set', () => {
    const { bundle, resource } = newBundle();
    const status = resource(OSTEOMYELITIS).clinicalStatus as { coding: Json[] };
    status.coding[0] = {
      system: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
      code: 'ongoing',
    };
    expectIssue(
      validateBundle(bundle),
      `Bundle.entry[${OSTEOMYELITIS}].resource.clinicalStatus.coding[0].code`,
      'code-invalid',
    );
  });

  it('rejects an ICD-10-CM code that is not in ICD-10-CM format', () => {
    const { bundle, resource } = newBundle();
    const code = resource(OSTEOMYELITIS).code as { coding: Json[] };
    const coding = code.coding[0];
    if (coding === undefined) throw new Error('fixture changed');
    coding.code = '730.07';
    expectIssue(
      validateBundle(bundle),
      `Bundle.entry[${OSTEOMYELITIS}].resource.code.coding[0].code`,
      'code-invalid',
    );
  });

  it('rejects an NPI whose check digit is wrong', () => {
    const { bundle, resource } = newBundle();
    resource(PRACTITIONER).identifier = [
      { system: 'http://hl7.org/fhir/sid/us-npi', value: '1659384726' },
    ];
    const issues = issuesAt(
      validateBundle(bundle),
      `Bundle.entry[${PRACTITIONER}].resource.identifier[0].value`,
    );
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', code: 'code-invalid' })]);
    expect(issues[0]?.details.text).toMatch(/check digit/);
  });

  it.each(['1968-02-30', '1968-13-01', '03/14/1968', '1968-3-14'])(
    'rejects the birth date %s',
    (date) => {
      const { bundle, resource } = newBundle();
      resource(PATIENT).birthDate = date;
      expectIssue(validateBundle(bundle), `Bundle.entry[${PATIENT}].resource.birthDate`, 'value');
    },
  );

  it('rejects a dateTime with a time but no time zone', () => {
    const { bundle, resource } = newBundle();
    resource(MEDICATION_REQUEST).authoredOn = '2024-06-10T14:05:00';
    expectIssue(
      validateBundle(bundle),
      `Bundle.entry[${MEDICATION_REQUEST}].resource.authoredOn`,
      'value',
    );
  });

  it('rejects an element R4 does not define', () => {
    const { bundle, resource } = newBundle();
    resource(PATIENT).eyeColour = 'brown';
    expectIssue(validateBundle(bundle), `Bundle.entry[${PATIENT}].resource.eyeColour`, 'structure');
  });

  it('explains that a [x] element names its type', () => {
    const { bundle, resource } = newBundle();
    const mr = resource(MEDICATION_REQUEST);
    mr.medication = mr.medicationCodeableConcept;
    delete mr.medicationCodeableConcept;
    const outcome = validateBundle(bundle);
    const [unknown] = issuesAt(outcome, `Bundle.entry[${MEDICATION_REQUEST}].resource.medication`);
    expect(unknown?.details.text).toContain('medicationCodeableConcept');
    expectIssue(outcome, `Bundle.entry[${MEDICATION_REQUEST}].resource.medication`, 'required');
  });

  it('rejects two types for one [x] element', () => {
    const { bundle, resource } = newBundle();
    resource(MEDICATION_REQUEST).medicationReference = { display: 'vancomycin' };
    expectIssue(
      validateBundle(bundle),
      `Bundle.entry[${MEDICATION_REQUEST}].resource.medication`,
      'structure',
    );
  });

  it('rejects an array where the cardinality is 0..1', () => {
    const { bundle, resource } = newBundle();
    resource(PATIENT).birthDate = ['1968-03-14'];
    expectIssue(validateBundle(bundle), `Bundle.entry[${PATIENT}].resource.birthDate`, 'structure');
  });

  it('rejects a single object where the element repeats', () => {
    const { bundle, resource } = newBundle();
    resource(COVERAGE).payor = { reference: 'urn:uuid:5b0c2f6e-1d3a-4c1e-9a51-2f2d7c1b0a04' };
    expectIssue(validateBundle(bundle), `Bundle.entry[${COVERAGE}].resource.payor`, 'structure');
  });

  it('rejects a missing 1..1 element', () => {
    const { bundle, resource } = newBundle();
    delete resource(MEDICATION_REQUEST).status;
    expectIssue(
      validateBundle(bundle),
      `Bundle.entry[${MEDICATION_REQUEST}].resource.status`,
      'required',
    );
  });

  it('rejects an empty array, an empty object and an empty string', () => {
    const { bundle, resource } = newBundle();
    resource(PATIENT).photo = [];
    resource(PATIENT).maritalStatus = {};
    resource(PATIENT).birthDate = '';
    const outcome = validateBundle(bundle);
    expectIssue(outcome, `Bundle.entry[${PATIENT}].resource.photo`, 'structure');
    expectIssue(outcome, `Bundle.entry[${PATIENT}].resource.maritalStatus`, 'invariant');
    expectIssue(outcome, `Bundle.entry[${PATIENT}].resource.birthDate`, 'value');
  });

  it('rejects a value of the wrong JSON type', () => {
    const { bundle, resource } = newBundle();
    resource(PATIENT).active = 'true';
    expectIssue(validateBundle(bundle), `Bundle.entry[${PATIENT}].resource.active`, 'structure');
  });

  it('accepts a primitive extension and rejects a null without one', () => {
    const { bundle, resource } = newBundle();
    resource(PATIENT)._birthDate = {
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/patient-birthTime',
          valueDateTime: '1968-03-14T06:15:00-06:00',
        },
      ],
    };
    expect(issuesAt(validateBundle(bundle), `Bundle.entry[${PATIENT}].resource.birthDate`)).toEqual(
      [],
    );
    resource(PATIENT).name = [null];
    expectIssue(validateBundle(bundle), `Bundle.entry[${PATIENT}].resource.name[0]`, 'structure');
  });

  it('checks invariants: ext-1 and per-1', () => {
    const { bundle, resource } = newBundle();
    resource(PATIENT).extension = [
      { url: 'http://example.org/x', valueString: 'a', extension: [{ url: 'y', valueCode: 'b' }] },
    ];
    resource(COVERAGE).period = { start: '2024-12-31', end: '2024-01-01' };
    const outcome = validateBundle(bundle);
    expectIssue(outcome, `Bundle.entry[${PATIENT}].resource.extension[0]`, 'invariant');
    expectIssue(outcome, `Bundle.entry[${COVERAGE}].resource.period`, 'invariant');
  });

  it('refuses a bundle type intake does not take', () => {
    const { bundle } = newBundle();
    bundle.type = 'searchset';
    expectIssue(validateBundle(bundle), 'Bundle.type', 'not-supported');
  });

  it('requires entry.request in a transaction (bdl-3) and unique fullUrls (bdl-7)', () => {
    const { bundle } = newBundle();
    const entries = bundle.entry as Json[];
    const [first, second] = entries;
    if (first === undefined || second === undefined) throw new Error('fixture changed');
    delete first.request;
    second.fullUrl = first.fullUrl;
    const outcome = validateBundle(bundle);
    expectIssue(outcome, 'Bundle.entry[0]', 'invariant');
    expectIssue(outcome, 'Bundle.entry[1].fullUrl', 'invariant');
  });

  it('rejects a fullUrl that does not name the entry resource', () => {
    const { bundle } = newBundle();
    const entries = bundle.entry as Json[];
    const first = entries[0];
    if (first === undefined) throw new Error('fixture changed');
    first.fullUrl = 'https://ehr.example.org/fhir/Practitioner/1';
    expectIssue(validateBundle(bundle), 'Bundle.entry[0].fullUrl', 'value');
  });

  it.each([
    ['an array', []],
    ['a string', 'Bundle'],
    ['null', null],
    ['a number', 42],
  ])('answers %s with a fatal structure issue', (_label, json) => {
    const outcome = validateBundle(json);
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue).toEqual([
      expect.objectContaining({ severity: 'fatal', code: 'structure' }),
    ]);
  });

  it('asks for a Bundle when sent a single resource', () => {
    const { resource } = newBundle();
    const outcome = validateBundle(resource(PATIENT));
    expect(outcome.issue).toEqual([
      expect.objectContaining({ severity: 'error', code: 'structure', expression: ['Patient'] }),
    ]);
  });
});
