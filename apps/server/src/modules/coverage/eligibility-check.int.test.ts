import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read270, simulateEligibilityResponse } from '@infusio/domain/x12';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { useClearinghouseConnection } from './clearinghouse.ts';
import type {
  CheckHistoryResponse,
  EligibilityCheckDetail,
  ServiceBenefits,
} from './coverage.contracts.ts';
import { newCoverageWorld, type CoverageWorld } from './coverage.test-kit.ts';
import { DEMO_PROVIDER_NPI } from './organisation-identity.ts';

let t: TestApp;
let world: CoverageWorld;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-22T15:00:00Z');
  world = await newCoverageWorld(t);
});
afterAll(async () => t.close());

async function checked(memberId: string, options: Parameters<CoverageWorld['admit']>[1] = {}) {
  const admitted = await world.admit(memberId, options);
  await world.link(admitted.coverageId, 'bluepoint illinois ppo');
  const response = await world.check(admitted.coverageId, { admissionId: admitted.admissionId });
  return { ...admitted, response };
}

function service(detail: EligibilityCheckDetail, code: string): ServiceBenefits {
  const found = detail.services.find((s) => s.serviceType === code);
  if (!found) throw new Error(`no service type ${code}`);
  return found;
}

describe('checking eligibility through the payer simulator', () => {
  it('ACT…: stores an active check with plan dates and figures per service type, and marks the coverage verified', async () => {
    const { admissionId, response } = await checked('ACT200300400');
    expect(response.status).toBe(201);
    const detail = response.body;
    expect(detail).toMatchObject({
      status: 'active',
      trigger: 'manual',
      connector: 'payer-simulator',
      planName: 'INFUSIO DEMO PPO GOLD',
      planBegin: '2026-01-01',
      planEnd: '2026-12-31',
      rejection: null,
      problems: [],
    });
    const homeHealth = service(detail, '42');
    expect(homeHealth.inNetwork).toMatchObject({
      deductible: { amountCents: 150_000, remainingCents: 50_000, metCents: 100_000 },
      outOfPocket: { amountCents: 500_000, remainingCents: 320_000, metCents: 180_000 },
      deductibleRemainingCents: 50_000,
      coinsuranceRate: 0.2,
      oopRemainingCents: 320_000,
    });
    expect(homeHealth.outOfNetwork.coinsuranceRate).toBe(0.4);
    expect(service(detail, '88').inNetwork.copayCents).toBe(3_000);

    const [coverage] = await world.coverages(admissionId);
    expect(coverage).toMatchObject({ status: 'active', verifiedAt: t.clock.now().toISOString() });
    expect(coverage?.latestCheck?.id).toBe(detail.id);
  });

  it('sends a valid 270 from the organisation: our NPI, the plan’s payer id, the home infusion service types, today, a fresh control number', async () => {
    const first = await checked('ACT300400500');
    const second = await checked('ACT300400501');
    const [inquiry] = read270(first.response.body.requestX12).inquiries;
    expect(inquiry?.provider?.id).toBe(DEMO_PROVIDER_NPI);
    expect(inquiry?.subscriber?.id).toBe('ACT300400500');
    expect(inquiry?.serviceTypes).toEqual(['30', '1', '12', '18', '42', '88']);
    expect(inquiry?.dates[0]).toMatchObject({ qualifier: '291', start: '2026-11-22' });
    expect(inquiry?.payer?.id).toMatch(/^[A-Z0-9]{5}$/);
    const control = (x12: string) => Number(/ISA(?:\*[^*]*){12}\*(\d{9})/.exec(x12)?.[1]);
    expect(control(second.response.body.requestX12)).toBeGreaterThan(
      control(first.response.body.requestX12),
    );
  });

  it('asks about chemotherapy (78) for a chemotherapy admission', async () => {
    const { response } = await checked('ACT400500600', { therapy: 'chemotherapy' });
    expect(read270(response.body.requestX12).inquiries[0]?.serviceTypes).toContain('78');
  });

  it('HDP…: a high-deductible plan with nothing met', async () => {
    const { response } = await checked('HDP100200300');
    expect(service(response.body, '42').inNetwork).toMatchObject({
      deductibleRemainingCents: 600_000,
      coinsuranceRate: 0.1,
      oopRemainingCents: 750_000,
    });
    expect(response.body.messages.join(' ')).toContain('HSA-QUALIFIED');
  });

  it('PAR…: authorization required for home health, DME and pharmacy, with the payer’s message', async () => {
    const { response } = await checked('PAR100200300');
    for (const code of ['42', '12', '18', '88'])
      expect(service(response.body, code).inNetwork.authRequired).toBe(true);
    const texts = [...response.body.messages, ...response.body.services.flatMap((s) => s.messages)];
    expect(texts.join(' ')).toContain('PRIOR AUTHORIZATION REQUIRED');
  });

  it('MCB… and a real MBI: Medicare Part B deductible for the year, 20%, no out-of-pocket maximum, pharmacy not covered', async () => {
    for (const memberId of ['MCB100200300', '2KT7WE4NF52']) {
      const { response } = await checked(memberId, { payerName: 'Medicare Part B' });
      expect(response.body.insuranceType).toBe('MB');
      expect(service(response.body, '42').inNetwork).toMatchObject({
        deductibleRemainingCents: 28_300,
        coinsuranceRate: 0.2,
        oopRemainingCents: null,
      });
      expect(service(response.body, '88').status).toBe('not-covered');
    }
  });

  it('INA…: an inactive answer marks the coverage inactive', async () => {
    const { admissionId, response } = await checked('INA100200300');
    expect(response.status).toBe(201);
    expect(response.body.status).toBe('inactive');
    expect(response.body.planEnd).toBe('2025-12-31');
    expect((await world.coverages(admissionId))[0]?.status).toBe('inactive');
  });

  it.each([
    ['R72A1', '72', 'member-id', 'subscriber', false],
    ['R71A1', '71', 'demographics', 'subscriber', false],
    ['R73A1', '73', 'demographics', 'subscriber', false],
    ['R75A1', '75', 'member-id', 'subscriber', false],
    ['R57A1', '57', 'dates', 'subscriber', false],
    ['R42A1', '42', 'payer-unavailable', 'subscriber', true],
    ['R43A1', '43', 'provider', 'provider', false],
    ['R80A1', '80', 'payer-unavailable', 'payer', true],
    ['NOBODY77', '75', 'member-id', 'subscriber', false],
  ])(
    '%s: rejected with AAA %s (%s), an action for the coordinator, and the coverage left unverified',
    async (memberId, code, category, level, retryable) => {
      const { admissionId, response } = await checked(memberId);
      expect(response.status).toBe(201);
      expect(response.body.status).toBe('rejected');
      expect(response.body.rejection).toMatchObject({ code, category, level, retryable });
      expect(response.body.rejection?.action.length).toBeGreaterThan(20);
      expect((await world.coverages(admissionId))[0]?.status).toBe('unverified');
    },
  );

  it('keeps every check in the coverage’s history and serves each one’s benefits', async () => {
    const { coverageId, response } = await checked('ACT500600700');
    await world.check(coverageId);
    const client = await world.as('reimbursement');
    const history = await client.get<CheckHistoryResponse>(
      `/api/coverages/${coverageId}/eligibility-checks`,
    );
    expect(history.body.items).toHaveLength(2);
    const detail = await client.get<EligibilityCheckDetail>(
      `/api/eligibility-checks/${response.body.id}`,
    );
    expect(detail.status).toBe(200);
    expect(detail.body.responseX12).toContain('EB*');
  });
});

describe('what cannot be sent or read', () => {
  it('stores nothing but an error check when the 271 is truncated, naming the segment and position', async () => {
    const admitted = await world.admit('ACT600700800');
    await world.link(admitted.coverageId, 'bluepoint illinois ppo');
    useClearinghouseConnection(t.ctx, {
      connector: {
        name: 'truncating-test-connector',
        // A misbehaving clearinghouse: the simulator's answer cut off in the middle of a segment.
        submitEligibility: (x12) => Promise.resolve(simulateEligibilityResponse(x12).slice(0, 420)),
        submitAuthorization: () => Promise.reject(new Error('not used')),
      },
      receiverId: 'TRUNCATE',
      usage: 'T',
    });
    try {
      const response = await world.check(admitted.coverageId);
      expect(response.status).toBe(422);
      expect(response.body.detail).toMatch(/segment \d+ \(\w+\)/);
      expect(response.body.problems.length).toBeGreaterThan(0);
      const client = await world.as('reimbursement');
      const stored = await client.get<EligibilityCheckDetail>(
        `/api/eligibility-checks/${response.body.checkId ?? ''}`,
      );
      expect(stored.body).toMatchObject({
        status: 'error',
        responseX12: null,
        services: [],
        planName: null,
      });
      expect(stored.body.problems.join('\n')).toMatch(/byte \d+/);
      expect((await world.coverages(admitted.admissionId))[0]).toMatchObject({
        status: 'unverified',
        verifiedAt: null,
      });
    } finally {
      useClearinghouseConnection(t.ctx, undefined);
    }
  });

  it('answers 503 and keeps an error check when the clearinghouse does not answer', async () => {
    const admitted = await world.admit('ACT700800900');
    await world.link(admitted.coverageId, 'bluepoint illinois ppo');
    useClearinghouseConnection(t.ctx, {
      connector: {
        name: 'offline-test-connector',
        submitEligibility: () => Promise.reject(new Error('connection refused')),
        submitAuthorization: () => Promise.reject(new Error('connection refused')),
      },
      receiverId: 'OFFLINE',
      usage: 'T',
    });
    try {
      const response = await world.check(admitted.coverageId);
      expect(response.status).toBe(503);
      expect(response.body.problems.join(' ')).toContain('connection refused');
      const [coverage] = await world.coverages(admitted.admissionId);
      expect(coverage?.latestCheck).toMatchObject({
        status: 'error',
        problems: [expect.stringContaining('connection refused')],
      });
    } finally {
      useClearinghouseConnection(t.ctx, undefined);
    }
  });

  it('asks for a directory plan when the coverage has no payer id', async () => {
    const admitted = await world.admit('ACT800900100');
    const response = await world.check(admitted.coverageId);
    expect(response.status).toBe(409);
    expect(response.body.detail).toContain('payer directory');
  });

  it('refuses an admission of another patient', async () => {
    const one = await world.admit('ACT900100200');
    const other = await world.admit('ACT900100201');
    await world.link(one.coverageId, 'bluepoint illinois ppo');
    const response = await world.check(one.coverageId, { admissionId: other.admissionId });
    expect(response.status).toBe(422);
  });
});

describe('who may check eligibility', () => {
  it('lets intake check, refuses a nurse (403), and hides coverages of other branches (404)', async () => {
    const admitted = await world.admit('ACT110220330');
    await world.link(admitted.coverageId, 'bluepoint illinois ppo');
    expect((await world.check(admitted.coverageId, {}, 'intake')).status).toBe(201);
    expect((await world.check(admitted.coverageId, {}, 'nurse')).status).toBe(403);
    const elsewhere = await t.newUser({
      roles: ['reimbursement'],
      branchIds: [await t.newBranch()],
    });
    const stranger = await t.signedIn(elsewhere.username);
    expect(
      (await stranger.post(`/api/coverages/${admitted.coverageId}/eligibility-checks`, {})).status,
    ).toBe(404);
    expect((await stranger.get(`/api/admissions/${admitted.admissionId}/coverages`)).status).toBe(
      404,
    );
  });
});
