import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { QueueResponse, QueueSummary } from './intake.contracts.ts';
import {
  newIntakeWorld,
  postReferral,
  uniqueReferral,
  type IntakeWorld,
} from './intake.test-kit.ts';

let t: TestApp;
let world: IntakeWorld;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 30, sessionAbsoluteHours: 24 * 30 });
  t.clock.set('2026-11-22T15:00:00Z');
  world = await newIntakeWorld(t);
});
afterAll(async () => t.close());

async function queue(role: string, query = '') {
  return (await world.as(role)).get<QueueResponse>(`/api/work-queues/${role}${query}`);
}

describe('work queues', () => {
  it('puts a new referral in the intake queue with its response clock, and a hospital discharge first', async () => {
    const intake = await world.as('intake');
    const routine = await postReferral(intake, uniqueReferral());
    t.clock.advanceMinutes(1);
    const discharge = uniqueReferral();
    const urgent = await postReferral(intake, {
      ...discharge,
      urgency: 'urgent',
      clinical: { ...discharge.clinical, dischargePending: true },
    });
    const items = (await queue('intake')).body.items;
    const ids = items.map((i) => i.admissionId);
    expect(ids.indexOf(urgent.body.admissionId ?? '')).toBeLessThan(
      ids.indexOf(routine.body.admissionId ?? ''),
    );
    const first = items.find((i) => i.admissionId === urgent.body.admissionId);
    expect(first).toMatchObject({
      priorityFlags: ['urgent', 'discharge-pending'],
      responseClock: { state: 'on-track', minutesLeft: 30 },
      readyToAdvance: 'information-complete',
    });
    t.clock.advanceMinutes(25);
    const later = (await queue('intake')).body;
    expect(
      later.items.find((i) => i.admissionId === urgent.body.admissionId)?.responseClock?.state,
    ).toBe('due-soon');
  });

  it('hands the admission to reimbursement and, in parallel, to the pharmacist once information is complete', async () => {
    const intake = await world.as('intake');
    const created = await postReferral(intake, uniqueReferral());
    const id = created.body.admissionId ?? '';
    expect((await queue('pharmacist')).body.items.some((i) => i.admissionId === id)).toBe(false);
    await intake.post(`/api/admissions/${id}/advance`, { to: 'information-complete' });
    const reimbursement = (await queue('reimbursement')).body.items.find(
      (i) => i.admissionId === id,
    );
    expect(reimbursement?.waitingFor.map((w) => w.key)).toEqual(['active-coverage-verified']);
    const pharmacist = (await queue('pharmacist')).body.items.find((i) => i.admissionId === id);
    expect(pharmacist?.waitingFor.map((w) => w.key)).toEqual(['pharmacist-assessment-complete']);
    expect((await queue('scheduler')).body.items.some((i) => i.admissionId === id)).toBe(false);
  });

  it('turns an item amber then red as it ages in its stage', async () => {
    const intake = await world.as('intake');
    const created = await postReferral(intake, uniqueReferral());
    const id = created.body.admissionId ?? '';
    await intake.post(`/api/admissions/${id}/advance`, { to: 'information-complete' });
    const ageOf = async () =>
      (await queue('reimbursement')).body.items.find((i) => i.admissionId === id)?.ageing;
    expect(await ageOf()).toBe('fresh');
    t.clock.advanceMinutes(13 * 60);
    expect(await ageOf()).toBe('ageing');
    t.clock.advanceMinutes(12 * 60);
    expect(await ageOf()).toBe('overdue');
  });

  it('lets staff claim and reassign items, with counts of what is mine and unclaimed', async () => {
    const intake = await world.as('intake');
    const created = await postReferral(intake, uniqueReferral());
    const id = created.body.admissionId ?? '';
    expect((await intake.post(`/api/admissions/${id}/claim`)).status).toBe(204);
    let body = (await queue('intake', '?claimed=mine')).body;
    expect(body.items.map((i) => i.admissionId)).toContain(id);
    expect(body.counts.mine).toBeGreaterThanOrEqual(1);
    expect(
      (await intake.post(`/api/admissions/${id}/assign`, { userId: world.users.reimbursement?.id }))
        .status,
    ).toBe(204);
    body = (await queue('intake')).body;
    expect(body.items.find((i) => i.admissionId === id)?.assignedTo?.userId).toBe(
      world.users.reimbursement?.id,
    );
    const outsider = await t.newUser({ roles: ['intake'], branchIds: [await t.newBranch()] });
    const refused = await intake.post<{ errors: { field: string }[] }>(
      `/api/admissions/${id}/assign`,
      { userId: outsider.id },
    );
    expect(refused.status).toBe(400);
  });

  it('summarises every queue of the caller’s roles and refuses a role the caller does not hold', async () => {
    const lead = await t.newUser({
      roles: ['intake', 'reimbursement'],
      branchIds: [world.branchId],
    });
    const client = await t.signedIn(lead.username);
    const summary = (await client.get<QueueSummary>('/api/work-queues')).body;
    expect(summary.queues.map((q) => q.role)).toEqual(['intake', 'reimbursement']);
    expect((await client.get('/api/work-queues/pharmacist')).status).toBe(403);
  });

  it('shows a nurse only the admissions of patients assigned to her', async () => {
    const nurse = await world.as('nurse');
    const items = (await nurse.get<QueueResponse>('/api/work-queues/nurse')).body.items;
    expect(items).toEqual([]);
  });
});
