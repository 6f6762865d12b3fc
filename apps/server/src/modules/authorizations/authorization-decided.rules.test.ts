import { describe, expect, it } from 'vitest';
import {
  evaluateAuthorizationDecided,
  type PreconditionRecord,
} from './authorization-decided.rules.ts';

const record = (overrides: Partial<PreconditionRecord> = {}): PreconditionRecord => ({
  serviceLine: 'drug',
  procedureCode: 'J1561',
  status: 'approved',
  certificationNumber: 'AUTH123',
  unitsApproved: 60,
  unitType: 'units',
  approvedStart: '2026-11-24',
  approvedEnd: '2027-02-21',
  ...overrides,
});

const nursing = (overrides: Partial<PreconditionRecord> = {}) =>
  record({
    serviceLine: 'nursing',
    procedureCode: '99601',
    certificationNumber: 'AUTH124',
    unitsApproved: 12,
    unitType: 'visits',
    ...overrides,
  });

describe('the "authorization decided" precondition', () => {
  it('is not met while nothing is recorded', () => {
    expect(evaluateAuthorizationDecided([], '2026-11-24')).toEqual({ met: false, note: null });
    expect(evaluateAuthorizationDecided([record({ status: 'cancelled' })], null).met).toBe(false);
  });

  it('is met when every line is approved over the start date, and says what was approved', () => {
    const result = evaluateAuthorizationDecided([record(), nursing()], '2026-11-24');
    expect(result.met).toBe(true);
    expect(result.note).toBe(
      'Drug J1561: approved AUTH123, 60 units; Nursing 99601: approved AUTH124, 12 visits',
    );
  });

  it('is not met while one line is still pended', () => {
    const result = evaluateAuthorizationDecided(
      [record(), nursing({ status: 'pended', certificationNumber: null, unitsApproved: null })],
      '2026-11-24',
    );
    expect(result.met).toBe(false);
    expect(result.note).toContain('Nursing 99601: pended');
  });

  it('does not count an approval that starts after the start of care', () => {
    expect(
      evaluateAuthorizationDecided([record({ approvedStart: '2026-12-01' })], '2026-11-24').met,
    ).toBe(false);
  });

  it('counts "not required" and partial approvals, and an approved appeal after a denial', () => {
    const result = evaluateAuthorizationDecided(
      [
        record({ status: 'denied', certificationNumber: null }),
        record({ status: 'approved', certificationNumber: 'APPEAL9' }),
        nursing({ status: 'partially-approved', unitsApproved: 6 }),
        record({ serviceLine: 'per-diem', procedureCode: 'S9338', status: 'not-required' }),
      ],
      '2026-11-24',
    );
    expect(result.met).toBe(true);
    expect(result.note).toContain('Drug J1561: approved APPEAL9');
    expect(result.note).toContain('Nursing 99601: partially approved AUTH124, 6 visits');
    expect(result.note).toContain('Per diem S9338: not required');
  });

  it('is not met by a denial alone', () => {
    expect(evaluateAuthorizationDecided([record({ status: 'denied' })], '2026-11-24').met).toBe(
      false,
    );
  });
});
