// Appends entries to the hash-chained audit trail. Runs inside the caller's transaction when given
// one (a write and its audit row commit or roll back together), and takes a transaction-scoped
// advisory lock so concurrent appenders, even in several API processes, form one chain.
import { desc, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import { auditEvents } from './audit.tables.ts';
import { GENESIS_HASH, hashAuditRow } from './audit-hash.ts';

const AUDIT_CHAIN_LOCK = 7_261_001;

export type AuditOutcome = 'success' | 'denied' | 'error';

export interface AuditActor {
  userId?: string | null;
  username?: string | null;
  roles: readonly string[];
  clientIp?: string | null;
  requestId?: string | null;
}

export interface AuditEntry {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  patientId?: string | null;
  outcome?: AuditOutcome;
  details?: Record<string, unknown>;
}

export async function recordAudit(
  db: DbOrTx,
  actor: AuditActor,
  entries: readonly AuditEntry[],
  at: Date,
): Promise<void> {
  if (entries.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
    const [last] = await tx
      .select({ seq: auditEvents.seq, hash: auditEvents.hash })
      .from(auditEvents)
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    let seq = last?.seq ?? 0;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const occurredAt = new Date(at.getTime());
    const rows = entries.map((entry) => {
      seq += 1;
      const fields = {
        seq,
        occurredAt,
        actorUserId: actor.userId ?? null,
        actorUsername: actor.username ?? null,
        actorRoles: actor.roles.join(','),
        action: entry.action,
        resourceType: entry.resourceType,
        resourceId: entry.resourceId ?? null,
        patientId: entry.patientId ?? null,
        clientIp: actor.clientIp ?? null,
        outcome: entry.outcome ?? 'success',
        requestId: actor.requestId ?? null,
        details: entry.details ?? {},
        prevHash,
      };
      const hash = hashAuditRow(fields);
      prevHash = hash;
      return { ...fields, hash };
    });
    for (let i = 0; i < rows.length; i += 500)
      await tx.insert(auditEvents).values(rows.slice(i, i + 500));
  });
}
