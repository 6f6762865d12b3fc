// Appends to an authorization's history. Events are read in time order, and one command may write
// several in the same millisecond (submitted, then the decision read from the 278), so each event
// is stamped at least a millisecond after the authorization's previous one.
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import { authorizationEvents } from './authorizations.tables.ts';

export type NewAuthorizationEvent = typeof authorizationEvents.$inferInsert;

export async function appendAuthorizationEvent(
  db: DbOrTx,
  event: NewAuthorizationEvent,
): Promise<void> {
  const [last] = await db
    .select({ at: authorizationEvents.at })
    .from(authorizationEvents)
    .where(eq(authorizationEvents.authorizationId, event.authorizationId))
    .orderBy(desc(authorizationEvents.at))
    .limit(1);
  const at =
    last !== undefined && last.at.getTime() >= event.at.getTime()
      ? new Date(last.at.getTime() + 1)
      : event.at;
  await db.insert(authorizationEvents).values({ ...event, at });
}
