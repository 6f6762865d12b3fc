// Opens the embedded PostgreSQL (PGlite) on a data directory, refusing anything that could lose
// data: a directory held by another process, or one with files in it that are not a database
// cluster (PGlite would otherwise run initdb over it).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireEmbeddedLock, type EmbeddedLock } from './embedded-lock.ts';

export class DataDirError extends Error {}

export interface EmbeddedDatabase {
  client: PGlite;
  lock: EmbeddedLock;
  clusterDir: string;
  created: boolean;
}

function assertUsableClusterDir(clusterDir: string): boolean {
  if (!existsSync(clusterDir)) return false;
  const entries = readdirSync(clusterDir);
  if (entries.length === 0) return false;
  if (!entries.includes('PG_VERSION')) {
    throw new DataDirError(
      `${clusterDir} holds files but no PostgreSQL cluster (PG_VERSION is missing). ` +
        'Refusing to initialise a new database over it; move the files away or point INFUSIO_DATA_DIR elsewhere.',
    );
  }
  return true;
}

export async function openEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const lock = acquireEmbeddedLock(dataDir);
  const clusterDir = join(dataDir, 'pglite');
  try {
    const exists = assertUsableClusterDir(clusterDir);
    // relaxedDurability stays false: every commit is flushed to disk before it is acknowledged.
    const client = await PGlite.create({ dataDir: clusterDir, relaxedDurability: false });
    await client.query('select 1');
    return { client, lock, clusterDir, created: !exists };
  } catch (error) {
    lock.release();
    if (error instanceof DataDirError) throw error;
    throw new DataDirError(
      `The embedded database in ${clusterDir} could not be opened (${error instanceof Error ? error.message : String(error)}). ` +
        'Nothing was changed. Restore the directory from a backup or point INFUSIO_DATA_DIR elsewhere.',
    );
  }
}
