import { describe, expect, it } from 'vitest';
import type { OperationOutcome } from '@infusio/domain/fhir';
import { isOperationOutcome, referralIdOf } from './fhir-upload.ts';

const ID = '3f0c2a9e-8d1b-4c55-9a61-0b6e2f7d1c44';
const outcome = (diagnostics?: string): OperationOutcome => ({
  resourceType: 'OperationOutcome',
  issue: [
    {
      severity: 'information',
      code: 'informational',
      details: { text: 'Referral received.' },
      ...(diagnostics ? { diagnostics } : {}),
    },
  ],
});

describe('FHIR import answers', () => {
  it('finds the referral in the Location header', () => {
    expect(referralIdOf(`/api/referrals/${ID}`, outcome())).toBe(ID);
  });

  it('falls back to the informational issue when there is no Location header', () => {
    expect(referralIdOf(null, outcome(`referral ${ID}`))).toBe(ID);
    expect(referralIdOf(null, outcome())).toBeNull();
  });

  it('tells an OperationOutcome from a problem document', () => {
    expect(isOperationOutcome(outcome())).toBe(true);
    expect(isOperationOutcome({ status: 401, detail: 'Sign in to continue.' })).toBe(false);
  });
});
