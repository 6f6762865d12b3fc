import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { recordAudit } from './record-audit.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const actor = {
  userId: null,
  username: 'tester',
  roles: ['intake'],
  clientIp: '10.0.0.1',
  requestId: 'r1',
};

async function appendRows(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await recordAudit(
      t.ctx.db,
      actor,
      [
        {
          action: 'read',
          resourceType: 'patient',
          resourceId: `p-${i}`,
          details: { via: 'test', nested: { b: 1, a: [1, 2] } },
        },
      ],
      t.clock.now(),
    );
  }
}

/** What a DBA with superuser rights could do by hand, bypassing the append-only trigger. */
async function tamper(statement: string): Promise<void> {
  await t.ctx.db.execute(
    sql.raw('alter table audit_events disable trigger audit_events_append_only'),
  );
  await t.ctx.db.execute(sql.raw(statement));
  await t.ctx.db.execute(
    sql.raw('alter table audit_events enable trigger audit_events_append_only'),
  );
}

describe('the audit trail', () => {
  it('verifies an untouched chain', async () => {
    await appendRows(12);
    const result = await verifyAuditChain(t.ctx.db);
    expect(result.ok).toBe(true);
    expect(result.rowsChecked).toBeGreaterThanOrEqual(12);
  });

  it('refuses updates and deletes from the application', async () => {
    await expect(
      t.ctx.db.execute(sql.raw("update audit_events set outcome = 'denied' where seq = 1")),
    ).rejects.toThrow();
    await expect(
      t.ctx.db.execute(sql.raw('delete from audit_events where seq = 1')),
    ).rejects.toThrow();
  });

  it('names a row changed by hand', async () => {
    await tamper("update audit_events set resource_id = 'someone-else' where seq = 3");
    const result = await verifyAuditChain(t.ctx.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'changed', seq: 3 }));
  });

  it('names rows deleted by hand', async () => {
    await tamper('delete from audit_events where seq in (6, 7)');
    const result = await verifyAuditChain(t.ctx.db);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        kind: 'missing',
        seq: 6,
        count: 2,
        message: 'Rows 6 to 7 are missing: 2 rows were deleted.',
      }),
    );
  });

  it('names a row rewritten together with its hash', async () => {
    await tamper(
      "update audit_events set outcome = 'denied', hash = repeat('a', 64) where seq = 9",
    );
    const result = await verifyAuditChain(t.ctx.db);
    expect(result.problems).toContainEqual(expect.objectContaining({ seq: 9 }));
  });
});
