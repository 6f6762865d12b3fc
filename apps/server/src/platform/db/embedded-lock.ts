// The embedded database may be opened by one process only. A lock file in the data directory
// names the holder; a second start refuses with a message saying who holds it. A lock left by a
// process that no longer runs (a crash, a kill -9) is taken over, with a warning.
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${dataDir} is already open in process ${holder.pid} on ${holder.hostname} (since ${holder.startedAt}). ` +
        `Stop that process first, or start this one with INFUSIO_DATA_DIR pointing to another directory.`,
    );
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (
      typeof parsed.pid === 'number' &&
      typeof parsed.hostname === 'string' &&
      typeof parsed.startedAt === 'string'
    ) {
      return { pid: parsed.pid, hostname: parsed.hostname, startedAt: parsed.startedAt };
    }
  } catch {
    // unreadable or half-written lock: treated as stale below
  }
  return undefined;
}

export interface EmbeddedLock {
  path: string;
  /** A warning to log when a stale lock was taken over. */
  tookOverFrom: LockHolder | undefined;
  release(): void;
}

export function acquireEmbeddedLock(dataDir: string): EmbeddedLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'infusio.lock');
  const me: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
  };
  let tookOverFrom: LockHolder | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      return {
        path,
        tookOverFrom,
        release() {
          if (released) return;
          released = true;
          const holder = readHolder(path);
          if (holder?.pid === me.pid && holder.hostname === me.hostname)
            rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      const sameHost = holder?.hostname === me.hostname;
      if (holder && (!sameHost || isProcessAlive(holder.pid)))
        throw new DataDirLockedError(dataDir, holder);
      tookOverFrom = holder;
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not create the lock file ${path}.`);
}
