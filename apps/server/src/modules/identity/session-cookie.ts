import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../platform/config/config.ts';

export const SESSION_COOKIE = 'infusio_session';

/** Secure whenever the request came over TLS, and always in production (no insecure cookies). */
function isSecure(
  request: FastifyRequest | undefined,
  config: Pick<AppConfig, 'isProduction'>,
): boolean {
  return config.isProduction || request?.protocol === 'https';
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  config: Pick<AppConfig, 'isProduction'>,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: isSecure(reply.request, config),
    path: '/',
  });
}

export function clearSessionCookie(
  reply: FastifyReply,
  config: Pick<AppConfig, 'isProduction'>,
): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: isSecure(reply.request, config),
    path: '/',
  });
}
