// One entry point to the database: the embedded PGlite by default, a PostgreSQL server when
// DATABASE_URL is set. Same schema, same migrations, same queries.
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { resolve } from 'node:path';
import * as schema from './schema.ts';
import type { Db } from './types.ts';
import { openEmbeddedDatabase } from './open-embedded.ts';

export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../../../drizzle');

export interface Database {
  db: Db;
  kind: 'embedded' | 'server';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
}

function wrapPglite(client: PGlite, onClose: () => void): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    kind: 'embedded',
    migrate: () =>
      migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_DIR }),
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
      onClose();
    },
    ping: () => pingDb(db),
  };
}

async function pingDb(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

export async function openEmbedded(dataDir: string): Promise<Database> {
  const embedded = await openEmbeddedDatabase(dataDir);
  return wrapPglite(embedded.client, () => {
    embedded.lock.release();
  });
}

/** An in-memory embedded database (tests, tools): no data directory, no lock. */
export async function openInMemory(): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const client = await PGlite.create();
  return wrapPglite(client, () => undefined);
}

export function openServer(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A dropped connection must not crash the process; the next query reports the failure.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    kind: 'server',
    migrate: () => migratePg(drizzlePg(pool, { schema }), { migrationsFolder: MIGRATIONS_DIR }),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
    ping: () => pingDb(db),
  };
}

export async function openDatabase(config: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<Database> {
  return config.databaseUrl ? openServer(config.databaseUrl) : openEmbedded(config.dataDir);
}
