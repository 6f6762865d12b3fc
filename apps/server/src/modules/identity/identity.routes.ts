import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { requireAccess } from '../../platform/access/access-context.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import {
  LoginRequestSchema,
  LoginResponseSchema,
  LogoutAllResponseSchema,
  MfaCodeRequestSchema,
  MfaCompletedResponseSchema,
  MfaEnrollmentResponseSchema,
  PreferencesRequestSchema,
  SessionResponseSchema,
  type Locale,
} from './identity.contracts.ts';
import { activateMfa, startMfaEnrollment, verifyMfa } from './mfa.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';
import { revokeAllSessions, revokeSession } from './sessions.ts';
import { signIn } from './sign-in.ts';
import { setUserLocale } from './users.ts';
import { AppError } from '../../platform/http/app-error.ts';

const TAGS = ['identity'];

export function identityRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: {
          policy: { public: 'signing in' },
          rateLimit: { max: 30, timeWindow: '1 minute' },
        },
        schema: {
          tags: TAGS,
          summary: 'Sign in with username and password',
          description:
            'Starts a session. Staff and physicians must then enrol or enter a second-factor code.',
          body: LoginRequestSchema,
          response: withProblems({ 200: LoginResponseSchema }, [429]),
        },
      },
      async (request, reply) => {
        const result = await signIn(ctx, {
          username: request.body.username,
          password: request.body.password,
          clientIp: request.ip,
          userAgent: request.headers['user-agent'],
          requestId: request.id,
        });
        setSessionCookie(reply, result.token, ctx.config);
        return { mfaState: result.mfaState, csrfToken: result.csrfToken };
      },
    );

    app.get(
      '/api/auth/session',
      {
        config: { policy: { session: 'mfa-pending' } },
        schema: {
          tags: TAGS,
          summary: 'The current session and its user',
          response: withProblems({ 200: SessionResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        return {
          user: {
            id: access.userId,
            username: access.username,
            displayName: access.displayName,
            roles: access.roles,
            locale: access.locale as Locale,
            branchIds: access.branchIds,
          },
          mfaState: access.mfaState,
          csrfToken: access.csrfToken,
          idleTimeoutSeconds: Math.round(ctx.config.sessionIdleMinutes * 60),
          expiresAt: access.sessionExpiresAt.toISOString(),
        };
      },
    );

    app.post(
      '/api/auth/mfa/enroll',
      {
        config: { policy: { session: 'mfa-pending' } },
        schema: {
          tags: TAGS,
          summary: 'Create a TOTP secret and its QR code',
          response: withProblems({ 200: MfaEnrollmentResponseSchema }, [409]),
        },
      },
      async (request) => startMfaEnrollment(ctx, requireAccess(request)),
    );

    app.post(
      '/api/auth/mfa/activate',
      {
        config: { policy: { session: 'mfa-pending' } },
        schema: {
          tags: TAGS,
          summary: 'Confirm the first code; returns single-use recovery codes',
          body: MfaCodeRequestSchema,
          response: withProblems({ 200: MfaCompletedResponseSchema }, [409]),
        },
      },
      async (request, reply) => {
        if (!request.body.code)
          throw new AppError('validation_failed', 'Enter the six-digit code.', {
            fields: [{ field: '/code', code: 'required', message: 'This field is required.' }],
          });
        const result = await activateMfa(ctx, requireAccess(request), request.body.code);
        setSessionCookie(reply, result.token, ctx.config);
        return { csrfToken: result.csrfToken, recoveryCodes: result.recoveryCodes };
      },
    );

    app.post(
      '/api/auth/mfa/verify',
      {
        config: { policy: { session: 'mfa-pending' } },
        schema: {
          tags: TAGS,
          summary: 'Finish signing in with a TOTP code or a recovery code',
          body: MfaCodeRequestSchema,
          response: withProblems({ 200: MfaCompletedResponseSchema }, [409]),
        },
      },
      async (request, reply) => {
        if (!request.body.code && !request.body.recoveryCode) {
          throw new AppError('validation_failed', 'Enter the six-digit code or a recovery code.', {
            fields: [{ field: '/code', code: 'required', message: 'This field is required.' }],
          });
        }
        const result = await verifyMfa(ctx, requireAccess(request), request.body);
        setSessionCookie(reply, result.token, ctx.config);
        return { csrfToken: result.csrfToken };
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { policy: { session: 'mfa-pending' } },
        schema: {
          tags: TAGS,
          summary: 'End this session',
          response: withProblems({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        await revokeSession(ctx.db, access.sessionId, now);
        await recordAudit(
          ctx.db,
          {
            userId: access.userId,
            username: access.username,
            roles: access.roles,
            clientIp: request.ip,
            requestId: request.id,
          },
          [{ action: 'sign-out', resourceType: 'session' }],
          now,
        );
        clearSessionCookie(reply, ctx.config);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/logout-all',
      {
        config: { policy: { session: 'any' } },
        schema: {
          tags: TAGS,
          summary: 'End every session of this user, on every device',
          response: withProblems({ 200: LogoutAllResponseSchema }),
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const sessionsEnded = await revokeAllSessions(ctx.db, access.userId, now);
        await recordAudit(
          ctx.db,
          {
            userId: access.userId,
            username: access.username,
            roles: access.roles,
            clientIp: request.ip,
            requestId: request.id,
          },
          [{ action: 'sign-out-everywhere', resourceType: 'session', details: { sessionsEnded } }],
          now,
        );
        clearSessionCookie(reply, ctx.config);
        return { sessionsEnded };
      },
    );

    app.put(
      '/api/me/preferences',
      {
        config: { policy: { session: 'any' } },
        schema: {
          tags: TAGS,
          summary: 'Save the user interface language',
          body: PreferencesRequestSchema,
          response: withProblems({ 204: Type.Null() }),
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        await setUserLocale(ctx.db, access.userId, request.body.locale, ctx.clock.now());
        return reply.status(204).send(null);
      },
    );
  };
}
