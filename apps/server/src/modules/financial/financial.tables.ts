import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { admissions } from '../intake/intake.tables.ts';
import { patients } from '../patients/patients.tables.ts';

/**
 * A cost estimate for an admission: every version kept, with the inputs it was built from (the 271
 * read, the therapy plan, the fee schedule, the routing) and its fingerprint, so an acknowledgement
 * always names exactly what the patient saw.
 */
export const estimates = pgTable(
  'estimates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    admissionId: uuid('admission_id')
      .notNull()
      .references(() => admissions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    version: integer('version').notNull(),
    fingerprint: text('fingerprint').notNull(),
    /** draft, presented (shared with the patient), acknowledged, superseded. */
    status: text('status').notNull(),
    inputs: jsonb('inputs').$type<Record<string, unknown>>().notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    allowedTotalCents: bigint('allowed_total_cents', { mode: 'number' }).notNull(),
    payerTotalCents: bigint('payer_total_cents', { mode: 'number' }).notNull(),
    patientTotalCents: bigint('patient_total_cents', { mode: 'number' }).notNull(),
    eligibilityCheckId: uuid('eligibility_check_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    presentedAt: timestamp('presented_at', { withTimezone: true }),
    presentedBy: uuid('presented_by'),
  },
  (t) => [index('estimates_admission_idx').on(t.admissionId, t.version)],
);

/** The patient's (or caregiver's, or staff on the patient's behalf) acknowledgement of a version. */
export const estimateAcknowledgements = pgTable(
  'estimate_acknowledgements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    estimateId: uuid('estimate_id')
      .notNull()
      .references(() => estimates.id),
    admissionId: uuid('admission_id').notNull(),
    version: integer('version').notNull(),
    fingerprint: text('fingerprint').notNull(),
    acknowledgedByUserId: uuid('acknowledged_by_user_id').notNull(),
    /** patient, caregiver, staff-on-behalf (with the patient on the phone). */
    acknowledgedAs: text('acknowledged_as').notNull(),
    /** The language the estimate was shown in. */
    language: text('language').notNull(),
    /** Staff on the patient's behalf say how the patient confirmed (by phone, in the home, ...). */
    note: text('note'),
    clientIp: text('client_ip'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('estimate_acknowledgements_admission_idx').on(t.admissionId)],
);

/** A financial-assistance screening: household, income, the poverty-level result and programs offered. */
export const assistanceScreenings = pgTable(
  'assistance_screenings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    admissionId: uuid('admission_id'),
    householdSize: integer('household_size').notNull(),
    annualIncomeCents: bigint('annual_income_cents', { mode: 'number' }).notNull(),
    region: text('region').notNull(),
    year: integer('year').notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('assistance_screenings_patient_idx').on(t.patientId)],
);

/** An application to an assistance program, tracked to a decision; an approved award reduces the estimate. */
export const assistanceApplications = pgTable(
  'assistance_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    admissionId: uuid('admission_id'),
    screeningId: uuid('screening_id'),
    programId: text('program_id').notNull(),
    /** sliding-scale, manufacturer-copay, manufacturer-pap, foundation, ... */
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    /** The award when approved: { discountRate } or { grantCents }, with dates. */
    award: jsonb('award').$type<Record<string, unknown>>(),
    history: jsonb('history').$type<Record<string, unknown>[]>().notNull().default([]),
    notes: text('notes'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('assistance_applications_patient_idx').on(t.patientId)],
);
