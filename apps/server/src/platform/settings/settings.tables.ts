import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Organisation settings that administrators change (response clock targets, lab windows, ...). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
