import { describe, expect, it } from 'vitest';
import type { ReferralDraft } from '../../intake/referral-draft.ts';
import { loadReferralFixture } from '../fixtures/fixture-bundles.ts';
import { readReferralBundle } from './read-referral-bundle.ts';

type Json = Record<string, unknown>;

const vancomycin = () => loadReferralFixture('vancomycin-picc-discharge');

function mapOrFail(bundle: Json): ReferralDraft {
  const result = readReferralBundle(bundle);
  if (result.referral === undefined) throw new Error(JSON.stringify(result.outcome, null, 2));
  return result.referral;
}

describe('what a referral needs', () => {
  it('names each missing thing once: Patient, MedicationRequest, prescriber', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:0f1e2d3c-4b5a-4968-8776-655443322110',
          resource: { resourceType: 'Organization', name: 'Springfield General Hospital' },
        },
      ],
    };
    const result = readReferralBundle(bundle);
    expect(result.referral).toBeUndefined();
    const required = result.outcome.issue.filter((i) => i.severity === 'error');
    expect(required.map((i) => i.code)).toEqual(['required', 'required', 'required']);
    const texts = required.map((i) => i.details.text).join('\n');
    expect(texts).toMatch(/no Patient/);
    expect(texts).toMatch(/no MedicationRequest/);
    expect(texts).toMatch(/no prescriber/);
  });

  it('asks for the prescriber NPI and a full birth date', () => {
    const { bundle, resource } = vancomycin();
    resource(4).identifier = [
      { system: 'https://springfieldgeneral.example/staff', value: 'AR-1' },
    ];
    resource(0).birthDate = '1968';
    const result = readReferralBundle(bundle);
    expect(result.referral).toBeUndefined();
    const errors = result.outcome.issue.filter((i) => i.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'required',
        expression: ['Bundle.entry[0].resource.birthDate'],
      }),
      expect.objectContaining({
        code: 'required',
        expression: ['Bundle.entry[4].resource.identifier'],
      }),
    ]);
  });

  it('maps nothing from a bundle that breaks FHIR rules, and says why', () => {
    const { bundle, resource } = vancomycin();
    resource(0).gender = 'M';
    const result = readReferralBundle(bundle);
    expect(result.referral).toBeUndefined();
    expect(result.outcome.issue[0]).toEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'code-invalid',
        expression: ['Bundle.entry[0].resource.gender'],
      }),
    );
  });

  it('maps the first open MedicationRequest and warns about the others', () => {
    const { bundle } = vancomycin();
    const entries = bundle.entry as Json[];
    const order = entries[13];
    if (order === undefined) throw new Error('fixture changed');
    const flush = structuredClone(order);
    flush.fullUrl = 'urn:uuid:5b0c2f6e-1d3a-4c1e-9a51-2f2d7c1b0a99';
    const flushRequest = flush.resource as Json;
    flushRequest.medicationCodeableConcept = { text: 'Sodium chloride 0.9% flush' };
    entries.push(flush);
    const result = readReferralBundle(bundle);
    expect(result.referral?.prescription.drugName).toBe('Vancomycin');
    expect(result.outcome.issue).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'business-rule',
        expression: ['Bundle.entry[15].resource'],
      }),
    );
  });

  it('falls back to the encounter diagnosis as primary when no order names a reason', () => {
    const { bundle, resource } = vancomycin();
    delete resource(13).reasonReference;
    delete resource(14).reasonReference;
    const diagnoses = mapOrFail(bundle).diagnoses;
    expect(diagnoses.map((d) => [d.code, d.isPrimary])).toEqual([
      ['M86.171', true],
      ['E11.9', false],
    ]);
  });

  it('treats routine priority as standard urgency', () => {
    const { bundle, resource } = vancomycin();
    resource(13).priority = 'routine';
    resource(14).priority = 'routine';
    expect(mapOrFail(bundle).urgency).toBe('standard');
  });
});
