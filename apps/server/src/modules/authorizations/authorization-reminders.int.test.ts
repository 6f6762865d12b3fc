import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { jobHandlers } from '../../jobs.ts';
import { getJob, startJobWorker } from '../../platform/jobs/job-queue.ts';
import { newIntakeWorld, type IntakeWorld } from '../intake/intake.test-kit.ts';
import type { TestClient } from '../../test/test-client.ts';
import type { AuthorizationView } from './authorizations.contracts.ts';
import { enqueueAuthorizationReminders, runAuthorizationReminders } from './authorizations.jobs.ts';
import { createDraft, memberId, newAdmission } from './authorizations.test-kit.ts';

let t: TestApp;
let world: IntakeWorld;
let reimbursement: TestClient;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 120, sessionAbsoluteHours: 24 * 120 });
  t.clock.set('2026-11-22T15:00:00Z');
  world = await newIntakeWorld(t);
  reimbursement = await world.as('reimbursement');
});
afterAll(async () => t.close());

interface TaskList {
  tasks: { id: string; kind: string; params: Record<string, unknown> }[];
}

async function tasksOf(authorizationId: string) {
  const list = (await reimbursement.get<TaskList>('/api/tasks/reimbursement')).body.tasks;
  return list.filter((task) => task.params.authorizationId === authorizationId);
}

/** A request approved by hand for 10 visits from 2026-11-24 to the given end date. */
async function approved(approvedEnd = '2027-01-04', prefix = 'W'): Promise<AuthorizationView> {
  const admission = await newAdmission(t, world, { memberId: memberId(prefix), payerId: null });
  const draft = await createDraft(reimbursement, admission.id, { endDate: approvedEnd });
  await reimbursement.post(`/api/authorizations/${draft.id}/mark-submitted`, { channel: 'portal' });
  const decided = await reimbursement.post<AuthorizationView>(
    `/api/authorizations/${draft.id}/decision`,
    {
      outcome: 'approved',
      channel: 'portal',
      certificationNumber: `AUTH${draft.id.slice(0, 6)}`,
      unitsApproved: 10,
      approvedStart: '2026-11-24',
      approvedEnd,
    },
  );
  return decided.body;
}

function usage(id: string, units: number, extra: Record<string, unknown> = {}) {
  return reimbursement.post<AuthorizationView & { errors?: { field: string; code: string }[] }>(
    `/api/authorizations/${id}/usage`,
    { units, serviceDate: t.clock.now().toISOString().slice(0, 10), ...extra },
  );
}

describe('the hourly reminders job', () => {
  it('runs from the queue as "authorizations.reminders"', async () => {
    const jobId = await enqueueAuthorizationReminders(t.ctx);
    const worker = startJobWorker(t.ctx.db, t.clock, jobHandlers(t.ctx), { autoStart: false });
    await worker.drain();
    await worker.stop();
    expect(await getJob(t.ctx.db, jobId)).toMatchObject({ status: 'succeeded' });
  });

  it('says the payer is late once, not again after staff close it, and closes it on a decision', async () => {
    const admission = await newAdmission(t, world, { memberId: memberId('PA4') });
    const draft = await createDraft(reimbursement, admission.id, { level: 'urgent' });
    const sent = await reimbursement.post<{ authorization: AuthorizationView }>(
      `/api/authorizations/${draft.id}/submit`,
    );
    expect(sent.body.authorization.status).toBe('pended');
    t.clock.advanceMinutes(71 * 60);
    await runAuthorizationReminders(t.ctx);
    expect(await tasksOf(draft.id)).toEqual([]);
    t.clock.advanceMinutes(2 * 60);
    await runAuthorizationReminders(t.ctx);
    await runAuthorizationReminders(t.ctx);
    const late = await tasksOf(draft.id);
    expect(late.map((task) => task.kind)).toEqual(['authorization-decision-overdue']);
    // Staff close it while the payer is still late: the next run does not raise it again.
    await reimbursement.post(`/api/tasks/${late[0]?.id ?? ''}/complete`, { outcome: 'done' });
    await runAuthorizationReminders(t.ctx);
    expect(await tasksOf(draft.id)).toEqual([]);

    const other = await createDraft(reimbursement, admission.id, {
      serviceLine: 'per-diem',
      procedureCode: 'S9501',
      unitType: 'days',
      level: 'urgent',
    });
    await reimbursement.post(`/api/authorizations/${other.id}/submit`);
    t.clock.advanceMinutes(73 * 60);
    await runAuthorizationReminders(t.ctx);
    expect((await tasksOf(other.id)).map((task) => task.kind)).toEqual([
      'authorization-decision-overdue',
    ]);
    await reimbursement.post(`/api/authorizations/${other.id}/decision`, {
      outcome: 'denied',
      channel: 'phone',
      reason: 'Not medically necessary',
    });
    expect(await tasksOf(other.id)).toEqual([]);
  });

  it('reminds 14 days before the approval ends, and stops once a renewal is drafted', async () => {
    t.clock.set('2026-12-01T09:00:00Z');
    const auth = await approved('2026-12-20');
    await runAuthorizationReminders(t.ctx);
    expect(await tasksOf(auth.id)).toEqual([]);
    t.clock.set('2026-12-06T09:00:00Z');
    await runAuthorizationReminders(t.ctx);
    await runAuthorizationReminders(t.ctx);
    expect((await tasksOf(auth.id)).map((task) => task.kind)).toEqual(['authorization-expiring']);
    const renewal = await reimbursement.post<AuthorizationView>(
      `/api/authorizations/${auth.id}/renew`,
      {},
    );
    expect(renewal.status).toBe(201);
    expect(renewal.body).toMatchObject({
      status: 'draft',
      // The same length as the first request (27 days), from the day after the approval ends.
      startDate: '2026-12-21',
      endDate: '2027-01-16',
      unitsRequested: 10,
    });
    expect(await tasksOf(auth.id)).toEqual([]);
  });

  it('marks an approval expired once its last day has passed', async () => {
    t.clock.set('2026-12-01T09:00:00Z');
    const auth = await approved('2026-12-10');
    t.clock.set('2026-12-11T00:30:00Z');
    const result = await runAuthorizationReminders(t.ctx);
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const list = await reimbursement.get<{ authorizations: AuthorizationView[] }>(
      `/api/admissions/${auth.admissionId}/authorizations`,
    );
    expect(list.body.authorizations[0]).toMatchObject({ status: 'expired' });
  });
});

describe('utilization', () => {
  it('counts units against the approval and raises "units low" at 80%, once', async () => {
    t.clock.set('2026-12-01T09:00:00Z');
    const auth = await approved();
    expect((await usage(auth.id, 7)).body.unitsUsed).toBe(7);
    expect(await tasksOf(auth.id)).toEqual([]);
    expect((await usage(auth.id, 1)).body.unitsUsed).toBe(8);
    await runAuthorizationReminders(t.ctx);
    expect((await tasksOf(auth.id)).map((task) => task.kind)).toEqual(['authorization-units-low']);
  });

  it('refuses units beyond the approved ones with a 422, unless overridden with a reason', async () => {
    t.clock.set('2026-12-01T09:00:00Z');
    const auth = await approved();
    await usage(auth.id, 9);
    const refused = await usage(auth.id, 2);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: '/units', code: 'exceeds_approved_units' }),
    ]);
    const overridden = await usage(auth.id, 2, {
      overrideReason: 'Extra visit for a line occlusion; payer asked to bill and amend',
    });
    expect(overridden.status).toBe(200);
    expect(overridden.body.unitsUsed).toBe(11);
  });

  it('refuses units dated outside the approval or in the future, and on a request not approved', async () => {
    t.clock.set('2026-12-01T09:00:00Z');
    const auth = await approved();
    const early = await usage(auth.id, 1, { serviceDate: '2026-11-20' });
    expect(early.status).toBe(422);
    expect(early.body.errors?.[0]?.code).toBe('outside_approved_dates');
    const future = await usage(auth.id, 1, { serviceDate: '2026-12-05' });
    expect(future.status).toBe(422);
    const admission = await newAdmission(t, world);
    const draft = await createDraft(reimbursement, admission.id);
    expect((await usage(draft.id, 1)).status).toBe(409);
  });
});
