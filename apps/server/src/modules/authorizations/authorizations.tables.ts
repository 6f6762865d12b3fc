import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { patientCoverages } from '../coverage/coverage.tables.ts';
import { admissions } from '../intake/intake.tables.ts';
import { patients } from '../patients/patients.tables.ts';

/**
 * A prior authorization for one service line of an admission (drug, nursing visits, per diem days,
 * pump rental, supplies): what was asked, what the payer decided, and how much has been used.
 */
export const authorizations = pgTable(
  'authorizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    admissionId: uuid('admission_id')
      .notNull()
      .references(() => admissions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    coverageId: uuid('coverage_id').references(() => patientCoverages.id),
    /** drug, nursing, per-diem, pump-rental, supplies. */
    serviceLine: text('service_line').notNull(),
    procedureCode: text('procedure_code').notNull(),
    modifier: text('modifier'),
    description: text('description'),
    unitsRequested: integer('units_requested').notNull(),
    /** visits, days, units, months. */
    unitType: text('unit_type').notNull(),
    frequency: text('frequency'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    /** urgent (expedited, 72 h) or standard (7 calendar days). */
    level: text('level').notNull(),
    /** draft, submitted, pended, approved, partially-approved, denied, appealed, expired, not-required, cancelled. */
    status: text('status').notNull(),
    /** x12-278, portal, fax, phone. */
    channel: text('channel').notNull(),
    certificationNumber: text('certification_number'),
    unitsApproved: integer('units_approved'),
    approvedStart: date('approved_start', { mode: 'string' }),
    approvedEnd: date('approved_end', { mode: 'string' }),
    decisionReason: text('decision_reason'),
    unitsUsed: integer('units_used').notNull().default(0),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decisionDueAt: timestamp('decision_due_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    requestX12: text('request_x12'),
    responseX12: text('response_x12'),
    notes: text('notes'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('authorizations_admission_idx').on(t.admissionId),
    index('authorizations_status_due_idx').on(t.status, t.decisionDueAt),
  ],
);

/** Every status change, decision read from a 278, usage recorded, reminder raised. */
export const authorizationEvents = pgTable(
  'authorization_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorizationId: uuid('authorization_id')
      .notNull()
      .references(() => authorizations.id),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    units: integer('units'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('authorization_events_auth_idx').on(t.authorizationId, t.at)],
);
