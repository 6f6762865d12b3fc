import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import { auditEvents } from './audit.tables.ts';
import type { AuditEventView, SearchAuditQuery } from './audit.contracts.ts';

export async function searchAuditEvents(db: DbOrTx, query: SearchAuditQuery) {
  const conditions: SQL[] = [];
  if (query.patientId) conditions.push(eq(auditEvents.patientId, query.patientId));
  if (query.userId) conditions.push(eq(auditEvents.actorUserId, query.userId));
  if (query.username)
    conditions.push(eq(auditEvents.actorUsername, query.username.trim().toLowerCase()));
  if (query.from) conditions.push(gte(auditEvents.occurredAt, new Date(query.from)));
  if (query.to) conditions.push(lte(auditEvents.occurredAt, new Date(query.to)));
  if (query.outcome) conditions.push(eq(auditEvents.outcome, query.outcome));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [totalRow] = await db.select({ total: count() }).from(auditEvents).where(where);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.seq))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const items: AuditEventView[] = rows.map((row) => ({
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actorUserId: row.actorUserId,
    actorUsername: row.actorUsername,
    actorRoles: row.actorRoles,
    action: row.action,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    patientId: row.patientId,
    clientIp: row.clientIp,
    outcome: row.outcome,
    requestId: row.requestId,
    details: row.details,
  }));
  return { items, total: totalRow?.total ?? 0 };
}

export async function countAuditEvents(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ total: count() }).from(auditEvents);
  return row?.total ?? 0;
}
