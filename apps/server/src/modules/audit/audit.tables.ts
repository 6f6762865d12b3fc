import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The append-only, hash-chained record of every read and write of protected health information.
 * seq is assigned under an advisory lock as last seq + 1, so a deleted row leaves a visible gap;
 * hash = SHA-256 over the row's fields and the previous row's hash, so a changed row breaks the
 * chain. A trigger (migration 0001) refuses UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    /** The roles the actor held, comma-separated. */
    actorRoles: text('actor_roles').notNull(),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    patientId: uuid('patient_id'),
    clientIp: text('client_ip'),
    /** 'success', 'denied' or 'error'. */
    outcome: text('outcome').notNull(),
    requestId: text('request_id'),
    /** Non-PHI context: field names changed, counts, reasons. Never values from a chart. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_patient_idx').on(t.patientId, t.occurredAt),
    index('audit_events_actor_idx').on(t.actorUserId, t.occurredAt),
    index('audit_events_time_idx').on(t.occurredAt),
  ],
);
