import { describe, expect, it } from 'vitest';
import { loadReferralFixture } from '../fixtures/fixture-bundles.ts';
import type { OperationOutcome } from '../outcome/operation-outcome.ts';
import { validateBundle } from './validate-bundle.ts';

/** A fresh copy of the vancomycin referral; entry indexes below refer to it. */
const newBundle = () => loadReferralFixture('vancomycin-picc-discharge');

const OSTEOMYELITIS = 10;
const MEDICATION_REQUEST = 13;

function issuesAt(outcome: OperationOutcome, expression: string) {
  return outcome.issue.filter((i) => i.expression?.[0] === expression);
}

function expectIssue(outcome: OperationOutcome, expression: string, code: string) {
  expect(issuesAt(outcome, expression)).toContainEqual(
    expect.objectContaining({ code, severity: 'error' }),
  );
}

describe('references are resolved inside the bundle', () => {
  it('rejects a urn:uuid reference that no entry carries', () => {
    const { bundle, resource } = newBundle();
    resource(MEDICATION_REQUEST).subject = {
      reference: 'urn:uuid:00000000-0000-4000-8000-000000000000',
    };
    expectIssue(
      validateBundle(bundle),
      `Bundle.entry[${MEDICATION_REQUEST}].resource.subject`,
      'not-found',
    );
  });

  it('rejects a relative reference missing from a transaction bundle', () => {
    const { bundle, resource } = newBundle();
    resource(OSTEOMYELITIS).subject = { reference: 'Patient/999' };
    expectIssue(
      validateBundle(bundle),
      `Bundle.entry[${OSTEOMYELITIS}].resource.subject`,
      'not-found',
    );
  });

  it('rejects a reference to a resource type the element does not allow', () => {
    const { bundle, resource } = newBundle();
    resource(MEDICATION_REQUEST).subject = {
      reference: 'urn:uuid:5b0c2f6e-1d3a-4c1e-9a51-2f2d7c1b0a05',
    };
    const issues = issuesAt(
      validateBundle(bundle),
      `Bundle.entry[${MEDICATION_REQUEST}].resource.subject`,
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'structure', severity: 'error' }),
    );
    expect(issues[0]?.details.text).toMatch(/Practitioner.*Patient \| Group/);
  });

  it('rejects a contained reference with no contained resource behind it', () => {
    const { bundle, resource } = newBundle();
    delete resource(MEDICATION_REQUEST).medicationCodeableConcept;
    resource(MEDICATION_REQUEST).medicationReference = { reference: '#med1' };
    expectIssue(
      validateBundle(bundle),
      `Bundle.entry[${MEDICATION_REQUEST}].resource.medication.ofType(Reference)`,
      'not-found',
    );
  });

  it('rejects a contained resource nothing refers to (dom-3)', () => {
    const { bundle, resource } = newBundle();
    resource(MEDICATION_REQUEST).contained = [
      { resourceType: 'Medication', id: 'orphan', status: 'active' },
    ];
    expectIssue(
      validateBundle(bundle),
      `Bundle.entry[${MEDICATION_REQUEST}].resource.contained[0]`,
      'invariant',
    );
  });
});
