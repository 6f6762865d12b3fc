// The hash of one audit row: SHA-256 over its fields in a fixed order and the previous row's hash.
// Used both when appending and when verifying, so the two can never disagree on the format.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedAuditFields {
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  actorRoles: string;
  action: string;
  resourceType: string;
  resourceId: string | null;
  patientId: string | null;
  clientIp: string | null;
  outcome: string;
  requestId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
}

/** JSON with object keys sorted at every level, so jsonb's own key order does not matter. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashAuditRow(row: HashedAuditFields): string {
  const canonical = canonicalJson([
    row.seq,
    row.occurredAt.toISOString(),
    row.actorUserId,
    row.actorUsername,
    row.actorRoles,
    row.action,
    row.resourceType,
    row.resourceId,
    row.patientId,
    row.clientIp,
    row.outcome,
    row.requestId,
    row.details,
    row.prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
