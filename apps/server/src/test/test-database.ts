// A fresh, migrated database for one test app: in-memory PGlite by default; a brand-new database on
// the PostgreSQL server in TEST_DATABASE_URL when INFUSIO_TEST_TARGET=server. Either way the test
// makes its own world and throws it away.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openInMemory, openServer, type Database } from '../platform/db/database.ts';

export type TestTarget = 'embedded' | 'server';

export function testTarget(): TestTarget {
  return process.env.INFUSIO_TEST_TARGET === 'server' ? 'server' : 'embedded';
}

export interface TestDatabase {
  database: Database;
  url: string | undefined;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'INFUSIO_TEST_TARGET=server needs TEST_DATABASE_URL (for example postgres://postgres@127.0.0.1:5432/test).',
    );
  return url;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testTarget() === 'embedded') {
    const database = await openInMemory();
    await database.migrate();
    return { database, url: undefined, drop: () => database.close() };
  }
  const adminUrl = serverUrl();
  const name = `infusio_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openServer(url.toString(), 4);
  await database.migrate();
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
