import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import { newIntakeWorld, type IntakeWorld } from '../intake/intake.test-kit.ts';
import type {
  Application,
  ListApplicationsResponse,
  PovertyGuidelinesResponse,
  Screening,
} from './assistance.contracts.ts';
import type { EstimateDetail } from './estimates.contracts.ts';
import { admitPatient, IVIG_ONE_DOSE, recordSimulatedCheck } from './financial.test-kit.ts';

let t: TestApp;
let world: IntakeWorld;
let reimbursement: TestClient;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 30, sessionAbsoluteHours: 24 * 30 });
  t.clock.set('2026-11-20T15:00:00Z');
  world = await newIntakeWorld(t);
  reimbursement = await world.as('reimbursement');
});
afterAll(async () => t.close());

async function medicareIvigPatient() {
  const admitted = await admitPatient(await world.as('intake'), t, {
    therapy: 'ivig',
    memberPrefix: 'MCB',
    overrides: IVIG_ONE_DOSE,
  });
  await recordSimulatedCheck(t, admitted, '2026-11-20');
  return admitted;
}

function screen(patientId: string, body: object) {
  return reimbursement.post<Screening>(`/api/patients/${patientId}/assistance-screenings`, body);
}

function program(screening: Screening, id: string) {
  return screening.programs.find((p) => p.programId === id);
}

function transition(id: string, body: object) {
  return reimbursement.post<Application & { reason: string }>(
    `/api/assistance-applications/${id}/transitions`,
    body,
  );
}

describe('financial assistance', () => {
  it('screens a Medicare patient by income and never offers a manufacturer copay card', async () => {
    const admitted = await medicareIvigPatient();
    const response = await screen(admitted.patientId, {
      householdSize: 2,
      annualIncomeDollars: 30_000,
      state: 'IL',
    });
    expect(response.status).toBe(201);
    // 2025 guideline (latest on file), 48 states: $15,650 + $5,500 = $21,150; $30,000 is 141.8% FPL.
    expect(response.body).toMatchObject({
      year: 2025,
      region: 'contiguous',
      annualIncomeCents: 30_000_00,
      povertyGuidelineCents: 21_150_00,
      percentOfPovertyLevel: 141.8,
      guidelineMark: 'verified',
      planType: 'medicare-ffs',
      diagnosisCodes: ['D83.9'],
      slidingScale: { upToPercentFpl: 200, tierDiscountRate: 0.75, status: 'case-by-case' },
    });
    expect(program(response.body, 'manufacturer-copay-card')).toMatchObject({
      status: 'not-eligible',
      reasons: [expect.objectContaining({ key: 'assistance.copayCard.planType' })],
    });
    expect(program(response.body, 'foundation-primary-immunodeficiency')?.status).toBe(
      'conditional',
    );
    const refused = await reimbursement.post<{ errors: { field: string; code: string }[] }>(
      `/api/patients/${admitted.patientId}/assistance-applications`,
      { programId: 'manufacturer-copay-card', screeningId: response.body.id },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ field: '/programId' });
    const listed = await reimbursement.get<{ screenings: Screening[] }>(
      `/api/patients/${admitted.patientId}/assistance-screenings`,
    );
    expect(listed.body.screenings.map((s) => s.id)).toEqual([response.body.id]);
  });

  it('offers the copay card to a commercially insured patient on a brand drug', async () => {
    const admitted = await admitPatient(await world.as('intake'), t, {
      therapy: 'ivig',
      payerName: 'Blue Cross Blue Shield of Illinois',
      memberPrefix: 'ACT',
      overrides: IVIG_ONE_DOSE,
    });
    const screening = (
      await screen(admitted.patientId, { householdSize: 4, annualIncomeDollars: 90_000.5 })
    ).body;
    expect(screening).toMatchObject({ planType: 'commercial', annualIncomeCents: 90_000_50 });
    expect(program(screening, 'manufacturer-copay-card')?.status).toBe('eligible');
    const created = await reimbursement.post<Application>(
      `/api/patients/${admitted.patientId}/assistance-applications`,
      { programId: 'manufacturer-copay-card', screeningId: screening.id },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', kind: 'manufacturer-copay-card' });
    const cents = await screen(admitted.patientId, {
      householdSize: 4,
      annualIncomeDollars: 1.234,
    });
    expect(cents.status).toBe(400);
  });

  it('tracks an application to a decision, and the approved discount reduces the next estimate', async () => {
    const admitted = await medicareIvigPatient();
    const screening = (
      await screen(admitted.patientId, { householdSize: 2, annualIncomeDollars: 30_000 })
    ).body;
    const created = await reimbursement.post<Application>(
      `/api/patients/${admitted.patientId}/assistance-applications`,
      { programId: 'provider-sliding-scale', screeningId: screening.id, notes: 'Need review' },
    );
    expect(created.status).toBe(201);
    const id = created.body.id;
    const award = { discountRate: 0.5, from: '2026-11-01', to: '2027-10-31' };
    const early = await transition(id, { type: 'approve', award });
    expect(early.status).toBe(409);
    expect((await transition(id, { type: 'submit' })).body.status).toBe('submitted');
    const waiting = await reimbursement.get<ListApplicationsResponse>(
      '/api/assistance-applications/awaiting-decision',
    );
    expect(waiting.body.applications.map((a) => a.id)).toContain(id);
    const both = await transition(id, { type: 'approve', award: { ...award, grantCents: 100 } });
    expect(both.status).toBe(400);
    const approved = await transition(id, { type: 'approve', award });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      award: { discountRate: 0.5, grantCents: null, from: '2026-11-01', to: '2027-10-31' },
    });
    expect(approved.body.history.map((h) => [h.command, h.toStatus])).toEqual([
      ['create', 'draft'],
      ['submit', 'submitted'],
      ['approve', 'approved'],
    ]);

    const estimate = (
      await reimbursement.post<EstimateDetail>(
        `/api/admissions/${admitted.admissionId}/estimates`,
        {},
      )
    ).body;
    // Half of each line's share: $754.40 → $377.20 and $84.10 → $42.05; $419.25 off $838.50.
    expect(estimate.totals).toMatchObject({
      patientCents: 838_50,
      assistanceCents: 419_25,
      patientAfterAssistanceCents: 419_25,
    });
    expect(estimate.assistanceSteps).toEqual([
      expect.objectContaining({
        programId: 'provider-sliding-scale',
        applicationId: id,
        rate: 0.5,
        appliedCents: 419_25,
      }),
    ]);
  });

  it('denies and withdraws only from the statuses the state machine allows', async () => {
    const admitted = await medicareIvigPatient();
    const screening = (
      await screen(admitted.patientId, { householdSize: 1, annualIncomeDollars: 20_000 })
    ).body;
    const app = (
      await reimbursement.post<Application>(
        `/api/patients/${admitted.patientId}/assistance-applications`,
        { programId: 'foundation-primary-immunodeficiency', screeningId: screening.id },
      )
    ).body;
    await transition(app.id, { type: 'submit' });
    await transition(app.id, { type: 'request-documents', documents: ['2025 tax return'] });
    const denied = await transition(app.id, { type: 'deny', reason: 'Fund closed for the year' });
    expect(denied.body).toMatchObject({ status: 'denied' });
    expect(denied.body.history.at(-1)).toMatchObject({ reason: 'Fund closed for the year' });
    const withdraw = await transition(app.id, { type: 'withdraw' });
    expect(withdraw.status).toBe(409);
    const nurse = await world.as('nurse');
    expect(
      (await nurse.post(`/api/assistance-applications/${app.id}/transitions`, { type: 'submit' }))
        .status,
    ).toBe(403);
    const billingUser = await t.newUser({ roles: ['billing'], branchIds: [world.branchId] });
    const billing = await t.signedIn(billingUser.username);
    expect(
      (await billing.get(`/api/patients/${admitted.patientId}/assistance-applications`)).status,
    ).toBe(200);
    expect(
      (
        await billing.post(`/api/assistance-applications/${app.id}/transitions`, {
          type: 'withdraw',
        })
      ).status,
    ).toBe(403);
  });

  it('keeps the poverty guidelines editable by year: an administrator’s override is used by screening', async () => {
    const table = await reimbursement.get<PovertyGuidelinesResponse>(
      '/api/configuration/poverty-guidelines',
    );
    expect(table.status).toBe(200);
    expect(table.body.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          year: 2025,
          region: 'contiguous',
          baseCents: 15_650_00,
          mark: 'verified',
          origin: 'table',
        }),
        expect.objectContaining({
          year: 2025,
          region: 'alaska',
          baseCents: 19_550_00,
          mark: 'unverified',
        }),
        expect.objectContaining({
          year: 2025,
          region: 'hawaii',
          baseCents: 17_990_00,
          mark: 'unverified',
        }),
      ]),
    );
    const row2026 = {
      year: 2026,
      region: 'contiguous',
      baseCents: 16_000_00,
      incrementCents: 5_600_00,
      source: 'Test figures, not the Federal Register',
      effectiveDate: '2026-01-15',
      mark: 'unverified',
    };
    expect(
      (await reimbursement.put('/api/configuration/poverty-guidelines', { overrides: [row2026] }))
        .status,
    ).toBe(403);
    const admin = await world.as('admin');
    const twice = await admin.put('/api/configuration/poverty-guidelines', {
      overrides: [row2026, row2026],
    });
    expect(twice.status).toBe(400);
    const saved = await admin.put<PovertyGuidelinesResponse>(
      '/api/configuration/poverty-guidelines',
      {
        overrides: [row2026],
      },
    );
    expect(saved.status).toBe(200);
    expect(saved.body.rows[0]).toMatchObject({
      year: 2026,
      region: 'contiguous',
      origin: 'override',
    });

    const admitted = await medicareIvigPatient();
    const screening = (
      await screen(admitted.patientId, { householdSize: 2, annualIncomeDollars: 30_000 })
    ).body;
    // 2026 now on file: $16,000 + $5,600 = $21,600 for two people.
    expect(screening).toMatchObject({
      year: 2026,
      povertyGuidelineCents: 21_600_00,
      guidelineOrigin: 'override',
      guidelineMark: 'unverified',
    });
    const alaska = await screen(admitted.patientId, {
      householdSize: 2,
      annualIncomeDollars: 30_000,
      state: 'AK',
    });
    // No 2026 Alaska row: the latest Alaska row (2025, increment unverified) is used.
    expect(alaska.body).toMatchObject({
      region: 'alaska',
      year: 2025,
      guidelineMark: 'unverified',
    });
    const missing = await screen(admitted.patientId, {
      householdSize: 2,
      annualIncomeDollars: 30_000,
      year: 2019,
    });
    expect(missing.status).toBe(400);
  });
});
