import type { Role } from '@infusio/domain/access';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.ts';
import type { MfaState } from '../../modules/identity/sessions.ts';
import type { AuditActor } from '../../modules/audit/record-audit.ts';

/** Who is calling, handed to every query so it can apply the caller's row scope itself. */
export interface AccessContext {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  branchIds: string[];
  locale: string;
  sessionId: string;
  csrfToken: string;
  mfaState: MfaState;
  mfaFailures: number;
  sessionExpiresAt: Date;
  clientIp: string;
  requestId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Undefined for anonymous callers (public routes only). */
    access: AccessContext | undefined;
  }
}

export function requireAccess(request: FastifyRequest): AccessContext {
  if (!request.access) throw new AppError('not_signed_in', 'Sign in to continue.');
  return request.access;
}

export function auditActorOf(
  access: AccessContext | undefined,
  request: FastifyRequest,
): AuditActor {
  return {
    userId: access?.userId ?? null,
    username: access?.username ?? null,
    roles: access?.roles ?? [],
    clientIp: request.ip,
    requestId: request.id,
  };
}
