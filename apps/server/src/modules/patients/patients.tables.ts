import { boolean, date, index, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { branches } from '../locations/locations.tables.ts';
import { users } from '../identity/identity.tables.ts';

export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id),
    /** Medical record number, unique within the provider. */
    mrn: text('mrn').notNull().unique(),
    givenName: text('given_name').notNull(),
    middleName: text('middle_name'),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: text('sex').notNull(),
    addressLine1: text('address_line1').notNull(),
    addressLine2: text('address_line2'),
    city: text('city').notNull(),
    state: text('state').notNull(),
    postalCode: text('postal_code').notNull(),
    phoneMobile: text('phone_mobile'),
    phoneHome: text('phone_home'),
    email: text('email'),
    preferredLanguage: text('preferred_language').notNull().default('en'),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    weightKg: real('weight_kg'),
    heightCm: real('height_cm'),
    medicalHistory: text('medical_history'),
    /** 'active', 'inactive' or 'merged' (merged into mergedIntoId). */
    status: text('status').notNull().default('active'),
    mergedIntoId: uuid('merged_into_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('patients_branch_name_idx').on(t.branchId, t.familyName, t.givenName),
    index('patients_birth_date_idx').on(t.birthDate),
  ],
);

/**
 * Who outside the branch-wide staff may see a patient, and how: the patient's own account (self),
 * family caregivers (with what they may see and do), the nurses assigned, the physicians who
 * referred. Every record-level access check for scoped roles goes through this one table.
 */
export const patientRelationships = pgTable(
  'patient_relationships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** 'self', 'caregiver', 'assigned-nurse' or 'referring-physician'. */
    relation: text('relation').notNull(),
    /** For caregivers: daughter, spouse, ... */
    relationshipLabel: text('relationship_label'),
    /** For caregivers: what they may see and do (view-schedule, view-clinical, view-billing, ...). */
    permissions: text('permissions').array().notNull().default([]),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
  },
  (t) => [
    index('patient_relationships_user_idx').on(t.userId, t.relation),
    index('patient_relationships_patient_idx').on(t.patientId),
  ],
);
