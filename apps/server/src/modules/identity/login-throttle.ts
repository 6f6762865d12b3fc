// Sign-in throttling, keyed by the username as typed (whether or not such an account exists, so
// lockout reveals nothing) and by client address. The limits are data, with their rationale.
import { and, count, eq, gt, max } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import { loginAttempts } from './identity.tables.ts';

export const LOGIN_THROTTLE = {
  /** NIST SP 800-63B §5.2.2 allows up to 100; we lock sooner and for a short time. */
  perAccount: { failures: 5, windowMinutes: 15, lockMinutes: 15 },
  /** One address trying many accounts (credential stuffing). */
  perAddress: { failures: 30, windowMinutes: 15, lockMinutes: 15 },
} as const;

export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}

export type ThrottleVerdict =
  { allowed: true } | { allowed: false; reason: 'account' | 'address'; retryAfterSeconds: number };

async function failuresSince(
  db: DbOrTx,
  column: 'usernameKey' | 'clientIp',
  value: string,
  since: Date,
) {
  const key = column === 'usernameKey' ? loginAttempts.usernameKey : loginAttempts.clientIp;
  const [row] = await db
    .select({ failures: count(), latest: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(key, value), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return { failures: row?.failures ?? 0, latest: row?.latest ?? null };
}

async function lastSuccess(db: DbOrTx, key: string): Promise<Date | null> {
  const [row] = await db
    .select({ latest: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.usernameKey, key), eq(loginAttempts.succeeded, true)));
  return row?.latest ?? null;
}

export async function checkLoginThrottle(
  db: DbOrTx,
  username: string,
  clientIp: string,
  now: Date,
): Promise<ThrottleVerdict> {
  const { perAccount, perAddress } = LOGIN_THROTTLE;
  const addressWindow = new Date(now.getTime() - perAddress.windowMinutes * 60_000);
  const byAddress = await failuresSince(db, 'clientIp', clientIp, addressWindow);
  if (byAddress.failures >= perAddress.failures && byAddress.latest) {
    const until = byAddress.latest.getTime() + perAddress.lockMinutes * 60_000;
    if (until > now.getTime())
      return {
        allowed: false,
        reason: 'address',
        retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000),
      };
  }
  const key = usernameKey(username);
  const accountWindow = new Date(now.getTime() - perAccount.windowMinutes * 60_000);
  const success = await lastSuccess(db, key);
  const since = success && success > accountWindow ? success : accountWindow;
  const byAccount = await failuresSince(db, 'usernameKey', key, since);
  if (byAccount.failures >= perAccount.failures && byAccount.latest) {
    const until = byAccount.latest.getTime() + perAccount.lockMinutes * 60_000;
    if (until > now.getTime())
      return {
        allowed: false,
        reason: 'account',
        retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000),
      };
  }
  return { allowed: true };
}

export async function recordLoginAttempt(
  db: DbOrTx,
  username: string,
  clientIp: string,
  succeeded: boolean,
  now: Date,
): Promise<void> {
  await db
    .insert(loginAttempts)
    .values({ usernameKey: usernameKey(username), clientIp, succeeded, at: now });
}
