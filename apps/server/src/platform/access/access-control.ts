// The one gate every request passes: resolves the session cookie into an AccessContext, applies
// the route's declared policy, checks the CSRF token on cookie-authenticated writes, and records
// refused attempts in the audit trail.
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { canPerform } from '@infusio/domain/access';
import type { AppContext } from '../app-context.ts';
import { AppError } from '../http/app-error.ts';
import { lookupSession } from '../../modules/identity/sessions.ts';
import { recordAudit } from '../../modules/audit/record-audit.ts';
import { isPolicyExempt, type RoutePolicy } from './route-policy.ts';
import { auditActorOf } from './access-context.ts';
import { SESSION_COOKIE, clearSessionCookie } from '../../modules/identity/session-cookie.ts';

export interface RegisteredRoute {
  method: string;
  url: string;
  policy: RoutePolicy | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, with its policy: the route-policy test walks this list. */
    registeredRoutes: RegisteredRoute[];
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function methodsOf(route: RouteOptions): string[] {
  return Array.isArray(route.method) ? route.method : [route.method];
}

async function plugin(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  app.decorate('registeredRoutes', [] as RegisteredRoute[]);
  app.decorateRequest('access', undefined);

  app.addHook('onRoute', (route) => {
    const policy = route.config?.policy;
    for (const method of methodsOf(route)) {
      if (method === 'HEAD') continue;
      app.registeredRoutes.push({ method, url: route.url, policy });
      if (!policy && !isPolicyExempt(route.url)) {
        throw new Error(
          `Route ${method} ${route.url} declares no access policy (config.policy): refusing to start.`,
        );
      }
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    const policy = request.routeOptions.config.policy;
    if (!policy) return;
    const now = ctx.clock.now();
    const token = request.cookies[SESSION_COOKIE];
    const lookup = await lookupSession(ctx.db, token, now, {
      idleMinutes: ctx.config.sessionIdleMinutes,
      absoluteHours: ctx.config.sessionAbsoluteHours,
    });
    if (lookup.status === 'active') {
      const { session } = lookup;
      request.access = {
        userId: session.user.id,
        username: session.user.username,
        displayName: session.user.displayName,
        roles: session.user.roles,
        branchIds: session.user.branchIds,
        locale: session.user.locale,
        sessionId: session.id,
        csrfToken: session.csrfToken,
        mfaState: session.mfaState,
        mfaFailures: session.mfaFailures,
        sessionExpiresAt: session.expiresAt,
        clientIp: request.ip,
        requestId: request.id,
      };
    } else if (lookup.status === 'expired') {
      clearSessionCookie(reply, ctx.config);
    }
    if ('public' in policy) return;
    const access = request.access;
    if (!access) {
      throw lookup.status === 'expired'
        ? new AppError(
            'session_expired',
            'Your session ended after a period of inactivity. Sign in again.',
          )
        : new AppError('not_signed_in', 'Sign in to continue.');
    }
    if (
      UNSAFE_METHODS.has(request.method) &&
      request.headers['x-csrf-token'] !== access.csrfToken
    ) {
      throw new AppError(
        'csrf_failed',
        'This request is missing its security token. Reload the page and try again.',
      );
    }
    if ('session' in policy) {
      if (policy.session === 'any' && access.mfaState !== 'complete')
        throw mfaPending(access.mfaState);
      return;
    }
    if (access.mfaState !== 'complete') throw mfaPending(access.mfaState);
    if (!canPerform(access.roles, policy.resource, policy.action)) {
      await recordDenied(ctx, request, policy.resource, policy.action);
      throw new AppError('forbidden', 'Your role does not allow this.');
    }
  });
}

function mfaPending(state: string): AppError {
  return new AppError('mfa_required', 'Finish signing in with your second factor first.', {
    extensions: { mfaState: state },
  });
}

async function recordDenied(
  ctx: AppContext,
  request: FastifyRequest,
  resource: string,
  action: string,
): Promise<void> {
  const params = request.params as Record<string, unknown> | undefined;
  const id = typeof params?.id === 'string' ? params.id : null;
  await recordAudit(
    ctx.db,
    auditActorOf(request.access, request),
    [
      {
        action,
        resourceType: resource,
        resourceId: id,
        outcome: 'denied',
        details: { route: request.routeOptions.url ?? request.url, method: request.method },
      },
    ],
    ctx.clock.now(),
  );
}

export const accessControl = fp(plugin, { name: 'access-control' });
