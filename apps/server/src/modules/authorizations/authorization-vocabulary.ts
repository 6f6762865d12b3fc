// The authorization module's fixed word lists, shared by the server's schemas and the web app's
// forms (this file imports nothing, so the web app may import it as a value).

/** The parts of a home infusion therapy a payer authorizes separately. */
export const SERVICE_LINES = ['drug', 'nursing', 'per-diem', 'pump-rental', 'supplies'] as const;
export type ServiceLine = (typeof SERVICE_LINES)[number];

/** What the units of an authorization count. */
export const UNIT_TYPES = ['units', 'visits', 'days', 'months'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** urgent = expedited (72 hours), standard (7 calendar days): DOMAIN.md §2.3. */
export const REVIEW_LEVELS = ['urgent', 'standard'] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

export const AUTHORIZATION_STATUSES = [
  'draft',
  'submitted',
  'pended',
  'approved',
  'partially-approved',
  'denied',
  'appealed',
  'expired',
  'not-required',
  'cancelled',
] as const;
export type AuthorizationStatus = (typeof AUTHORIZATION_STATUSES)[number];

/** Waiting on the payer: the decision deadline runs. */
export const AWAITING_DECISION: readonly AuthorizationStatus[] = [
  'submitted',
  'pended',
  'appealed',
];
/** Services may be given and counted against the approved units. */
export const IN_FORCE: readonly AuthorizationStatus[] = ['approved', 'partially-approved'];

/** How a request went to the payer or a decision came back. */
export const CHANNELS = ['x12-278', 'portal', 'fax', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels a person records a decision from (the 278 records itself). */
export const MANUAL_CHANNELS = ['portal', 'fax', 'phone'] as const;
export type ManualChannel = (typeof MANUAL_CHANNELS)[number];

/** How staff learned that the payer needs no authorization for the service. */
export const NOT_REQUIRED_METHODS = ['phone', 'portal', 'fax', 'payer-policy'] as const;
export type NotRequiredMethod = (typeof NOT_REQUIRED_METHODS)[number];

/** Decisions a person records by hand. */
export const MANUAL_OUTCOMES = ['approved', 'partially-approved', 'denied', 'pended'] as const;
export type ManualOutcome = (typeof MANUAL_OUTCOMES)[number];

/** The payer's answer as the 278 names it (HCR01), kept on each decision event. */
export const DECISION_OUTCOMES = [
  'certified',
  'partially-certified',
  'modified',
  'not-certified',
  'pended',
  'contact-payer',
  'cancelled',
  'no-action-required',
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Work-list filters of the overview. */
export const OVERVIEW_FILTERS = [
  'needs-action',
  'draft',
  'awaiting-decision',
  'late',
  'expiring',
  'units-low',
  'denied',
] as const;
export type OverviewFilter = (typeof OVERVIEW_FILTERS)[number];

/** The reminders this module raises in the reimbursement work queue. */
export const REMINDER_KINDS = [
  'authorization-decision-overdue',
  'authorization-expiring',
  'authorization-units-low',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Commands on one authorization (see authorization-transitions.ts for when each applies). */
export const AUTHORIZATION_COMMANDS = [
  'edit',
  'submit',
  'decide',
  'reject',
  'appeal',
  'expire',
  'mark-not-required',
  'cancel',
  'record-usage',
  'renew',
] as const;
export type AuthorizationCommand = (typeof AUTHORIZATION_COMMANDS)[number];
