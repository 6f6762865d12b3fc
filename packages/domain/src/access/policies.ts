// Who may do what, as data (STYLE.md "Policies are data"). Deny by default: a role, resource and
// action not listed here is refused. The server enforces this table on every route; the web app
// reads the same table to decide which work areas a user sees.
import type { Role } from './roles.ts';

export const RESOURCES = [
  'patient',
  'patient-clinical',
  'caregiver',
  'referral',
  'inquiry',
  'admission',
  'document',
  'work-queue',
  'dashboard',
  'payer',
  'coverage',
  'authorization',
  'estimate',
  'assistance',
  'user',
  'branch',
  'audit-log',
  'configuration',
  'job',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const ACTIONS = ['read', 'create', 'update', 'delete', 'transition', 'acknowledge'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Which records of a resource a grant reaches:
 * all — every record; branch — records of the user's branches; assigned — patients the nurse is
 * assigned to; referred — patients the physician referred; self — the patient's own records;
 * delegated — the patients a caregiver was given access to (and only what that grant permits).
 */
export type RowScope = 'all' | 'branch' | 'assigned' | 'referred' | 'self' | 'delegated';

export interface Grant {
  actions: readonly Action[];
  scope: RowScope;
  /** Fields this role never receives for the resource (for example nursing notes for billing). */
  hiddenFields?: readonly string[];
}

export type PolicyTable = Readonly<Record<Role, Partial<Readonly<Record<Resource, Grant>>>>>;

const READ = ['read'] as const;
const WRITE = ['read', 'create', 'update'] as const;
const CRUD = ['read', 'create', 'update', 'delete'] as const;

export const POLICY: PolicyTable = {
  // Admins run the organisation: users, branches, configuration and the audit trail. They hold no
  // grant on patient records (least privilege); audit rows name patient ids, not their charts.
  admin: {
    user: { actions: CRUD, scope: 'all' },
    branch: { actions: CRUD, scope: 'all' },
    'audit-log': { actions: READ, scope: 'all' },
    configuration: { actions: WRITE, scope: 'all' },
    job: { actions: READ, scope: 'all' },
    dashboard: { actions: READ, scope: 'all' },
  },
  intake: {
    patient: { actions: WRITE, scope: 'branch' },
    'patient-clinical': { actions: WRITE, scope: 'branch' },
    caregiver: { actions: CRUD, scope: 'branch' },
    referral: { actions: CRUD, scope: 'branch' },
    inquiry: { actions: WRITE, scope: 'branch' },
    admission: { actions: ['read', 'create', 'update', 'transition'], scope: 'branch' },
    document: { actions: WRITE, scope: 'branch' },
    'work-queue': { actions: ['read', 'update'], scope: 'branch' },
    dashboard: { actions: READ, scope: 'branch' },
    payer: { actions: READ, scope: 'all' },
    coverage: { actions: WRITE, scope: 'branch' },
  },
  reimbursement: {
    patient: { actions: READ, scope: 'branch' },
    admission: { actions: ['read', 'transition'], scope: 'branch' },
    document: { actions: WRITE, scope: 'branch' },
    'work-queue': { actions: ['read', 'update'], scope: 'branch' },
    dashboard: { actions: READ, scope: 'branch' },
    payer: { actions: CRUD, scope: 'all' },
    coverage: { actions: CRUD, scope: 'branch' },
    authorization: { actions: CRUD, scope: 'branch' },
    estimate: { actions: WRITE, scope: 'branch' },
    assistance: { actions: WRITE, scope: 'branch' },
  },
  pharmacist: {
    patient: { actions: READ, scope: 'branch' },
    'patient-clinical': { actions: WRITE, scope: 'branch' },
    admission: { actions: ['read', 'transition'], scope: 'branch' },
    document: { actions: WRITE, scope: 'branch' },
    'work-queue': { actions: ['read', 'update'], scope: 'branch' },
    dashboard: { actions: READ, scope: 'branch' },
    coverage: { actions: READ, scope: 'branch' },
  },
  nurse: {
    patient: { actions: READ, scope: 'assigned' },
    'patient-clinical': { actions: WRITE, scope: 'assigned' },
    caregiver: { actions: READ, scope: 'assigned' },
    // Nurses record the first dose and start care for the patients assigned to them.
    admission: { actions: ['read', 'transition'], scope: 'assigned' },
    document: { actions: WRITE, scope: 'assigned' },
    'work-queue': { actions: ['read', 'update'], scope: 'assigned' },
  },
  scheduler: {
    patient: { actions: READ, scope: 'branch', hiddenFields: ['medicalHistory'] },
    admission: { actions: ['read', 'transition'], scope: 'branch' },
    'work-queue': { actions: ['read', 'update'], scope: 'branch' },
    dashboard: { actions: READ, scope: 'branch' },
  },
  billing: {
    patient: { actions: READ, scope: 'branch', hiddenFields: ['medicalHistory'] },
    admission: { actions: READ, scope: 'branch' },
    coverage: { actions: READ, scope: 'branch' },
    authorization: { actions: READ, scope: 'branch' },
    estimate: { actions: READ, scope: 'branch' },
    assistance: { actions: READ, scope: 'branch' },
    payer: { actions: READ, scope: 'all' },
    'work-queue': { actions: ['read', 'update'], scope: 'branch' },
    dashboard: { actions: READ, scope: 'branch' },
  },
  physician: {
    patient: { actions: READ, scope: 'referred' },
    'patient-clinical': { actions: READ, scope: 'referred' },
    referral: { actions: ['read', 'create'], scope: 'referred' },
    admission: { actions: READ, scope: 'referred' },
    document: { actions: ['read', 'create'], scope: 'referred' },
  },
  patient: {
    patient: { actions: READ, scope: 'self' },
    // HIPAA right of access: a patient reads her own clinical record and insurance.
    'patient-clinical': { actions: READ, scope: 'self' },
    coverage: { actions: READ, scope: 'self' },
    caregiver: { actions: READ, scope: 'self' },
    admission: { actions: READ, scope: 'self' },
    estimate: { actions: ['read', 'acknowledge'], scope: 'self' },
    document: { actions: READ, scope: 'self' },
  },
  caregiver: {
    patient: { actions: READ, scope: 'delegated' },
    admission: { actions: READ, scope: 'delegated' },
    estimate: { actions: ['read', 'acknowledge'], scope: 'delegated' },
  },
};

/** Scopes from the broadest to the narrowest, to combine the grants of a user's several roles. */
const SCOPE_ORDER: readonly RowScope[] = [
  'all',
  'branch',
  'assigned',
  'referred',
  'self',
  'delegated',
];

export function canPerform(
  roles: readonly Role[],
  resource: Resource,
  action: Action,
  table: PolicyTable = POLICY,
): boolean {
  return roles.some((role) => table[role][resource]?.actions.includes(action) === true);
}

/** Every scope the user's roles give for this resource and action (empty when denied). */
export function scopesFor(
  roles: readonly Role[],
  resource: Resource,
  action: Action,
  table: PolicyTable = POLICY,
): RowScope[] {
  const scopes = new Set<RowScope>();
  for (const role of roles) {
    const grant = table[role][resource];
    if (grant?.actions.includes(action)) scopes.add(grant.scope);
  }
  return SCOPE_ORDER.filter((scope) => scopes.has(scope));
}

/** Fields hidden from this user: hidden only when every role that can read the resource hides it. */
export function hiddenFieldsFor(
  roles: readonly Role[],
  resource: Resource,
  table: PolicyTable = POLICY,
): Set<string> {
  const readers = roles
    .map((role) => table[role][resource])
    .filter((grant) => grant?.actions.includes('read'));
  if (readers.length === 0) return new Set();
  const [first, ...rest] = readers.map((grant) => new Set(grant?.hiddenFields ?? []));
  const hidden = first ?? new Set<string>();
  for (const other of rest)
    for (const field of [...hidden]) if (!other.has(field)) hidden.delete(field);
  return hidden;
}
