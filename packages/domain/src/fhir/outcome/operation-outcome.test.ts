import { describe, expect, it } from 'vitest';
import {
  createIssue,
  createOperationOutcome,
  isAccepted,
  summarizeOutcome,
} from './operation-outcome.ts';

describe('OperationOutcome', () => {
  it('says "All OK" when there is nothing to report, as FHIR needs at least one issue', () => {
    const outcome = createOperationOutcome([]);
    expect(outcome).toEqual({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'information', code: 'informational', details: { text: 'All OK' } }],
    });
    expect(isAccepted(outcome)).toBe(true);
    expect(summarizeOutcome(outcome)).toBe('accepted: no issues');
  });

  it('puts the most severe issues first and rejects on an error', () => {
    const outcome = createOperationOutcome([
      createIssue({
        severity: 'information',
        code: 'informational',
        text: 'ignored',
        expression: 'Bundle.entry[1].resource',
      }),
      createIssue({
        severity: 'warning',
        code: 'not-found',
        text: 'external',
        expression: 'Bundle.entry[0].resource.subject',
      }),
      createIssue({
        severity: 'error',
        code: 'value',
        text: 'bad date',
        expression: 'Bundle.entry[0].resource.birthDate',
      }),
    ]);
    expect(outcome.issue.map((i) => i.severity)).toEqual(['error', 'warning', 'information']);
    expect(outcome.issue[0]?.expression).toEqual(['Bundle.entry[0].resource.birthDate']);
    expect(isAccepted(outcome)).toBe(false);
    expect(summarizeOutcome(outcome)).toBe('rejected: 1 error, 1 warning, 1 information');
  });

  it('accepts warnings and rejects a fatal issue', () => {
    const warning = createOperationOutcome([
      createIssue({ severity: 'warning', code: 'value', text: 'w' }),
    ]);
    const fatal = createOperationOutcome([
      createIssue({ severity: 'fatal', code: 'structure', text: 'f' }),
    ]);
    expect(isAccepted(warning)).toBe(true);
    expect(isAccepted(fatal)).toBe(false);
  });
});
