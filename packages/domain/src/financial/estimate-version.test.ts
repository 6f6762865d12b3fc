import { describe, expect, it } from 'vitest';
import { estimatePatientResponsibility } from './estimate.ts';
import { fingerprintEstimate } from './estimate-version.ts';
import { chargeLine, terms } from './estimate.test-helpers.ts';

const input = {
  planType: 'commercial' as const,
  termsByServiceType: {},
  defaultTerms: terms({ coinsuranceRate: 0.2 }),
  lines: [chargeLine({ code: 'J0690', allowedCents: 120_00 })],
};

describe('fingerprintEstimate', () => {
  it('gives the same version to the same figures', () => {
    expect(fingerprintEstimate(estimatePatientResponsibility(input))).toBe(
      fingerprintEstimate(estimatePatientResponsibility({ ...input })),
    );
  });

  it('gives a new version when any amount changes', () => {
    const before = fingerprintEstimate(estimatePatientResponsibility(input));
    const after = fingerprintEstimate(
      estimatePatientResponsibility({
        ...input,
        lines: [chargeLine({ code: 'J0690', allowedCents: 120_01 })],
      }),
    );
    expect(after).not.toBe(before);
    expect(after).toMatch(/^est-[0-9a-f]{16}$/);
  });
});
