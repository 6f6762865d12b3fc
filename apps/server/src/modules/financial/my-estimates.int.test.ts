import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import type { AdmissionDetail } from '../intake/intake.contracts.ts';
import { newIntakeWorld, type IntakeWorld } from '../intake/intake.test-kit.ts';
import type { EstimateDetail } from './estimates.contracts.ts';
import {
  admitPatient,
  IVIG_ONE_DOSE,
  recordSimulatedCheck,
  type Admitted,
} from './financial.test-kit.ts';
import type { AcknowledgeResponse, MyEstimatesResponse } from './my-estimates.contracts.ts';

let t: TestApp;
let world: IntakeWorld;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 30, sessionAbsoluteHours: 24 * 30 });
  t.clock.set('2026-11-20T15:00:00Z');
  world = await newIntakeWorld(t);
});
afterAll(async () => t.close());

interface Scene {
  admitted: Admitted;
  reimbursement: TestClient;
  patient: TestClient;
}

/** A verified Medicare IVIG admission whose patient has a portal account. */
async function scene(): Promise<Scene> {
  const admitted = await admitPatient(await world.as('intake'), t, {
    therapy: 'ivig',
    memberPrefix: 'MCB',
    overrides: IVIG_ONE_DOSE,
  });
  await recordSimulatedCheck(t, admitted, '2026-11-20');
  const user = await t.newUser({ roles: ['patient'] });
  await t.relate(admitted.patientId, user.id, 'self');
  return {
    admitted,
    reimbursement: await world.as('reimbursement'),
    patient: await t.signedIn(user.username),
  };
}

async function newEstimate(s: Scene, body: object = {}): Promise<EstimateDetail> {
  const response = await s.reimbursement.post<EstimateDetail>(
    `/api/admissions/${s.admitted.admissionId}/estimates`,
    body,
  );
  expect(response.status).toBe(201);
  return response.body;
}

async function financialPrecondition(admissionId: string) {
  const detail = await (
    await world.as('intake')
  ).get<AdmissionDetail>(`/api/admissions/${admissionId}`);
  const item = detail.body.preconditions.find((p) => p.key === 'financial-review-acknowledged');
  if (!item) throw new Error('no financial review precondition');
  return item;
}

describe('the patient reviews and acknowledges the estimate in the portal', () => {
  it('shows only presented estimates, and records the acknowledgement of the exact version seen', async () => {
    const s = await scene();
    const draft = await newEstimate(s);
    expect((await s.patient.get<MyEstimatesResponse>('/api/my/estimates')).body.estimates).toEqual(
      [],
    );
    expect((await s.patient.get(`/api/estimates/${draft.id}`)).status).toBe(404);

    await s.reimbursement.post(`/api/estimates/${draft.id}/present`);
    const mine = (await s.patient.get<MyEstimatesResponse>('/api/my/estimates')).body.estimates;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      id: draft.id,
      version: 1,
      fingerprint: draft.fingerprint,
      status: 'presented',
      isDemoPricing: true,
      totals: { totalCents: 3_060_48, insurancePaysCents: 2_221_98, youPayCents: 838_50 },
    });
    expect(mine[0]?.months[0]?.lines.map((l) => [l.component, l.youPayCents])).toEqual([
      ['drug', 754_40],
      ['professional-services', 84_10],
    ]);

    const wrong = await s.patient.post<{ reason: string }>(
      `/api/my/estimates/${draft.id}/acknowledge`,
      { fingerprint: 'est-0000000000000000', language: 'zh-CN' },
    );
    expect(wrong.status).toBe(409);
    expect(wrong.body.reason).toBe('fingerprint-mismatch');

    const ack = await s.patient.post<AcknowledgeResponse>(
      `/api/my/estimates/${draft.id}/acknowledge`,
      {
        fingerprint: draft.fingerprint,
        language: 'zh-CN',
      },
    );
    expect(ack.status).toBe(201);
    expect(ack.body).toMatchObject({
      estimateId: draft.id,
      version: 1,
      fingerprint: draft.fingerprint,
    });
    const detail = (await s.reimbursement.get<EstimateDetail>(`/api/estimates/${draft.id}`)).body;
    expect(detail.status).toBe('acknowledged');
    expect(detail.acknowledgements).toEqual([
      expect.objectContaining({
        version: 1,
        acknowledgedAs: 'patient',
        language: 'zh-CN',
        note: null,
      }),
    ]);
  });

  it('refuses to acknowledge a version a newer one superseded', async () => {
    const s = await scene();
    const first = await newEstimate(s);
    await s.reimbursement.post(`/api/estimates/${first.id}/present`);
    const second = await newEstimate(s, { durationDays: 56 });
    const stale = await s.patient.post<{ reason: string; latestVersion: number }>(
      `/api/my/estimates/${first.id}/acknowledge`,
      { fingerprint: first.fingerprint, language: 'en' },
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ reason: 'superseded', latestVersion: 2 });
    // The draft of version 2 is not shown to the patient until staff present it.
    expect((await s.patient.get<MyEstimatesResponse>('/api/my/estimates')).body.estimates).toEqual(
      [],
    );
    await s.reimbursement.post(`/api/estimates/${second.id}/present`);
    const shown = (await s.patient.get<MyEstimatesResponse>('/api/my/estimates')).body.estimates;
    expect(shown.map((e) => e.version)).toEqual([2]);
  });

  it('lets a caregiver with billing permission acknowledge, and hides estimates from one without it', async () => {
    const s = await scene();
    const estimate = await newEstimate(s);
    await s.reimbursement.post(`/api/estimates/${estimate.id}/present`);
    const withBilling = await t.newUser({ roles: ['caregiver'] });
    await t.relate(s.admitted.patientId, withBilling.id, 'caregiver', [
      'view-schedule',
      'view-billing',
    ]);
    const without = await t.newUser({ roles: ['caregiver'] });
    await t.relate(s.admitted.patientId, without.id, 'caregiver', ['view-schedule']);
    const blind = await t.signedIn(without.username);
    expect((await blind.get<MyEstimatesResponse>('/api/my/estimates')).body.estimates).toEqual([]);
    expect(
      (
        await blind.post(`/api/my/estimates/${estimate.id}/acknowledge`, {
          fingerprint: estimate.fingerprint,
          language: 'en',
        })
      ).status,
    ).toBe(404);
    const helper = await t.signedIn(withBilling.username);
    expect(
      (await helper.get<MyEstimatesResponse>('/api/my/estimates')).body.estimates,
    ).toHaveLength(1);
    const ack = await helper.post(`/api/my/estimates/${estimate.id}/acknowledge`, {
      fingerprint: estimate.fingerprint,
      language: 'en',
    });
    expect(ack.status).toBe(201);
    const mine = (await s.patient.get<MyEstimatesResponse>('/api/my/estimates')).body.estimates;
    expect(mine[0]?.acknowledgements).toEqual([
      expect.objectContaining({ acknowledgedAs: 'caregiver', language: 'en' }),
    ]);
  });

  it('answers the financial-review precondition from the latest version’s acknowledgement only', async () => {
    const s = await scene();
    expect(await financialPrecondition(s.admitted.admissionId)).toMatchObject({
      met: false,
      source: 'module',
      recordable: false,
    });
    const manual = await s.reimbursement.post(
      `/api/admissions/${s.admitted.admissionId}/answers/financial-review-acknowledged`,
      { met: true, note: 'by hand' },
    );
    expect(manual.status).toBe(409);

    const first = await newEstimate(s);
    const notPresented = await s.reimbursement.post<{ reason: string }>(
      `/api/estimates/${first.id}/acknowledgements`,
      { fingerprint: first.fingerprint, language: 'en', note: 'Patient confirmed by phone' },
    );
    expect(notPresented.status).toBe(409);
    expect(notPresented.body.reason).toBe('not-presented');
    await s.reimbursement.post(`/api/estimates/${first.id}/present`);
    const onBehalf = await s.reimbursement.post(`/api/estimates/${first.id}/acknowledgements`, {
      fingerprint: first.fingerprint,
      language: 'en',
      note: 'Patient confirmed by phone',
    });
    expect(onBehalf.status).toBe(201);
    expect(await financialPrecondition(s.admitted.admissionId)).toMatchObject({ met: true });
    const detail = (await s.reimbursement.get<EstimateDetail>(`/api/estimates/${first.id}`)).body;
    expect(detail.acknowledgements[0]).toMatchObject({
      acknowledgedAs: 'staff-on-behalf',
      note: 'Patient confirmed by phone',
    });

    // A new version un-meets it until that version is acknowledged too.
    const second = await newEstimate(s, { durationDays: 56 });
    expect(await financialPrecondition(s.admitted.admissionId)).toMatchObject({ met: false });
    await s.reimbursement.post(`/api/estimates/${second.id}/present`);
    await s.patient.post(`/api/my/estimates/${second.id}/acknowledge`, {
      fingerprint: second.fingerprint,
      language: 'en',
    });
    const met = await financialPrecondition(s.admitted.admissionId);
    expect(met.met).toBe(true);
    expect(met.note).toContain('version 2');
  });

  it('gives the patient and staff a PDF of the estimate, in Chinese when asked', async () => {
    const s = await scene();
    const estimate = await newEstimate(s);
    expect((await s.patient.get(`/api/estimates/${estimate.id}.pdf`)).status).toBe(404);
    await s.reimbursement.post(`/api/estimates/${estimate.id}/present`);
    const staffCopy = await s.reimbursement.get(`/api/estimates/${estimate.id}.pdf?language=en`);
    expect(staffCopy.status).toBe(200);
    expect(staffCopy.headers['content-type']).toBe('application/pdf');
    expect(staffCopy.headers['content-language']).toBe('en');
    const english = await PDFDocument.load(staffCopy.raw.rawPayload);
    expect(english.getTitle()).toBe(`Estimate v1 ${estimate.fingerprint}`);
    expect(english.getPageCount()).toBeGreaterThanOrEqual(1);

    const chinese = await s.patient.get(`/api/estimates/${estimate.id}.pdf?language=zh-CN`);
    expect(chinese.status).toBe(200);
    const written = String(chinese.headers['content-language']);
    expect(['zh-CN', 'en']).toContain(written);
    const doc = await PDFDocument.load(chinese.raw.rawPayload);
    expect(doc.getKeywords()).toContain(`language-${written}`);
    expect(doc.getSubject()).toContain(estimate.fingerprint);
  });
});
