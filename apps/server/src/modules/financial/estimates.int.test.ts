import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { newIntakeWorld, type IntakeWorld } from '../intake/intake.test-kit.ts';
import type { EstimateDetail, ListEstimatesResponse } from './estimates.contracts.ts';
import { admitPatient, IVIG_ONE_DOSE, recordSimulatedCheck } from './financial.test-kit.ts';

let t: TestApp;
let world: IntakeWorld;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 30, sessionAbsoluteHours: 24 * 30 });
  t.clock.set('2026-11-20T15:00:00Z');
  world = await newIntakeWorld(t);
});
afterAll(async () => t.close());

async function verifiedMedicareIvig() {
  const admitted = await admitPatient(await world.as('intake'), t, {
    therapy: 'ivig',
    memberPrefix: 'MCB',
    overrides: IVIG_ONE_DOSE,
  });
  await recordSimulatedCheck(t, admitted, '2026-11-20');
  return admitted;
}

function line(estimate: EstimateDetail, code: string) {
  const found = estimate.months.flatMap((m) => m.lines).find((l) => l.code === code);
  if (!found) throw new Error(`no ${code} line`);
  return found;
}

describe('estimates of what the patient will owe', () => {
  it('estimates Medicare Part B IVIG from a simulator-verified coverage: deductible first, then 20%', async () => {
    const admitted = await verifiedMedicareIvig();
    const created = await (
      await world.as('reimbursement')
    ).post<EstimateDetail>(`/api/admissions/${admitted.admissionId}/estimates`, {});
    expect(created.status).toBe(201);
    const estimate = created.body;
    expect(estimate).toMatchObject({
      version: 1,
      status: 'draft',
      planType: 'medicare-ffs',
      planTypeSource: 'payer-name-guess',
      isDemoPricing: true,
      routing: { ruleId: 'medicare-ivig-pid', mark: 'verified' },
    });
    // By hand. J1561 is per 500 mg: 30 g = 60 units × $44.00 (demo) = $2,640.00 under Part B IVIG.
    // Q2052 (items and nursing, one per visit): 1 visit × $420.48 = $420.48.
    // Part B 2026 deductible $283.00 (the simulator's MCB answer), then 20%, no out-of-pocket cap.
    // Drug line (first in date order): $283.00 + 20% × ($2,640.00 − $283.00) = $283.00 + $471.40 = $754.40.
    // Q2052: deductible met; 20% × $420.48 = $84.096 → $84.10 (half up to the cent).
    // Patient $754.40 + $84.10 = $838.50; Medicare $3,060.48 − $838.50 = $2,221.98.
    expect(line(estimate, 'J1561')).toMatchObject({
      benefit: 'part-b-ivig',
      units: 60,
      allowedCents: 2_640_00,
      deductibleCents: 283_00,
      coinsuranceCents: 471_40,
      patientCents: 754_40,
      payerCents: 1_885_60,
    });
    expect(line(estimate, 'Q2052')).toMatchObject({
      component: 'professional-services',
      allowedCents: 420_48,
      deductibleCents: 0,
      coinsuranceCents: 84_10,
      patientCents: 84_10,
      oopCapCents: 0,
    });
    expect(estimate.totals).toEqual({
      allowedCents: 3_060_48,
      payerCents: 2_221_98,
      patientCents: 838_50,
      assistanceCents: 0,
      patientAfterAssistanceCents: 838_50,
    });
    expect(estimate.months.map((m) => m.month)).toEqual(['2026-12']);
    expect(estimate.therapyPlan.nursing).toMatchObject({
      schedule: 'each-dose-day',
      origin: 'default',
    });
    const codes = estimate.assumptions.map((a) => a.code);
    expect(codes).toEqual(
      expect.arrayContaining(['planTypeGuessed', 'nursingDefault', 'demoPricing']),
    );
    expect(estimate.eligibilityCheckId).not.toBeNull();
  });

  it('refuses an estimate without a verified active coverage, but estimates self-pay patients', async () => {
    const reimbursement = await world.as('reimbursement');
    const unverified = await admitPatient(await world.as('intake'), t, { memberPrefix: 'MCB' });
    const refused = await reimbursement.post<{ code: string; reason: string }>(
      `/api/admissions/${unverified.admissionId}/estimates`,
      {},
    );
    expect(refused.status).toBe(409);
    expect(refused.body.reason).toBe('coverage-not-verified');

    const inactive = await admitPatient(await world.as('intake'), t, { memberPrefix: 'INA' });
    await recordSimulatedCheck(t, inactive, '2026-11-20');
    const refusedInactive = await reimbursement.post<{ reason: string }>(
      `/api/admissions/${inactive.admissionId}/estimates`,
      {},
    );
    expect(refusedInactive.status).toBe(409);
    expect(refusedInactive.body.reason).toBe('coverage-inactive');

    const selfPay = await admitPatient(await world.as('intake'), t, { noCoverage: true });
    const estimate = await reimbursement.post<EstimateDetail>(
      `/api/admissions/${selfPay.admissionId}/estimates`,
      {},
    );
    expect(estimate.status).toBe(201);
    expect(estimate.body.planType).toBe('self-pay');
    // No insurance: the patient owes every line at our self-pay price.
    expect(estimate.body.totals.payerCents).toBe(0);
    expect(estimate.body.totals.patientCents).toBe(estimate.body.totals.allowedCents);
  });

  it('keeps every version: a new one supersedes the last, and a stale one cannot be presented', async () => {
    const admitted = await verifiedMedicareIvig();
    const reimbursement = await world.as('reimbursement');
    const url = `/api/admissions/${admitted.admissionId}/estimates`;
    const first = (await reimbursement.post<EstimateDetail>(url, {})).body;
    const second = await reimbursement.post<EstimateDetail>(url, {
      durationDays: 56,
      nursing: { schedule: 'each-dose-day', hoursPerVisit: 3 },
    });
    expect(second.body).toMatchObject({ version: 2, status: 'draft', isLatest: true });
    expect(second.body.therapyPlan).toMatchObject({
      durationDays: 56,
      nursing: { origin: 'request', hoursPerVisit: 3 },
    });
    // Two doses now: twice the drug and visits, the deductible taken only once.
    expect(second.body.totals.allowedCents).toBe(2 * 3_060_48);
    expect(second.body.fingerprint).not.toBe(first.fingerprint);
    const versions = await reimbursement.get<ListEstimatesResponse>(url);
    expect(versions.body.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'superseded'],
    ]);
    const stale = await reimbursement.post<{ reason: string; latestVersion: number }>(
      `/api/estimates/${first.id}/present`,
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ reason: 'superseded', latestVersion: 2 });
    const old = await reimbursement.get<EstimateDetail>(`/api/estimates/${first.id}`);
    expect(old.body).toMatchObject({ version: 1, status: 'superseded', isLatest: false });
    const presented = await reimbursement.post<EstimateDetail>(
      `/api/estimates/${second.body.id}/present`,
    );
    expect(presented.status).toBe(200);
    expect(presented.body.status).toBe('presented');
    expect(presented.body.presentedBy).toContain('reimbursement');
    const again = await reimbursement.post<{ reason: string }>(
      `/api/estimates/${second.body.id}/present`,
    );
    expect(again.status).toBe(409);
  });

  it('lets billing read estimates but not make them, and keeps nurses out', async () => {
    const admitted = await verifiedMedicareIvig();
    const created = await (
      await world.as('reimbursement')
    ).post<EstimateDetail>(`/api/admissions/${admitted.admissionId}/estimates`, {});
    const billingUser = await t.newUser({ roles: ['billing'], branchIds: [world.branchId] });
    const billing = await t.signedIn(billingUser.username);
    expect((await billing.get(`/api/estimates/${created.body.id}`)).status).toBe(200);
    expect((await billing.get(`/api/admissions/${admitted.admissionId}/estimates`)).status).toBe(
      200,
    );
    expect(
      (await billing.post(`/api/admissions/${admitted.admissionId}/estimates`, {})).status,
    ).toBe(403);
    expect((await billing.post(`/api/estimates/${created.body.id}/present`)).status).toBe(403);
    const nurse = await world.as('nurse');
    expect((await nurse.get(`/api/estimates/${created.body.id}`)).status).toBe(403);
    expect((await nurse.get(`/api/admissions/${admitted.admissionId}/estimates`)).status).toBe(403);
    const otherBranch = await t.newUser({
      roles: ['reimbursement'],
      branchIds: [await t.newBranch()],
    });
    const outsider = await t.signedIn(otherBranch.username);
    expect((await outsider.get(`/api/estimates/${created.body.id}`)).status).toBe(404);
    expect(
      (await outsider.post(`/api/admissions/${admitted.admissionId}/estimates`, {})).status,
    ).toBe(404);
  });
});
