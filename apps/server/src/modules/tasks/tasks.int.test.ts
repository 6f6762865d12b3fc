import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { raiseTask } from './raise-task.ts';

let t: TestApp;
let branchId: string;
let patientId: string;

beforeAll(async () => {
  t = await createTestApp();
  branchId = await t.newBranch();
  patientId = await t.newPatient({ branchId });
});
afterAll(async () => t.close());

interface TaskList {
  tasks: {
    id: string;
    kind: string;
    params: Record<string, unknown>;
    patientName: string | null;
  }[];
}

describe('work-queue tasks', () => {
  it('raises a reminder once however often a job raises it, shows it to its role, and closes it', async () => {
    const task = {
      kind: 'authorization-expiring',
      ownerRole: 'reimbursement' as const,
      patientId,
      branchId,
      params: { days: 14 },
      dedupeKey: `auth-expiring:${patientId}`,
    };
    expect(await raiseTask(t.ctx.db, task, t.clock.now())).toBe(true);
    expect(await raiseTask(t.ctx.db, task, t.clock.now())).toBe(false);
    const user = await t.newUser({ roles: ['reimbursement'], branchIds: [branchId] });
    const client = await t.signedIn(user.username);
    const list = (await client.get<TaskList>('/api/tasks/reimbursement')).body.tasks;
    expect(list.filter((x) => x.kind === 'authorization-expiring')).toHaveLength(1);
    expect(
      (await client.post(`/api/tasks/${list[0]?.id ?? ''}/complete`, { outcome: 'done' })).status,
    ).toBe(204);
    expect((await client.get<TaskList>('/api/tasks/reimbursement')).body.tasks).toEqual([]);
    // Once done, the same reminder can be raised again later.
    expect(await raiseTask(t.ctx.db, task, t.clock.now())).toBe(true);
  });

  it('hides tasks about patients outside the caller’s branches', async () => {
    const otherBranch = await t.newBranch();
    await raiseTask(
      t.ctx.db,
      {
        kind: 'benefits-changed',
        ownerRole: 'reimbursement',
        patientId: await t.newPatient({ branchId: otherBranch }),
        branchId: otherBranch,
        dedupeKey: 'elsewhere',
      },
      t.clock.now(),
    );
    const user = await t.newUser({ roles: ['reimbursement'], branchIds: [branchId] });
    const list = (await (await t.signedIn(user.username)).get<TaskList>('/api/tasks/reimbursement'))
      .body.tasks;
    expect(list.some((x) => x.kind === 'benefits-changed')).toBe(false);
  });
});
