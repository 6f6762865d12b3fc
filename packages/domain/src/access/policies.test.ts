import { describe, expect, it } from 'vitest';
import { ACTIONS, POLICY, RESOURCES, canPerform, hiddenFieldsFor, scopesFor } from './policies.ts';
import { ROLES, requiresMfa, type Role } from './roles.ts';

// The policy as a table: role × resource × action → allowed. Rows listed here are the promises we
// make to users; everything else must be denied.
const EXPECTED_ALLOWED: readonly [Role, string, string][] = [
  ['intake', 'referral', 'create'],
  ['intake', 'admission', 'transition'],
  ['reimbursement', 'authorization', 'create'],
  ['reimbursement', 'payer', 'update'],
  ['pharmacist', 'patient-clinical', 'update'],
  ['nurse', 'patient', 'read'],
  ['physician', 'referral', 'create'],
  ['patient', 'estimate', 'acknowledge'],
  ['caregiver', 'admission', 'read'],
  ['admin', 'audit-log', 'read'],
  ['admin', 'user', 'create'],
];

const EXPECTED_DENIED: readonly [Role, string, string][] = [
  ['admin', 'patient', 'read'],
  ['billing', 'patient-clinical', 'read'],
  ['nurse', 'patient', 'update'],
  ['physician', 'admission', 'transition'],
  ['patient', 'patient', 'update'],
  ['patient', 'audit-log', 'read'],
  ['caregiver', 'document', 'read'],
  ['scheduler', 'authorization', 'read'],
  ['intake', 'audit-log', 'read'],
  ['intake', 'user', 'create'],
];

describe('access policy table', () => {
  it.each(EXPECTED_ALLOWED)('lets %s %s: %s', (role, resource, action) => {
    expect(canPerform([role], resource as never, action as never)).toBe(true);
  });

  it.each(EXPECTED_DENIED)('refuses %s on %s: %s', (role, resource, action) => {
    expect(canPerform([role], resource as never, action as never)).toBe(false);
  });

  it('denies by default: an empty role list can do nothing anywhere', () => {
    for (const resource of RESOURCES)
      for (const action of ACTIONS) expect(canPerform([], resource, action)).toBe(false);
  });

  it('only ever uses known resources and actions', () => {
    for (const role of ROLES) {
      for (const [resource, grant] of Object.entries(POLICY[role])) {
        expect(RESOURCES).toContain(resource);
        for (const action of grant.actions) expect(ACTIONS).toContain(action);
      }
    }
  });

  it('gives external roles only scoped grants, never branch-wide or all', () => {
    for (const role of ['physician', 'patient', 'caregiver'] as const) {
      for (const grant of Object.values(POLICY[role]))
        expect(['referred', 'self', 'delegated']).toContain(grant.scope);
    }
  });

  it('combines several staff roles with the broadest scope first', () => {
    expect(scopesFor(['nurse', 'intake'], 'patient', 'read')).toEqual(['branch', 'assigned']);
    expect(scopesFor(['nurse'], 'patient', 'update')).toEqual([]);
  });

  it('hides a field only when every reading role hides it', () => {
    expect(hiddenFieldsFor(['billing'], 'patient').has('medicalHistory')).toBe(true);
    expect(hiddenFieldsFor(['billing', 'intake'], 'patient').has('medicalHistory')).toBe(false);
  });

  it('requires a second factor for staff and physicians but not for patients and caregivers', () => {
    expect(requiresMfa(['nurse'])).toBe(true);
    expect(requiresMfa(['physician'])).toBe(true);
    expect(requiresMfa(['patient'])).toBe(false);
    expect(requiresMfa(['caregiver'])).toBe(false);
  });
});
