import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFhirText } from './check-fhir-text.ts';

const fixture = readFileSync(
  new URL('./fixtures/vancomycin-picc-discharge.bundle.json', import.meta.url),
  'utf8',
);

describe('fhir check (what the analysts run)', () => {
  it('exits 0 with the outcome when the bundle would be accepted', () => {
    const result = checkFhirText(fixture);
    expect(result.exitCode).toBe(0);
    expect(result.summary).toBe('accepted: 2 information');
  });

  it('exits 1 when the bundle would be rejected', () => {
    const result = checkFhirText(fixture.replace('"gender": "male"', '"gender": "M"'));
    expect(result.exitCode).toBe(1);
    expect(result.summary).toBe('rejected: 1 error, 2 information');
    expect(result.referral).toBeUndefined();
  });

  it('answers text that is not JSON with a structure issue instead of a stack trace', () => {
    const result = checkFhirText('MSH|^~\\&|EPIC|...');
    expect(result.exitCode).toBe(1);
    expect(result.outcome.issue).toEqual([
      expect.objectContaining({
        severity: 'fatal',
        code: 'structure',
        diagnostics: expect.any(String) as unknown,
      }),
    ]);
  });
});
