import { describe, expect, it } from 'vitest';
import { loadReferralFixture } from '../fixtures/fixture-bundles.ts';
import { validateResource } from './validate-standalone.ts';

describe('validating one resource outside a bundle', () => {
  it('accepts a valid Patient and names problems from the resource type', () => {
    const patient = loadReferralFixture('vancomycin-picc-discharge').resource(0);
    expect(validateResource(patient).issue).toEqual([
      expect.objectContaining({ severity: 'information', details: { text: 'All OK' } }),
    ]);
    patient.gender = 'F';
    expect(validateResource(patient).issue).toEqual([
      expect.objectContaining({ code: 'code-invalid', expression: ['Patient.gender'] }),
    ]);
  });

  it('reports a real R4 type intake does not read as information, and a made-up one as an error', () => {
    expect(validateResource({ resourceType: 'Observation', status: 'final' }).issue).toEqual([
      expect.objectContaining({ severity: 'information', code: 'informational' }),
    ]);
    expect(validateResource({ resourceType: 'Referral' }).issue).toEqual([
      expect.objectContaining({ severity: 'error', code: 'not-supported' }),
    ]);
  });
});
