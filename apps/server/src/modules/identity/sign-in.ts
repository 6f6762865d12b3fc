// The sign-in command: throttling, password check in constant time, the second-factor state the
// new session starts in, and the audit record of every attempt.
import { requiresMfa } from '@infusio/domain/access';
import type { AppContext } from '../../platform/app-context.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkLoginThrottle, recordLoginAttempt } from './login-throttle.ts';
import { verifyPassword } from './password.ts';
import { createSession, loadSessionUser, type MfaState } from './sessions.ts';
import { findUserByUsername } from './users.ts';

export interface SignInInput {
  username: string;
  password: string;
  clientIp: string;
  userAgent: string | undefined;
  requestId: string;
}

export interface SignInResult {
  token: string;
  csrfToken: string;
  mfaState: MfaState;
}

function minutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

export async function signIn(ctx: AppContext, input: SignInInput): Promise<SignInResult> {
  const now = ctx.clock.now();
  const actor = {
    username: input.username.slice(0, 64),
    roles: [],
    clientIp: input.clientIp,
    requestId: input.requestId,
  };
  const verdict = await checkLoginThrottle(ctx.db, input.username, input.clientIp, now);
  if (!verdict.allowed) {
    await recordAudit(
      ctx.db,
      actor,
      [
        {
          action: 'sign-in',
          resourceType: 'session',
          outcome: 'denied',
          details: { reason: `throttled-${verdict.reason}` },
        },
      ],
      now,
    );
    const message =
      verdict.reason === 'account'
        ? `Too many failed sign-in attempts for this account. Try again in ${minutes(verdict.retryAfterSeconds)} minutes.`
        : `Too many failed sign-in attempts from your network. Try again in ${minutes(verdict.retryAfterSeconds)} minutes.`;
    throw new AppError('rate_limited', message, {
      extensions: { retryAfterSeconds: verdict.retryAfterSeconds },
    });
  }
  const user = await findUserByUsername(ctx.db, input.username);
  const usable = user?.disabledAt === null ? user : undefined;
  const passwordOk = await verifyPassword(usable?.passwordHash, input.password);
  if (!usable || !passwordOk) {
    await recordLoginAttempt(ctx.db, input.username, input.clientIp, false, now);
    await recordAudit(
      ctx.db,
      actor,
      [
        {
          action: 'sign-in',
          resourceType: 'session',
          outcome: 'denied',
          details: { reason: 'bad-credentials' },
        },
      ],
      now,
    );
    throw new AppError('invalid_credentials', 'The username or password is incorrect.');
  }
  const sessionUser = await loadSessionUser(ctx.db, usable.id);
  if (!sessionUser)
    throw new AppError('invalid_credentials', 'The username or password is incorrect.');
  const mfaState: MfaState =
    requiresMfa(sessionUser.roles) || sessionUser.mfaEnabled
      ? sessionUser.mfaEnabled
        ? 'verify'
        : 'enroll'
      : 'complete';
  return ctx.db.transaction(async (tx) => {
    await recordLoginAttempt(tx, input.username, input.clientIp, true, now);
    const session = await createSession(tx, {
      userId: usable.id,
      mfaState,
      clientIp: input.clientIp,
      userAgent: input.userAgent,
      now,
      policy: {
        idleMinutes: ctx.config.sessionIdleMinutes,
        absoluteHours: ctx.config.sessionAbsoluteHours,
      },
    });
    await recordAudit(
      tx,
      {
        userId: usable.id,
        username: usable.username,
        roles: sessionUser.roles,
        clientIp: input.clientIp,
        requestId: input.requestId,
      },
      [
        {
          action: 'sign-in',
          resourceType: 'session',
          details: { step: 'password', next: mfaState },
        },
      ],
      now,
    );
    return { token: session.token, csrfToken: session.csrfToken, mfaState };
  });
}
