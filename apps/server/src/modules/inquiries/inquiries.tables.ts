import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { inquiries } from '../intake/intake.tables.ts';

/**
 * What staff did with a request for care: each call back (with its note), the close (with its
 * reason) and the conversion into a referral. The inquiry row keeps the current status; this is
 * its history, so a second call back never overwrites the first one's note.
 */
export const inquiryEvents = pgTable(
  'inquiry_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id),
    /** contacted, closed, converted. */
    kind: text('kind').notNull(),
    /** For closed: one of INQUIRY_CLOSE_REASONS. */
    reasonCode: text('reason_code'),
    note: text('note'),
    /** For converted: the referral it became. */
    referralId: uuid('referral_id'),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('inquiry_events_inquiry_idx').on(t.inquiryId, t.at)],
);
