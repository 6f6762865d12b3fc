import type { Action, Resource } from '@infusio/domain/access';

/**
 * Every /api route declares one of these in `config.policy`; a route without one makes the server
 * refuse to start (deny by default).
 * - public: no sign-in (health, login, the public inquiry form); the reason is documentation.
 * - session 'mfa-pending': a half-finished sign-in may call it (second-factor enrol/verify).
 * - session 'any': any fully signed-in user (own profile, logout).
 * - resource/action: the caller's roles must grant it (POLICY in @infusio/domain/access); record
 *   routes then apply the row scope in their query.
 */
export type RoutePolicy =
  { public: string } | { session: 'mfa-pending' | 'any' } | { resource: Resource; action: Action };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}

/** Routes outside our control that serve no data (interactive docs assets). */
export const POLICY_EXEMPT_PREFIXES = ['/api/docs'] as const;

export function isPolicyExempt(url: string): boolean {
  return (
    !url.startsWith('/api/') ||
    POLICY_EXEMPT_PREFIXES.some((prefix) => url === prefix || url.startsWith(`${prefix}/`))
  );
}
