import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ChecklistResult, ReferralDraft } from '@infusio/domain/intake';
import { branches } from '../locations/locations.tables.ts';
import { users } from '../identity/identity.tables.ts';
import { patients } from '../patients/patients.tables.ts';

/** Referring prescribers; a physician's portal account links to one. */
export const prescribers = pgTable('prescribers', {
  id: uuid('id').primaryKey().defaultRandom(),
  npi: text('npi').notNull().unique(),
  givenName: text('given_name').notNull(),
  familyName: text('family_name').notNull(),
  practiceName: text('practice_name'),
  phone: text('phone'),
  fax: text('fax'),
  userId: uuid('user_id').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export interface MatchCandidate {
  patientId: string;
  score: number;
  reasons: string[];
}

/** A referral as received, whatever the channel, with the answer given to its source. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id),
    /** console, fhir, document, inquiry. */
    channel: text('channel').notNull(),
    urgency: text('urgency').notNull(),
    /** awaiting-match (possible duplicate chart to resolve), received, accepted, declined, info-requested. */
    status: text('status').notNull(),
    sourceName: text('source_name'),
    sourceReference: text('source_reference'),
    therapy: text('therapy').notNull(),
    draft: jsonb('draft').$type<ReferralDraft>().notNull(),
    checklist: jsonb('checklist').$type<ChecklistResult>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    /** accepted, declined, info-requested. */
    response: text('response'),
    responseReasonCode: text('response_reason_code'),
    responseNote: text('response_note'),
    patientId: uuid('patient_id').references(() => patients.id),
    prescriberId: uuid('prescriber_id').references(() => prescribers.id),
    matchCandidates: jsonb('match_candidates').$type<MatchCandidate[]>().notNull().default([]),
    inquiryId: uuid('inquiry_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('referrals_branch_status_idx').on(t.branchId, t.status, t.receivedAt),
    index('referrals_patient_idx').on(t.patientId),
    index('referrals_prescriber_idx').on(t.prescriberId),
  ],
);

/** Requests for care from patients and families through the public form (no sign-in). */
export const inquiries = pgTable(
  'inquiries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    branchId: uuid('branch_id').references(() => branches.id),
    requesterName: text('requester_name').notNull(),
    /** self, family, friend, professional. */
    requesterRelationship: text('requester_relationship').notNull(),
    patientName: text('patient_name').notNull(),
    phone: text('phone').notNull(),
    email: text('email'),
    preferredLanguage: text('preferred_language').notNull().default('en'),
    postalCode: text('postal_code'),
    therapyDescription: text('therapy_description').notNull(),
    prescriberName: text('prescriber_name'),
    message: text('message'),
    /** new, contacted, converted, closed. */
    status: text('status').notNull().default('new'),
    referralId: uuid('referral_id'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    handledBy: uuid('handled_by'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
  },
  (t) => [index('inquiries_status_idx').on(t.status, t.receivedAt)],
);

/** One episode of care from referral to discharge: the journey every module hangs off. */
export const admissions = pgTable(
  'admissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id),
    therapy: text('therapy').notNull(),
    drugName: text('drug_name').notNull(),
    stage: text('stage').notNull(),
    status: text('status').notNull(),
    stageEnteredAt: timestamp('stage_entered_at', { withTimezone: true }).notNull(),
    statusReasonCode: text('status_reason_code'),
    statusNote: text('status_note'),
    /** discharge-pending, urgent, ... */
    priorityFlags: text('priority_flags').array().notNull().default([]),
    expectedStartDate: date('expected_start_date', { mode: 'string' }),
    /** Denormalised for the dashboard's groupings. */
    payerName: text('payer_name'),
    referralSource: text('referral_source'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    startOfCareAt: timestamp('start_of_care_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    assignedUserId: uuid('assigned_user_id').references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('admissions_branch_status_stage_idx').on(t.branchId, t.status, t.stage),
    index('admissions_patient_idx').on(t.patientId),
    index('admissions_received_idx').on(t.receivedAt),
    index('admissions_referral_idx').on(t.referralId),
  ],
);

/** Every stage change, status change, recorded answer and claim: the admission's history and timers. */
export const admissionEvents = pgTable(
  'admission_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    admissionId: uuid('admission_id')
      .notNull()
      .references(() => admissions.id),
    /** stage, status, fact, assignment, referral-response. */
    kind: text('kind').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage'),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    reasonCode: text('reason_code'),
    note: text('note'),
    /** For stage events: seconds spent in the stage left. */
    secondsInPrevious: integer('seconds_in_previous'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('admission_events_admission_idx').on(t.admissionId, t.at)],
);

/** Precondition answers recorded by people, for modules that do not answer them yet. */
export const admissionFacts = pgTable(
  'admission_facts',
  {
    admissionId: uuid('admission_id')
      .notNull()
      .references(() => admissions.id),
    key: text('key').notNull(),
    met: boolean('met').notNull(),
    note: text('note'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.admissionId, t.key] })],
);

/** The maintained lists of reasons (not admitted, on hold, cancelled, discharged, referral declined). */
export const reasonCodes = pgTable(
  'reason_codes',
  {
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.kind, t.code] })],
);
