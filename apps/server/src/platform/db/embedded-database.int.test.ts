import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { branches } from '../../modules/locations/locations.tables.ts';
import { describe, expect, it } from 'vitest';
import { openEmbedded } from './database.ts';
import { DataDirLockedError, acquireEmbeddedLock } from './embedded-lock.ts';
import { DataDirError } from './open-embedded.ts';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'infusio-db-'));
}

describe('the embedded database', () => {
  it('keeps data across a clean close and reopen', async () => {
    const dir = tempDir();
    const first = await openEmbedded(dir);
    await first.migrate();
    await first.db.execute(
      sql`insert into branches (code, name, address_line1, city, state, postal_code, phone) values ('K1', 'Kept', '1 St', 'Chicago', 'IL', '60601', '1')`,
    );
    await first.close();
    const second = await openEmbedded(dir);
    await second.migrate();
    const rows = await second.db
      .select({ name: branches.name })
      .from(branches)
      .where(eq(branches.code, 'K1'));
    expect(rows.map((r) => r.name)).toEqual(['Kept']);
    await second.close();
  });

  it('refuses a second opener while the first holds the lock, naming the holder', async () => {
    const dir = tempDir();
    const first = await openEmbedded(dir);
    const attempt = openEmbedded(dir);
    await expect(attempt).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(attempt).rejects.toThrow(`already open in process ${process.pid}`);
    await first.close();
    const lockAfterClose = () => readFileSync(join(dir, 'infusio.lock'), 'utf8');
    expect(lockAfterClose).toThrow();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'infusio.lock'),
      JSON.stringify({ pid: 999_999_999, hostname: hostname(), startedAt: '2026-01-01T00:00:00Z' }),
    );
    const lock = acquireEmbeddedLock(dir);
    expect(lock.tookOverFrom?.pid).toBe(999_999_999);
    lock.release();
  });

  it('refuses to initialise a database over a directory that holds other files', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'pglite'));
    writeFileSync(join(dir, 'pglite', 'notes.txt'), 'not a database');
    await expect(openEmbedded(dir)).rejects.toBeInstanceOf(DataDirError);
    expect(readFileSync(join(dir, 'pglite', 'notes.txt'), 'utf8')).toBe('not a database');
  });
});
