import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreconditionKey } from '@infusio/domain/intake';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { verifyCoverage } from '../coverage/coverage.test-kit.ts';
import { acknowledgeFinancialReview } from '../financial/financial.test-kit.ts';
import { decideAuthorization } from '../authorizations/authorizations.test-kit.ts';
import type { AdmissionDetail } from './intake.contracts.ts';
import {
  newIntakeWorld,
  postReferral,
  uniqueReferral,
  type IntakeWorld,
} from './intake.test-kit.ts';

let t: TestApp;
let world: IntakeWorld;

beforeAll(async () => {
  // Hours pass in these tests; sessions must outlive them (the idle timeout has its own tests).
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 30, sessionAbsoluteHours: 24 * 30 });
  t.clock.set('2026-11-22T15:00:00Z');
  world = await newIntakeWorld(t);
});
afterAll(async () => t.close());

async function newAdmission(): Promise<string> {
  const response = await postReferral(await world.as('intake'), uniqueReferral());
  return response.body.admissionId ?? '';
}

async function record(role: string, admissionId: string, key: PreconditionKey, note = 'done') {
  return (await world.as(role)).post(`/api/admissions/${admissionId}/answers/${key}`, {
    met: true,
    note,
  });
}

async function advance(role: string, admissionId: string, to: string) {
  return (await world.as(role)).post<
    AdmissionDetail & { detail: string; missing: { key: string; owner: string }[] }
  >(`/api/admissions/${admissionId}/advance`, { to });
}

describe('the admission journey over the API', () => {
  it('takes a referral from receipt to start of care, checking each stage and recording the clock', async () => {
    const id = await newAdmission();
    t.clock.advanceMinutes(20);
    expect((await advance('intake', id, 'information-complete')).status).toBe(200);

    const refused = await advance('reimbursement', id, 'benefits-verified');
    expect(refused.status).toBe(409);
    expect(refused.body.missing).toEqual([
      { key: 'active-coverage-verified', owner: 'reimbursement' },
    ]);
    expect(refused.body.detail).toContain('active-coverage-verified');

    await verifyCoverage(t, await world.as('reimbursement'), id);
    t.clock.advanceMinutes(60 * 5);
    expect((await advance('reimbursement', id, 'benefits-verified')).status).toBe(200);
    await decideAuthorization(await world.as('reimbursement'), id, 'Not required by this plan');
    expect((await advance('reimbursement', id, 'authorized')).status).toBe(200);
    await record('pharmacist', id, 'pharmacist-assessment-complete');
    expect((await advance('pharmacist', id, 'pharmacist-assessment-done')).status).toBe(200);
    await acknowledgeFinancialReview(t, await world.as('reimbursement'), id);
    await record('pharmacist', id, 'medication-ready');
    await record('scheduler', id, 'first-visit-scheduled');
    // Financial review, medication and visit are all on file: the coordinator passes three stages at once.
    const jumped = await advance('intake', id, 'first-visit-scheduled');
    expect(jumped.status).toBe(403);
    expect((await advance('scheduler', id, 'first-visit-scheduled')).status).toBe(403);

    expect((await advance('reimbursement', id, 'financial-review-acknowledged')).status).toBe(200);
    expect((await advance('pharmacist', id, 'medication-ready')).status).toBe(200);
    expect((await advance('scheduler', id, 'first-visit-scheduled')).status).toBe(200);

    const early = await advance('intake', id, 'start-of-care');
    expect(early.status).toBe(409);
    expect(early.body.missing.map((m) => m.key)).toEqual([
      'first-delivery-delivered',
      'first-dose-given',
    ]);
    await record('scheduler', id, 'first-delivery-delivered');
    t.clock.advanceMinutes(60 * 24);
    await record('intake', id, 'first-dose-given').then((r) => expect(r.status).toBe(403));
    // The nurse sees only assigned patients: the scheduler assigns her, then she records the dose and starts care.
    expect((await (await world.as('nurse')).get(`/api/admissions/${id}`)).status).toBe(404);
    const scheduler = await world.as('scheduler');
    expect(
      (await scheduler.get<{ nurses: { userId: string }[] }>(`/api/admissions/${id}/nurses`)).body
        .nurses,
    ).toEqual([expect.objectContaining({ userId: world.users.nurse?.id })]);
    expect(
      (
        await scheduler.post(`/api/admissions/${id}/assign-nurse`, {
          userId: world.users.nurse?.id,
        })
      ).status,
    ).toBe(204);
    expect((await record('nurse', id, 'first-dose-given')).status).toBe(204);
    const started = await advance('nurse', id, 'start-of-care');
    expect(started.status).toBe(200);
    expect(started.body.stage).toBe('start-of-care');
    // 20 min + 5 h + 24 h of waiting, plus a minute per first sign-in of each role along the way.
    const elapsedHours =
      (Date.parse(started.body.startOfCareAt ?? '') - Date.parse(started.body.receivedAt)) /
      3_600_000;
    expect(elapsedHours).toBeGreaterThanOrEqual((20 + 300 + 1440) / 60);
    expect(started.body.referralToStartOfCareHours).toBe(Math.round(elapsedHours * 10) / 10);
    const stages = started.body.events.filter((e) => e.kind === 'stage').map((e) => e.toStage);
    expect(stages).toEqual([
      'referral-received',
      'information-complete',
      'benefits-verified',
      'authorized',
      'pharmacist-assessment-done',
      'financial-review-acknowledged',
      'medication-ready',
      'first-visit-scheduled',
      'start-of-care',
    ]);
    expect(
      started.body.events.find((e) => e.toStage === 'information-complete')?.secondsInPrevious,
    ).toBe(20 * 60);
  });

  it('needs a reason from the maintained list to close an admission as not admitted', async () => {
    const id = await newAdmission();
    const intake = await world.as('intake');
    const noReason = await intake.post<{ errors: { field: string }[] }>(
      `/api/admissions/${id}/not-admit`,
      { reasonCode: 'felt-like-it' },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0]?.field).toBe('/reasonCode');
    expect(
      (
        await intake.post(`/api/admissions/${id}/not-admit`, {
          reasonCode: 'home-unsafe',
          note: 'No running water',
        })
      ).status,
    ).toBe(204);
    const closed = (await intake.get<AdmissionDetail>(`/api/admissions/${id}`)).body;
    expect(closed).toMatchObject({
      status: 'not-admitted',
      statusReasonCode: 'home-unsafe',
      allowedExits: [],
    });
    expect((await advance('intake', id, 'information-complete')).status).toBe(409);
  });

  it('puts an admission on hold and resumes it where it was', async () => {
    const id = await newAdmission();
    const intake = await world.as('intake');
    expect(
      (await intake.post(`/api/admissions/${id}/hold`, { reasonCode: 'hospital-readmission' }))
        .status,
    ).toBe(204);
    expect((await advance('intake', id, 'information-complete')).status).toBe(409);
    expect((await intake.post(`/api/admissions/${id}/resume`, {})).status).toBe(204);
    expect((await advance('intake', id, 'information-complete')).status).toBe(200);
  });

  it('refuses to record by hand what belongs to another role', async () => {
    const id = await newAdmission();
    const response = await record('scheduler', id, 'pharmacist-assessment-complete');
    expect(response.status).toBe(403);
  });

  it('lets the coordinator decline a referral with a reason, which closes the admission as not admitted', async () => {
    const response = await postReferral(await world.as('intake'), uniqueReferral());
    const intake = await world.as('intake');
    t.clock.advanceMinutes(25);
    expect(
      (
        await intake.post(`/api/referrals/${response.body.referralId}/respond`, {
          response: 'declined',
          reasonCode: 'out-of-service-area',
        })
      ).status,
    ).toBe(204);
    const admission = (
      await intake.get<AdmissionDetail>(`/api/admissions/${response.body.admissionId ?? ''}`)
    ).body;
    expect(admission).toMatchObject({
      status: 'not-admitted',
      statusReasonCode: 'out-of-service-area',
      referral: { response: 'declined', responseClock: { state: 'answered-on-time' } },
    });
  });
});
