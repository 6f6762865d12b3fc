import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * Work items that are not a stage precondition: "benefits changed, review the estimate",
 * "authorization expires in 14 days", "payer decision overdue", "80% of approved visits used".
 * They appear in the owner role's work queue until done.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** benefits-changed, authorization-expiring, authorization-units-low, authorization-decision-overdue, coverage-inactive, ... */
    kind: text('kind').notNull(),
    ownerRole: text('owner_role').notNull(),
    patientId: uuid('patient_id'),
    admissionId: uuid('admission_id'),
    branchId: uuid('branch_id'),
    /** Values for the task's text (translated in the web app by kind). */
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    /** One open task per dedupe key (a job raising the same reminder twice adds nothing). */
    dedupeKey: text('dedupe_key').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** open, done, dismissed. */
    status: text('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by'),
  },
  (t) => [
    index('tasks_owner_status_idx').on(t.ownerRole, t.status),
    uniqueIndex('tasks_open_dedupe_idx')
      .on(t.dedupeKey)
      .where(sql`status = 'open'`),
  ],
);
