/** Staff roles: one user may hold several. */
export const STAFF_ROLES = [
  'admin',
  'intake',
  'reimbursement',
  'pharmacist',
  'nurse',
  'scheduler',
  'billing',
] as const;

/** People outside the provider who sign in: they see only their own patients' records. */
export const EXTERNAL_ROLES = ['physician', 'patient', 'caregiver'] as const;

export const ROLES = [...STAFF_ROLES, ...EXTERNAL_ROLES] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];
export type ExternalRole = (typeof EXTERNAL_ROLES)[number];
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

/** Second factor is mandatory for staff and physicians after their first sign-in. */
export function requiresMfa(roles: readonly Role[]): boolean {
  return roles.some((role) => isStaffRole(role) || role === 'physician');
}
