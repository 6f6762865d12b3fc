// Walks the whole audit trail in order and names every row that was changed, removed or put out
// of order. Used by `npm run audit:verify` and the admin page.
import { asc, gt } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import { auditEvents } from './audit.tables.ts';
import { GENESIS_HASH, hashAuditRow } from './audit-hash.ts';

export type AuditProblemKind = 'changed' | 'missing' | 'broken-link';

export interface AuditProblem {
  kind: AuditProblemKind;
  /** The row concerned; for 'missing', the first missing seq. */
  seq: number;
  /** For 'missing': how many consecutive rows are gone. */
  count?: number;
  message: string;
}

export interface AuditVerification {
  rowsChecked: number;
  lastSeq: number;
  problems: AuditProblem[];
  ok: boolean;
}

const BATCH = 5000;
const MAX_PROBLEMS = 1000;

export async function verifyAuditChain(
  db: DbOrTx,
  onProgress?: (rowsChecked: number) => void,
): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let rowsChecked = 0;
  let lastSeq = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, lastSeq))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.seq !== expectedSeq) {
        const count = row.seq - expectedSeq;
        problems.push({
          kind: 'missing',
          seq: expectedSeq,
          count,
          message:
            count === 1
              ? `Row ${expectedSeq} is missing: it was deleted.`
              : `Rows ${expectedSeq} to ${row.seq - 1} are missing: ${count} rows were deleted.`,
        });
      }
      const recomputed = hashAuditRow({ ...row, details: row.details });
      if (recomputed !== row.hash) {
        problems.push({
          kind: 'changed',
          seq: row.seq,
          message: `Row ${row.seq} was changed after it was written: its content no longer matches its hash.`,
        });
      } else if (row.prevHash !== prevHash && row.seq === expectedSeq) {
        // The row itself is intact, so the one before it was rewritten together with its hash.
        problems.push({
          kind: 'broken-link',
          seq: row.seq - 1,
          message: `Row ${row.seq - 1} was rewritten and its hash recomputed: row ${row.seq} no longer links to it.`,
        });
      }
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      lastSeq = row.seq;
      rowsChecked += 1;
      if (problems.length >= MAX_PROBLEMS) break;
    }
    onProgress?.(rowsChecked);
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return { rowsChecked, lastSeq, problems, ok: problems.length === 0 };
}
