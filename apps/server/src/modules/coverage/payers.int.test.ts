import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { payerPlans } from './coverage.tables.ts';
import { bumpPayerDirectoryVersion } from './payer-directory-cache.ts';
import type { PayerPlan, SavePayerPlanRequest, SearchPayersResponse } from './payers.contracts.ts';
import type { PlanSuggestionsResponse } from './coverage.contracts.ts';
import { newCoverageWorld, type CoverageWorld } from './coverage.test-kit.ts';

let t: TestApp;
let world: CoverageWorld;
let reimbursement: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-22T15:00:00Z');
  world = await newCoverageWorld(t);
  reimbursement = await world.as('reimbursement');
});
afterAll(async () => t.close());

const search = async (query: string, client = reimbursement) =>
  (await client.get<SearchPayersResponse>(`/api/payers?${query}`)).body;

function newPlan(change: Partial<SavePayerPlanRequest> = {}): SavePayerPlanRequest {
  return {
    payerId: 'ZQ7K2',
    payerName: 'Lakeshore Mutual Health',
    planName: `Lakeshore Mutual Choice PPO ${String(Math.random()).slice(2, 8)}`,
    planType: 'commercial',
    state: 'IL',
    contractStatus: 'in-network',
    billingModel: 'per-diem',
    priorAuthTherapies: ['ivig', 'biologic'],
    timelyFilingDays: 180,
    phone: '312.555.0142',
    fax: '(312) 555-0143',
    portalUrl: 'https://lakeshore.example.com/providers',
    ...change,
  };
}

describe('the payer directory search', () => {
  it('holds the 844 demo plans and finds them by the start of each word', async () => {
    const all = await search('limit=5');
    expect(all.directorySize).toBe(844);
    const found = await search('q=bluepoint%20illin&limit=10');
    expect(found.items.length).toBeGreaterThan(0);
    for (const plan of found.items) expect(plan.planName).toMatch(/BluePoint Health of Illinois/);
  });

  it('filters by plan type and by state (state plans and national plans)', async () => {
    const medicare = await search('q=medicare&planType=medicare-ffs&limit=50');
    expect(medicare.items.length).toBe(16);
    expect(medicare.items.every((p) => p.planType === 'medicare-ffs')).toBe(true);
    const texas = await search('q=health&state=TX&limit=100');
    expect(texas.items.every((p) => p.state === 'TX' || p.state === null)).toBe(true);
    expect(texas.items.some((p) => p.state === 'TX')).toBe(true);
  });

  it('puts an exact payer id first', async () => {
    const someone = (await search('q=prairie&limit=1')).items[0];
    const byId = await search(`q=${someone?.payerId ?? ''}&limit=3`);
    expect(byId.items[0]?.payerId).toBe(someone?.payerId);
  });

  it('refuses a limit above 100 and an unknown plan type', async () => {
    expect((await reimbursement.get('/api/payers?limit=500')).status).toBe(400);
    expect((await reimbursement.get('/api/payers?planType=cash')).status).toBe(400);
  });
});

describe('keeping the directory current', () => {
  it('adds a plan with normalised phone numbers, finds it at once, edits it, and audits both', async () => {
    const created = await reimbursement.post<PayerPlan>('/api/payers', newPlan());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      payerId: 'ZQ7K2',
      phone: '(312) 555-0142',
      isDemo: false,
      active: true,
    });
    expect((await search('q=lakeshore%20choice')).items.map((p) => p.id)).toContain(
      created.body.id,
    );

    const edited = await reimbursement.put<PayerPlan>(
      `/api/payers/${created.body.id}`,
      newPlan({
        planName: 'Lakeshore Mutual Select HMO',
        contractStatus: 'single-case-agreement',
        timelyFilingDays: 365,
      }),
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      contractStatus: 'single-case-agreement',
      timelyFilingDays: 365,
    });
    expect((await search('q=lakeshore%20select')).items[0]?.id).toBe(created.body.id);
    expect(
      (await reimbursement.get<PayerPlan>(`/api/payers/${created.body.id}`)).body.planName,
    ).toBe('Lakeshore Mutual Select HMO');

    const audit = await t.ctx.db.select().from(auditEvents);
    const entries = audit.filter((a) => a.resourceId === created.body.id).map((a) => a.action);
    expect(entries).toEqual(['create', 'update']);
  });

  it('refuses each invalid field, naming it', async () => {
    const response = await reimbursement.post<{ errors: { field: string; code: string }[] }>(
      '/api/payers',
      newPlan({
        payerId: 'K4*21',
        payerName: 'Acme~Health',
        state: 'XX',
        planType: 'medicare-ffs',
        billingModel: 'per-diem',
        priorAuthTherapies: ['ivig', 'ivig'],
        phone: '555-0142',
        portalUrl: 'http://acme.example.com',
      }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e) => `${e.field} ${e.code}`).sort()).toEqual([
      '/billingModel billing_model_plan_type',
      '/payerId payer_id_format',
      '/payerName x12_separator',
      '/phone phone_format',
      '/portalUrl url_format',
      '/priorAuthTherapies duplicate',
      '/state state_code',
    ]);
  });

  it('keeps timely filing within 1 to 730 days and therapies to the known list', async () => {
    for (const days of [0, 731]) {
      const response = await reimbursement.post<{ errors: { field: string }[] }>(
        '/api/payers',
        newPlan({ timelyFilingDays: days }),
      );
      expect(response.status).toBe(400);
      expect(response.body.errors[0]?.field).toBe('/timelyFilingDays');
    }
    const badTherapy = { ...newPlan(), priorAuthTherapies: ['aromatherapy'] };
    expect((await reimbursement.post('/api/payers', badTherapy)).status).toBe(400);
  });

  it('refuses the same payer, plan name and state twice (409)', async () => {
    const plan = newPlan();
    expect((await reimbursement.post('/api/payers', plan)).status).toBe(201);
    expect(
      (await reimbursement.post('/api/payers', { ...plan, planName: plan.planName.toUpperCase() }))
        .status,
    ).toBe(409);
  });

  it('takes a deactivated plan out of the search and puts it back', async () => {
    const created = (
      await reimbursement.post<PayerPlan>(
        '/api/payers',
        newPlan({ planName: 'Lakeshore Retiree Bridge' }),
      )
    ).body;
    expect((await reimbursement.post(`/api/payers/${created.id}/deactivate`)).status).toBe(200);
    expect((await search('q=lakeshore%20retiree')).items).toEqual([]);
    expect((await search('q=lakeshore%20retiree&includeInactive=true')).items[0]?.active).toBe(
      false,
    );
    expect((await reimbursement.post(`/api/payers/${created.id}/reactivate`)).status).toBe(200);
    expect((await search('q=lakeshore%20retiree')).items[0]?.id).toBe(created.id);
  });

  it('lets intake search but not edit, and gives nurses no directory', async () => {
    const intake = await world.as('intake');
    expect((await intake.get('/api/payers?q=medicare')).status).toBe(200);
    expect((await intake.post('/api/payers', newPlan())).status).toBe(403);
    expect((await (await world.as('nurse')).get('/api/payers?q=medicare')).status).toBe(403);
  });

  it('sees a plan another server process added: the directory version moved', async () => {
    expect((await search('q=harborview')).items).toEqual([]);
    // Another process writes the row and bumps the version in its transaction.
    await t.ctx.db.transaction(async (tx) => {
      await tx.insert(payerPlans).values({
        payerId: 'HV123',
        payerName: 'Harborview Health',
        planName: 'Harborview Health PPO',
        planType: 'commercial',
        contractStatus: 'in-network',
        billingModel: 'per-diem',
        timelyFilingDays: 90,
      });
      await bumpPayerDirectoryVersion(tx, t.clock.now());
    });
    expect((await search('q=harborview')).items.map((p) => p.payerId)).toEqual(['HV123']);
  });
});

describe('linking a coverage to its plan', () => {
  it('suggests plans from the payer name the referral gave, in the patient’s state', async () => {
    const { coverageId } = await world.admit('ACT123123123', {
      payerName: 'BluePoint Health of Illinois',
    });
    const suggestions = await reimbursement.get<PlanSuggestionsResponse>(
      `/api/coverages/${coverageId}/plan-suggestions`,
    );
    expect(suggestions.body.items.length).toBeGreaterThan(0);
    expect(suggestions.body.items[0]?.payerName).toBe('BluePoint Health of Illinois');
  });

  it('links intake’s free-text coverage to a plan: the payer id comes from the directory, with chart history', async () => {
    const { admissionId, coverageId } = await world.admit('ACT123123124');
    const plan = (await search('q=bluepoint%20illinois%20hmo&limit=1')).items[0];
    const linked = await (
      await world.as('intake')
    ).post<{ payerId: string; plan: PayerPlan }>(`/api/coverages/${coverageId}/plan`, {
      payerPlanId: plan?.id,
    });
    expect(linked.status).toBe(200);
    expect(linked.body.payerId).toBe(plan?.payerId);
    expect((await world.coverages(admissionId))[0]?.plan?.id).toBe(plan?.id);
  });

  it('refuses a deactivated plan', async () => {
    const { coverageId } = await world.admit('ACT123123125');
    const created = (
      await reimbursement.post<PayerPlan>(
        '/api/payers',
        newPlan({ planName: 'Lakeshore Closed Plan' }),
      )
    ).body;
    await reimbursement.post(`/api/payers/${created.id}/deactivate`);
    expect(
      (await reimbursement.post(`/api/coverages/${coverageId}/plan`, { payerPlanId: created.id }))
        .status,
    ).toBe(422);
  });
});
