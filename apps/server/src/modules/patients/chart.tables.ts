import { boolean, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.tables.ts';
import { patients } from './patients.tables.ts';

/** People to call: emergency contacts, legal representatives, power of attorney. */
export const patientContacts = pgTable(
  'patient_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    name: text('name').notNull(),
    relationship: text('relationship').notNull(),
    phone: text('phone'),
    email: text('email'),
    isEmergencyContact: boolean('is_emergency_contact').notNull().default(false),
    isLegalRepresentative: boolean('is_legal_representative').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('patient_contacts_patient_idx').on(t.patientId)],
);

/**
 * Family caregivers: who they are to the patient and what they may see and do. A caregiver with a
 * portal account also has a patient_relationships row ('caregiver') carrying the same permissions.
 */
export const caregivers = pgTable(
  'caregivers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    name: text('name').notNull(),
    relationship: text('relationship').notNull(),
    phone: text('phone'),
    email: text('email'),
    /** view-schedule, view-clinical, view-billing, record-care, message. */
    permissions: text('permissions').array().notNull().default([]),
    userId: uuid('user_id').references(() => users.id),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('caregivers_patient_idx').on(t.patientId)],
);

export const patientAllergies = pgTable(
  'patient_allergies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    substance: text('substance').notNull(),
    reaction: text('reaction'),
    severity: text('severity'),
    /** active, inactive, entered-in-error. */
    status: text('status').notNull().default('active'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('patient_allergies_patient_idx').on(t.patientId)],
);

export const patientDiagnoses = pgTable(
  'patient_diagnoses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    code: text('code').notNull(),
    description: text('description'),
    isPrimary: boolean('is_primary').notNull().default(false),
    status: text('status').notNull().default('active'),
    referralId: uuid('referral_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('patient_diagnoses_patient_idx').on(t.patientId)],
);

export const patientMedications = pgTable(
  'patient_medications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    name: text('name').notNull(),
    dose: text('dose'),
    route: text('route'),
    frequency: text('frequency'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    /** infusion (ordered by referral), home (the patient's own medicines). */
    kind: text('kind').notNull().default('home'),
    referralId: uuid('referral_id'),
    status: text('status').notNull().default('active'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('patient_medications_patient_idx').on(t.patientId)],
);

/** Every change to a chart, field by field, with who and when (the chart's history tab). */
export const recordChanges = pgTable(
  'record_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    /** patient, contact, caregiver, allergy, diagnosis, medication, coverage, admission, referral, document. */
    entity: text('entity').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** created, updated, removed. */
    change: text('change').notNull(),
    field: text('field'),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('record_changes_patient_idx').on(t.patientId, t.at)],
);
