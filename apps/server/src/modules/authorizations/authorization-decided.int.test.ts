import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import { verifyCoverage } from '../coverage/coverage.test-kit.ts';
import type { AdmissionDetail } from '../intake/intake.contracts.ts';
import { newIntakeWorld, type IntakeWorld } from '../intake/intake.test-kit.ts';
import type { AuthorizationView, SubmitResponse } from './authorizations.contracts.ts';
import { createDraft, memberId, newAdmission } from './authorizations.test-kit.ts';

let t: TestApp;
let world: IntakeWorld;
let reimbursement: TestClient;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 30, sessionAbsoluteHours: 24 * 30 });
  t.clock.set('2026-11-22T15:00:00Z');
  world = await newIntakeWorld(t);
  reimbursement = await world.as('reimbursement');
});
afterAll(async () => t.close());

async function precondition(admissionId: string) {
  const detail = await reimbursement.get<AdmissionDetail>(`/api/admissions/${admissionId}`);
  return detail.body.preconditions.find((p) => p.key === 'authorization-decided');
}

async function approveBy278(admissionId: string, overrides = {}) {
  const draft = await createDraft(reimbursement, admissionId, overrides);
  const sent = await reimbursement.post<SubmitResponse>(`/api/authorizations/${draft.id}/submit`);
  return sent.body.authorization;
}

function notRequired(admissionId: string) {
  return reimbursement.post<AuthorizationView>(
    `/api/admissions/${admissionId}/authorizations/not-required`,
    {
      serviceLine: 'drug',
      procedureCode: 'J3370',
      method: 'payer-policy',
      confirmedBy: 'Prairie medical policy MP-114 §3',
    },
  );
}

describe('the "authorization decided" precondition, answered by this module', () => {
  it('is unmet without a record, and can no longer be recorded by hand', async () => {
    const admission = await newAdmission(t, world);
    expect(await precondition(admission.id)).toMatchObject({ met: false, source: 'module' });
    const manual = await reimbursement.post(
      `/api/admissions/${admission.id}/answers/authorization-decided`,
      { met: true, note: 'by hand' },
    );
    expect(manual.status).toBe(409);
  });

  it('is met when every line is approved over the start date or not required, with a summary', async () => {
    const admission = await newAdmission(t, world, { memberId: memberId('W') });
    const nursing = await approveBy278(admission.id, { unitsRequested: 12 });
    expect(nursing.status).toBe('approved');
    expect((await precondition(admission.id))?.met).toBe(true);
    expect((await notRequired(admission.id)).status).toBe(201);
    const answer = await precondition(admission.id);
    expect(answer).toMatchObject({ met: true, source: 'module' });
    expect(answer?.note).toBe(
      `Nursing 99601: approved ${nursing.certificationNumber ?? ''}, 12 visits; Drug J3370: not required`,
    );
  });

  it('is unmet while a line is pended, or when the approval starts after the start of care', async () => {
    const pended = await newAdmission(t, world, { memberId: memberId('PA4') });
    await notRequired(pended.id);
    expect((await approveBy278(pended.id)).status).toBe('pended');
    expect(await precondition(pended.id)).toMatchObject({ met: false });
    expect((await precondition(pended.id))?.note).toContain('Nursing 99601: pended');

    const late = await newAdmission(t, world, { memberId: memberId('W') });
    await approveBy278(late.id, { startDate: '2026-12-01', endDate: '2026-12-31' });
    expect((await precondition(late.id))?.met).toBe(false);
  });

  it('lets reimbursement move the admission to "authorized" once decided', async () => {
    const admission = await newAdmission(t, world);
    const intake = await world.as('intake');
    await intake.post(`/api/admissions/${admission.id}/advance`, { to: 'information-complete' });
    await verifyCoverage(t, reimbursement, admission.id);
    const verified = await reimbursement.post(`/api/admissions/${admission.id}/advance`, {
      to: 'benefits-verified',
    });
    expect(verified.status).toBe(200);
    const early = await reimbursement.post<{ missing: { key: string }[] }>(
      `/api/admissions/${admission.id}/advance`,
      { to: 'authorized' },
    );
    expect(early.status).toBe(409);
    expect(early.body.missing.map((m) => m.key)).toEqual(['authorization-decided']);
    await notRequired(admission.id);
    const authorized = await reimbursement.post<AdmissionDetail>(
      `/api/admissions/${admission.id}/advance`,
      { to: 'authorized' },
    );
    expect(authorized.status).toBe(200);
    expect(authorized.body.stage).toBe('authorized');
  });
});
