import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from './types.ts';

/** Rows of a raw SQL query, whichever driver is behind the database (both return { rows }). */
export async function executeRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}
