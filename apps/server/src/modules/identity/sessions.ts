// Server-side sessions stored in PostgreSQL. The browser holds only a random token in an HttpOnly
// cookie; the database holds its SHA-256. A session ends after 15 idle minutes or 12 hours in all
// (HIPAA automatic logoff), on logout, or when the user logs out everywhere.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { isRole, type Role } from '@infusio/domain/access';
import type { DbOrTx } from '../../platform/db/types.ts';
import { sessions, userBranches, userRoles, users } from './identity.tables.ts';

export type MfaState = 'enroll' | 'verify' | 'complete';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  locale: string;
  roles: Role[];
  branchIds: string[];
  mfaEnabled: boolean;
}

export interface ActiveSession {
  id: string;
  user: SessionUser;
  mfaState: MfaState;
  csrfToken: string;
  mfaFailures: number;
  expiresAt: Date;
  lastSeenAt: Date;
}

export type SessionLookup =
  { status: 'active'; session: ActiveSession } | { status: 'expired' } | { status: 'none' };

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: DbOrTx,
  input: {
    userId: string;
    mfaState: MfaState;
    clientIp: string;
    userAgent: string | undefined;
    now: Date;
    policy: SessionPolicy;
    /** Keep the absolute end of the sign-in this session continues (second-factor rotation). */
    expiresAt?: Date;
  },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt =
    input.expiresAt ?? new Date(input.now.getTime() + input.policy.absoluteHours * 3_600_000);
  await db.insert(sessions).values({
    id: hashSessionToken(token),
    userId: input.userId,
    mfaState: input.mfaState,
    csrfToken,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt,
    clientIp: input.clientIp,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export async function loadSessionUser(
  db: DbOrTx,
  userId: string,
): Promise<SessionUser | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  if (!user) return undefined;
  const roleRows = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, userId));
  const branchRows = await db
    .select({ branchId: userBranches.branchId })
    .from(userBranches)
    .where(eq(userBranches.userId, userId));
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    locale: user.locale,
    roles: roleRows.map((r) => r.role).filter(isRole),
    branchIds: branchRows.map((b) => b.branchId),
    mfaEnabled: user.mfaEnabledAt !== null,
  };
}

/** Seconds between two writes of last_seen_at: enough precision for a 15-minute idle timeout. */
const TOUCH_INTERVAL_MS = 15_000;

export async function lookupSession(
  db: DbOrTx,
  token: string | undefined,
  now: Date,
  policy: SessionPolicy,
): Promise<SessionLookup> {
  if (!token) return { status: 'none' };
  const [row] = await db
    .select()
    .from(sessions)
    .where(eq(sessions.id, hashSessionToken(token)));
  if (!row) return { status: 'none' };
  if (row.revokedAt) return { status: 'expired' };
  const idleMs = now.getTime() - row.lastSeenAt.getTime();
  if (idleMs > policy.idleMinutes * 60_000 || now >= row.expiresAt) {
    await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, row.id));
    return { status: 'expired' };
  }
  const user = await loadSessionUser(db, row.userId);
  if (!user) return { status: 'expired' };
  if (idleMs > TOUCH_INTERVAL_MS)
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id));
  return {
    status: 'active',
    session: {
      id: row.id,
      user,
      mfaState: row.mfaState as MfaState,
      csrfToken: row.csrfToken,
      mfaFailures: row.mfaFailures,
      expiresAt: row.expiresAt,
      lastSeenAt: idleMs > TOUCH_INTERVAL_MS ? now : row.lastSeenAt,
    },
  };
}

export async function revokeSession(db: DbOrTx, sessionId: string, now: Date): Promise<void> {
  await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, sessionId));
}

/** Logout everywhere: every open session of the user ends now. Returns how many were open. */
export async function revokeAllSessions(db: DbOrTx, userId: string, now: Date): Promise<number> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return revoked.length;
}
