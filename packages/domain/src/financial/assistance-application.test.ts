import { describe, expect, it } from 'vitest';
import {
  selectActiveAwards,
  transitionAssistanceApplication,
  type AssistanceApplicationState,
} from './assistance-application.ts';
import type { AssistanceAward } from './estimate.types.ts';

const award: AssistanceAward = {
  kind: 'percent-of-patient-share',
  programId: 'provider-sliding-scale',
  label: 'Sliding scale 75%',
  rate: 0.75,
};

function run(...commands: Parameters<typeof transitionAssistanceApplication>[1][]) {
  let state: AssistanceApplicationState = { status: 'draft' };
  for (const command of commands) {
    const result = transitionAssistanceApplication(state, command);
    if (!result.ok) throw new Error(`${command.type} refused from ${result.status}`);
    state = result.state;
  }
  return state;
}

describe('assistance applications', () => {
  it('tracks an application from draft through a documents request to approval', () => {
    const state = run(
      { type: 'submit', on: '2025-03-01' },
      { type: 'request-documents', on: '2025-03-02', documents: ['2024 tax return'] },
      { type: 'provide-documents', on: '2025-03-05' },
      { type: 'approve', on: '2025-03-06', award, validUntil: '2025-12-31' },
    );
    expect(state).toMatchObject({ status: 'approved', decidedOn: '2025-03-06', award });
  });

  it('refuses to approve an application that was never submitted', () => {
    const result = transitionAssistanceApplication(
      { status: 'draft' },
      { type: 'approve', on: '2025-03-06', award, validUntil: '2025-12-31' },
    );
    expect(result).toEqual({ ok: false, reason: 'not-allowed-from-status', status: 'draft' });
  });

  it('records the reason of a denial', () => {
    const state = run(
      { type: 'submit', on: '2025-03-01' },
      { type: 'deny', on: '2025-03-04', reason: 'income above limit' },
    );
    expect(state).toMatchObject({ status: 'denied', denialReason: 'income above limit' });
  });

  it('applies only awards approved and still valid on the date', () => {
    const approved = run(
      { type: 'submit', on: '2025-03-01' },
      { type: 'approve', on: '2025-03-02', award, validUntil: '2025-06-30' },
    );
    const denied = run(
      { type: 'submit', on: '2025-03-01' },
      { type: 'deny', on: '2025-03-02', reason: 'x' },
    );
    expect(selectActiveAwards([approved, denied], '2025-06-30')).toEqual([award]);
    expect(selectActiveAwards([approved, denied], '2025-07-01')).toEqual([]);
  });
});
