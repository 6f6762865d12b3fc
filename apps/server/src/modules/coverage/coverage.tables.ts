import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { patients } from '../patients/patients.tables.ts';

/**
 * The payer directory: payers and their plans, with what the provider's contract and the plan's
 * rules say (billing model, prior-authorization therapies, timely filing), and contacts.
 */
export const payerPlans = pgTable(
  'payer_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Key of the generated demo directory row ('plan-0001'); null for plans staff added. */
    directoryKey: text('directory_key').unique(),
    /** Electronic payer id used on X12 (NM1*PR ... PI). */
    payerId: text('payer_id').notNull(),
    payerName: text('payer_name').notNull(),
    planName: text('plan_name').notNull(),
    /** commercial, employer-self-funded, medicare-ffs, medicare-advantage, medicaid, managed-medicaid, tricare, va-community-care, workers-comp, self-pay. */
    planType: text('plan_type').notNull(),
    /** USPS state code; null for national plans. */
    state: text('state'),
    /** in-network, out-of-network, single-case-agreement. */
    contractStatus: text('contract_status').notNull(),
    /** medicare-benefit-split, per-diem, fee-schedule. */
    billingModel: text('billing_model').notNull(),
    priorAuthTherapies: text('prior_auth_therapies').array().notNull().default([]),
    timelyFilingDays: integer('timely_filing_days').notNull(),
    phone: text('phone'),
    fax: text('fax'),
    portalUrl: text('portal_url'),
    contacts: jsonb('contacts').$type<Record<string, unknown>>().notNull().default({}),
    isDemo: boolean('is_demo').notNull().default(false),
    active: boolean('active').notNull().default(true),
    updatedBy: uuid('updated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('payer_plans_payer_name_idx').on(t.payerName),
    index('payer_plans_payer_id_idx').on(t.payerId),
    index('payer_plans_type_state_idx').on(t.planType, t.state),
  ],
);

/** A patient's insurance, as the referral or the card gives it; verification adds the rest. */
export const patientCoverages = pgTable(
  'patient_coverages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    /** 1 primary, 2 secondary, 3 tertiary. */
    coverageOrder: integer('coverage_order').notNull(),
    payerName: text('payer_name').notNull(),
    payerId: text('payer_id'),
    planName: text('plan_name'),
    memberId: text('member_id').notNull(),
    /** The plan in the payer directory, once identified (verification needs it). */
    payerPlanId: uuid('payer_plan_id').references(() => payerPlans.id),
    groupNumber: text('group_number'),
    subscriberName: text('subscriber_name'),
    /** self, spouse, child, other. */
    relationship: text('relationship').notNull(),
    cardFrontDocumentId: uuid('card_front_document_id'),
    cardBackDocumentId: uuid('card_back_document_id'),
    /** unverified, active, inactive. */
    status: text('status').notNull().default('unverified'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('patient_coverages_patient_idx').on(t.patientId),
    index('patient_coverages_member_idx').on(t.memberId),
  ],
);

/** Each eligibility and benefits check (X12 270 sent, 271 received), read into structured benefits. */
export const eligibilityChecks = pgTable(
  'eligibility_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coverageId: uuid('coverage_id')
      .notNull()
      .references(() => patientCoverages.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    admissionId: uuid('admission_id'),
    /** manual, scheduled-monthly, before-authorization. */
    trigger: text('trigger').notNull(),
    /** active, inactive, rejected, error. */
    status: text('status').notNull(),
    connector: text('connector').notNull(),
    requestX12: text('request_x12').notNull(),
    responseX12: text('response_x12'),
    /** The 271 read (EligibilityResponse), and cost sharing per service type as the estimate uses it. */
    response: jsonb('response').$type<Record<string, unknown>>(),
    costSharing: jsonb('cost_sharing').$type<Record<string, unknown>>(),
    /** AAA rejection turned into an action for the coordinator. */
    rejection: jsonb('rejection').$type<Record<string, unknown>>(),
    planBegin: date('plan_begin', { mode: 'string' }),
    planEnd: date('plan_end', { mode: 'string' }),
    errorMessage: text('error_message'),
    checkedBy: uuid('checked_by'),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('eligibility_checks_coverage_idx').on(t.coverageId, t.checkedAt)],
);
