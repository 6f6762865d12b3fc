// A demo staff member as the module commands expect a caller: the access context a signed-in
// session would give them (their roles, their branch), the audit actor and the eligibility-check
// actor. The seed runs each command as this person, at the moment it happened in the history.
import type { Role } from '@infusio/domain/access';
import type { AccessContext } from '../platform/access/access-context.ts';
import type { AppContext } from '../platform/app-context.ts';
import type { DbOrTx } from '../platform/db/types.ts';
import type { AuditActor } from '../modules/audit/record-audit.ts';
import type { CheckActor } from '../modules/coverage/check-eligibility.ts';

export interface DemoStaff {
  access: AccessContext;
  audit: AuditActor;
  check: CheckActor;
}

export function demoStaff(
  user: { id: string; username: string; displayName: string; roles: Role[] },
  branchId: string,
  now: Date,
): DemoStaff {
  const audit = { userId: user.id, username: user.username, roles: user.roles };
  return {
    access: {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      branchIds: [branchId],
      locale: 'en',
      sessionId: 'demo-seed',
      csrfToken: '',
      mfaState: 'complete',
      mfaFailures: 0,
      sessionExpiresAt: now,
      clientIp: '127.0.0.1',
      requestId: 'demo-seed',
    },
    audit,
    check: { audit, userId: user.id, name: user.displayName },
  };
}

/** The application as it stood at `at`: the seed's transaction and a clock stopped there. */
export function contextAt(ctx: AppContext, tx: DbOrTx, at: Date): AppContext {
  return { ...ctx, db: tx, clock: { now: () => at } };
}
