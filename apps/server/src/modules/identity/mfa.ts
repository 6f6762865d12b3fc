// Second factor: enrolment (secret + QR code, then a first code to prove it works, then recovery
// codes), and verification at sign-in with a TOTP code or a single-use recovery code. A completed
// second factor always starts a fresh session (no session fixation across the privilege change).
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { mfaRecoveryCodes, sessions, users } from './identity.tables.ts';
import { createSession, revokeSession } from './sessions.ts';
import { checkTotp, generateTotpSecret, totpQrDataUrl, totpUri } from './totp.ts';

export const MAX_MFA_FAILURES = 5;
const RECOVERY_CODE_COUNT = 10;

function actorOf(access: AccessContext): AuditActor {
  return {
    userId: access.userId,
    username: access.username,
    roles: access.roles,
    clientIp: access.clientIp,
    requestId: access.requestId,
  };
}

function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(code.replace(/[^a-z0-9]/gi, '').toLowerCase())
    .digest('hex');
}

function newRecoveryCode(): string {
  const raw = randomBytes(8).toString('hex');
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12, 16)}`;
}

export interface MfaEnrollment {
  secret: string;
  otpauthUri: string;
  qrDataUrl: string;
}

export async function startMfaEnrollment(
  ctx: AppContext,
  access: AccessContext,
): Promise<MfaEnrollment> {
  if (access.mfaState !== 'enroll')
    throw new AppError('conflict', 'A second factor is already set up for this account.');
  const secret = generateTotpSecret();
  await ctx.db
    .update(users)
    .set({ mfaSecretSealed: ctx.secretBox.seal(secret), updatedAt: ctx.clock.now() })
    .where(eq(users.id, access.userId));
  const uri = totpUri(secret, access.username);
  return { secret, otpauthUri: uri, qrDataUrl: await totpQrDataUrl(uri) };
}

export interface CompletedSecondFactor {
  token: string;
  csrfToken: string;
  recoveryCodes?: string[];
}

async function registerFailure(ctx: AppContext, access: AccessContext): Promise<never> {
  const now = ctx.clock.now();
  const failures = access.mfaFailures + 1;
  await ctx.db
    .update(sessions)
    .set({ mfaFailures: failures })
    .where(eq(sessions.id, access.sessionId));
  await recordAudit(
    ctx.db,
    actorOf(access),
    [{ action: 'mfa-verify', resourceType: 'session', outcome: 'denied', details: { failures } }],
    now,
  );
  if (failures >= MAX_MFA_FAILURES) {
    await revokeSession(ctx.db, access.sessionId, now);
    throw new AppError('invalid_mfa_code', 'Too many wrong codes. Sign in again.', {
      extensions: { signInAgain: true },
    });
  }
  throw new AppError(
    'invalid_mfa_code',
    'That code is not valid. Check the time on your phone and try the newest code.',
    {
      fields: [{ field: '/code', code: 'invalid_code', message: 'That code is not valid.' }],
    },
  );
}

async function readSecret(ctx: AppContext, userId: string) {
  const [user] = await ctx.db
    .select({ sealed: users.mfaSecretSealed, lastStep: users.mfaLastStep })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.sealed) return undefined;
  return { secret: ctx.secretBox.open(user.sealed), lastStep: user.lastStep };
}

export async function activateMfa(
  ctx: AppContext,
  access: AccessContext,
  code: string,
): Promise<CompletedSecondFactor> {
  if (access.mfaState !== 'enroll')
    throw new AppError('conflict', 'A second factor is already set up for this account.');
  const stored = await readSecret(ctx, access.userId);
  if (!stored)
    throw new AppError(
      'precondition_failed',
      'Start the set-up first: the QR code has not been created yet.',
    );
  const now = ctx.clock.now();
  const step = checkTotp(stored.secret, code, now, stored.lastStep);
  if (step === undefined) return registerFailure(ctx, access);
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ mfaEnabledAt: now, mfaLastStep: step, updatedAt: now })
      .where(eq(users.id, access.userId));
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, access.userId));
    await tx
      .insert(mfaRecoveryCodes)
      .values(recoveryCodes.map((c) => ({ userId: access.userId, codeHash: hashRecoveryCode(c) })));
    const session = await rotateToComplete(ctx, tx, access, now);
    await recordAudit(
      tx,
      actorOf(access),
      [{ action: 'mfa-enroll', resourceType: 'session' }],
      now,
    );
    return { ...session, recoveryCodes };
  });
}

export async function verifyMfa(
  ctx: AppContext,
  access: AccessContext,
  input: { code?: string; recoveryCode?: string },
): Promise<CompletedSecondFactor> {
  if (access.mfaState !== 'verify')
    throw new AppError('conflict', 'This session is not waiting for a second-factor code.');
  const now = ctx.clock.now();
  if (input.recoveryCode) {
    const [match] = await ctx.db
      .select({ id: mfaRecoveryCodes.id })
      .from(mfaRecoveryCodes)
      .where(
        and(
          eq(mfaRecoveryCodes.userId, access.userId),
          eq(mfaRecoveryCodes.codeHash, hashRecoveryCode(input.recoveryCode)),
          isNull(mfaRecoveryCodes.usedAt),
        ),
      );
    if (!match) return registerFailure(ctx, access);
    return ctx.db.transaction(async (tx) => {
      await tx
        .update(mfaRecoveryCodes)
        .set({ usedAt: now })
        .where(eq(mfaRecoveryCodes.id, match.id));
      await recordAudit(
        tx,
        actorOf(access),
        [{ action: 'mfa-verify', resourceType: 'session', details: { method: 'recovery-code' } }],
        now,
      );
      return rotateToComplete(ctx, tx, access, now);
    });
  }
  const stored = await readSecret(ctx, access.userId);
  const step =
    stored && input.code ? checkTotp(stored.secret, input.code, now, stored.lastStep) : undefined;
  if (step === undefined) return registerFailure(ctx, access);
  return ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ mfaLastStep: step }).where(eq(users.id, access.userId));
    await recordAudit(
      tx,
      actorOf(access),
      [{ action: 'mfa-verify', resourceType: 'session', details: { method: 'totp' } }],
      now,
    );
    return rotateToComplete(ctx, tx, access, now);
  });
}

async function rotateToComplete(
  ctx: AppContext,
  tx: Parameters<typeof revokeSession>[0],
  access: AccessContext,
  now: Date,
): Promise<CompletedSecondFactor> {
  await revokeSession(tx, access.sessionId, now);
  const session = await createSession(tx, {
    userId: access.userId,
    mfaState: 'complete',
    clientIp: access.clientIp,
    userAgent: undefined,
    now,
    expiresAt: access.sessionExpiresAt,
    policy: {
      idleMinutes: ctx.config.sessionIdleMinutes,
      absoluteHours: ctx.config.sessionAbsoluteHours,
    },
  });
  return { token: session.token, csrfToken: session.csrfToken };
}
