import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateAuthorizationResponse, X12ValidationError } from '@infusio/domain/x12';
import { buildAuthorization278, type Authorization278Input } from './build-authorization-278.ts';
import { readDecisionFrom278, ResponseMismatchError } from './read-278-decision.ts';

const fixture = (file: string) =>
  readFileSync(
    new URL(`../../../../../fixtures/external/x12/278/${file}`, import.meta.url),
    'utf8',
  );

function request(memberId: string, procedureCode = 'S9338'): Authorization278Input {
  return {
    authorization: {
      serviceLine: 'per-diem',
      procedureCode,
      modifier: null,
      unitsRequested: 40,
      unitType: 'days',
      startDate: '2026-11-24',
      endDate: '2027-02-21',
      level: 'standard',
    },
    certificationType: 'I',
    organisation: {
      name: 'INFUSIO HOME INFUSION',
      npi: '1234567893',
      originatorId: '1999999999',
      submitterId: 'INFUSIO',
      phone: '3125550100',
    },
    payer: { name: 'PRAIRIE HEALTH PLAN', id: '60054' },
    subscriber: {
      memberId,
      lastName: 'CHEN',
      firstName: 'MEI',
      birthDate: '1961-05-04',
      sex: 'F',
    },
    diagnoses: ['D80.0'],
    traceNumber: 'AUTH-TEST-1',
    controlNumber: 17,
    at: new Date('2026-11-22T15:00:00Z'),
    clearinghouse: { receiverId: 'PAYERSIM', usage: 'T' },
  };
}

const expected = {
  traceNumber: 'AUTH-TEST-1',
  unitsRequested: 40,
  startDate: '2026-11-24',
  endDate: '2027-02-21',
};

function answerFor(memberId: string, procedureCode?: string) {
  const sent = buildAuthorization278(request(memberId, procedureCode));
  return readDecisionFrom278(simulateAuthorizationResponse(sent), expected);
}

describe('reading the payer’s 278 decision', () => {
  it('records a certification in total with its number, units and dates', () => {
    const decision = answerFor('W100200300');
    expect(decision).toMatchObject({
      kind: 'decision',
      actionCode: 'A1',
      outcome: 'certified',
      status: 'approved',
      unitsApproved: 40,
      approvedStart: '2026-11-24',
      approvedEnd: '2027-02-21',
      reason: null,
    });
    expect(decision.kind === 'decision' && decision.certificationNumber).toMatch(/^SIM/);
  });

  it('records a partial certification as partially approved with the units granted', () => {
    expect(answerFor('PA2000111')).toMatchObject({
      outcome: 'partially-certified',
      status: 'partially-approved',
      unitsApproved: 20,
    });
  });

  it('records a modified certification with the shorter period the payer gave', () => {
    expect(answerFor('PA6000111')).toMatchObject({
      actionCode: 'A6',
      outcome: 'modified',
      status: 'partially-approved',
      unitsApproved: 30,
      approvedStart: '2026-11-24',
      approvedEnd: '2026-12-23',
    });
  });

  it('records a denial with the payer’s reason and no certification number', () => {
    const decision = answerFor('PA3000111');
    expect(decision).toMatchObject({
      outcome: 'not-certified',
      status: 'denied',
      certificationNumber: null,
      unitsApproved: null,
    });
    expect(decision.kind === 'decision' && decision.reason).toContain('NOT CERTIFIED');
  });

  it('records a pended request with the payer’s tracking number, and pends unlisted drugs', () => {
    expect(answerFor('PA4000111')).toMatchObject({ outcome: 'pended', status: 'pended' });
    const unlisted = answerFor('W100200300', 'J3490');
    expect(unlisted).toMatchObject({ outcome: 'pended', certificationNumber: null });
    expect(unlisted.kind === 'decision' && unlisted.payerReference).toMatch(/^SIM/);
  });

  it('reads the TR3 pended example: reason 0U and REF*NT', () => {
    const decision = readDecisionFrom278(fixture('oopfactory__Example_3_3_2_Response.txt'), {
      ...expected,
      traceNumber: 'YZZ099',
    });
    expect(decision).toMatchObject({
      status: 'pended',
      reason: 'Reason code 0U',
      payerReference: 'P20030216001',
    });
  });

  it('refuses a response that answers another request', () => {
    const sent = buildAuthorization278(request('W100200300'));
    const answer = simulateAuthorizationResponse(sent);
    expect(() => readDecisionFrom278(answer, { ...expected, traceNumber: 'SOMEONE-ELSE' })).toThrow(
      ResponseMismatchError,
    );
  });

  it('refuses a malformed response, naming the segment', () => {
    const sent = buildAuthorization278(request('W100200300'));
    const broken = simulateAuthorizationResponse(sent).replace('HCR*A1', 'HCR*Z9');
    try {
      readDecisionFrom278(broken, expected);
      expect.unreachable('a malformed response must not be read');
    } catch (error) {
      expect(error).toBeInstanceOf(X12ValidationError);
      const problems = (error as X12ValidationError).problems;
      expect(problems.some((p) => p.segmentId === 'HCR' && p.severity === 'error')).toBe(true);
    }
  });
});
