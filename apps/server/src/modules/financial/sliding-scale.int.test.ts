import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SLIDING_SCALE } from '@infusio/domain/financial';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { newIntakeWorld, type IntakeWorld } from '../intake/intake.test-kit.ts';
import type { Screening } from './assistance.contracts.ts';
import { admitPatient, IVIG_ONE_DOSE, recordSimulatedCheck } from './financial.test-kit.ts';
import { assistanceScreenings } from './financial.tables.ts';
import type { StoredScreening } from './screen-assistance.ts';
import type { SlidingScaleResponse } from './sliding-scale.contracts.ts';

const URL = '/api/configuration/sliding-scale';

let t: TestApp;
let world: IntakeWorld;
let reimbursement: TestClient;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 30, sessionAbsoluteHours: 24 * 30 });
  t.clock.set('2026-11-20T15:00:00Z');
  world = await newIntakeWorld(t);
  reimbursement = await world.as('reimbursement');
  admin = await world.as('admin');
});
afterAll(async () => t.close());

const BOARD_POLICY = {
  name: 'Board sliding scale 2026',
  decidedBy: 'Finance committee, minutes of 3 March 2026',
  tiers: [
    { upToPercentFpl: 150, discountRate: 0.6 },
    { upToPercentFpl: 250, discountRate: 0.3 },
    { upToPercentFpl: null, discountRate: 0 },
  ],
};

type Problem = { code: string; errors: { field: string; code: string; message: string }[] };

/** A Medicare IVIG patient screened at two people and $30,000 (141.8% of the 2025 guideline). */
async function screenMedicarePatient(): Promise<Screening> {
  const admitted = await admitPatient(await world.as('intake'), t, {
    therapy: 'ivig',
    memberPrefix: 'MCB',
    overrides: IVIG_ONE_DOSE,
  });
  await recordSimulatedCheck(t, admitted, '2026-11-20');
  const response = await reimbursement.post<Screening>(
    `/api/patients/${admitted.patientId}/assistance-screenings`,
    { householdSize: 2, annualIncomeDollars: 30_000, state: 'IL' },
  );
  expect(response.status).toBe(201);
  return response.body;
}

async function storedResult(screeningId: string): Promise<StoredScreening> {
  const [row] = await t.ctx.db
    .select({ result: assistanceScreenings.result })
    .from(assistanceScreenings)
    .where(eq(assistanceScreenings.id, screeningId));
  return row?.result as unknown as StoredScreening;
}

describe('the organisation’s sliding scale', () => {
  it('is the default policy until an administrator sets one, and screening uses it', async () => {
    const response = await reimbursement.get<SlidingScaleResponse>(URL);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: DEFAULT_SLIDING_SCALE.id,
      origin: 'default',
      version: null,
      decidedBy: null,
      mark: 'unverified',
      updatedAt: null,
    });
    expect(response.body.tiers).toEqual(DEFAULT_SLIDING_SCALE.tiers);
    const screening = await screenMedicarePatient();
    expect(screening.slidingScale).toMatchObject({
      policyId: 'default-2025',
      upToPercentFpl: 200,
      tierDiscountRate: 0.75,
    });
  });

  it('refuses a role without assistance or configuration read, and a write by a non-administrator', async () => {
    const nurse = await world.as('nurse');
    expect((await nurse.get(URL)).status).toBe(403);
    expect((await admin.get(URL)).status).toBe(200);
    const refused = await reimbursement.put<Problem>(URL, BOARD_POLICY);
    expect(refused.status).toBe(403);
    expect((await reimbursement.get<SlidingScaleResponse>(URL)).body.origin).toBe('default');
  });

  it('saves an administrator’s tiers as a new version that the next screening uses and records', async () => {
    const saved = await admin.put<SlidingScaleResponse>(URL, BOARD_POLICY);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      id: 'org-v1',
      origin: 'organisation',
      version: 1,
      name: BOARD_POLICY.name,
      decidedBy: BOARD_POLICY.decidedBy,
      tiers: BOARD_POLICY.tiers,
      updatedAt: t.clock.now().toISOString(),
    });
    expect((await reimbursement.get<SlidingScaleResponse>(URL)).body.id).toBe('org-v1');

    const screening = await screenMedicarePatient();
    // 141.8% FPL is now in the first tier (up to 150%): 60% off, case by case on Medicare.
    expect(screening.slidingScale).toEqual({
      policyId: 'org-v1',
      upToPercentFpl: 150,
      tierDiscountRate: 0.6,
      status: 'case-by-case',
      discountRate: 0.6,
    });
    expect((await storedResult(screening.id)).slidingScalePolicy).toEqual({
      id: 'org-v1',
      name: BOARD_POLICY.name,
      version: 1,
    });

    const again = await admin.put<SlidingScaleResponse>(URL, {
      ...BOARD_POLICY,
      tiers: [
        { upToPercentFpl: 100, discountRate: 1 },
        { upToPercentFpl: null, discountRate: 0 },
      ],
    });
    expect(again.body).toMatchObject({ id: 'org-v2', version: 2 });
    const later = await screenMedicarePatient();
    expect(later.slidingScale).toMatchObject({
      policyId: 'org-v2',
      upToPercentFpl: null,
      discountRate: 0,
      status: 'not-eligible',
    });
    // The earlier screening keeps the policy it was made with.
    expect((await storedResult(screening.id)).screen.slidingScale.policyId).toBe('org-v1');

    const audit = await t.ctx.db
      .select({ details: auditEvents.details, actor: auditEvents.actorUsername })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.resourceType, 'configuration'),
          eq(auditEvents.resourceId, 'sliding-scale'),
          eq(auditEvents.outcome, 'success'),
        ),
      );
    expect(audit.map((a) => (a.details as { policyId: string }).policyId)).toEqual([
      'org-v1',
      'org-v2',
    ]);
    expect(audit[0]?.actor).toBe(world.users.admin?.username);
  });

  const tiers = BOARD_POLICY.tiers;
  it.each([
    [
      'bounds out of order',
      {
        tiers: [
          { upToPercentFpl: 250, discountRate: 0.6 },
          { upToPercentFpl: 150, discountRate: 0.3 },
          tiers[2],
        ],
      },
      '/tiers/1/upToPercentFpl',
      'bound_not_ascending',
    ],
    [
      'a bound of zero',
      { tiers: [{ upToPercentFpl: 0, discountRate: 0.6 }, tiers[2]] },
      '/tiers/0/upToPercentFpl',
      'bound_range',
    ],
    [
      'a bound above 1000%',
      { tiers: [{ upToPercentFpl: 1200, discountRate: 0.6 }, tiers[2]] },
      '/tiers/0/upToPercentFpl',
      'bound_range',
    ],
    [
      'a fractional bound',
      { tiers: [{ upToPercentFpl: 150.5, discountRate: 0.6 }, tiers[2]] },
      '/tiers/0/upToPercentFpl',
      'bound_whole',
    ],
    [
      'a discount above 100%',
      { tiers: [tiers[0], tiers[1], { upToPercentFpl: null, discountRate: 1.2 }] },
      '/tiers/2/discountRate',
      'discount_range',
    ],
    [
      'a negative discount',
      { tiers: [{ upToPercentFpl: 150, discountRate: -0.1 }, tiers[2]] },
      '/tiers/0/discountRate',
      'discount_range',
    ],
    [
      'a discount rising with income',
      { tiers: [tiers[0], { upToPercentFpl: 250, discountRate: 0.8 }, tiers[2]] },
      '/tiers/1/discountRate',
      'discount_increases',
    ],
    [
      'an open tier before the last',
      { tiers: [{ upToPercentFpl: null, discountRate: 0.6 }, tiers[2]] },
      '/tiers/0/upToPercentFpl',
      'open_tier_not_last',
    ],
    [
      'no open tier',
      { tiers: [tiers[0], tiers[1]] },
      '/tiers/1/upToPercentFpl',
      'open_tier_missing',
    ],
    ['no tiers', { tiers: [] }, '/tiers', 'no_tiers'],
    ['no name', { name: '  ' }, '/name', 'required'],
    ['no note of who decided it', { decidedBy: '' }, '/decidedBy', 'required'],
  ] as const)('refuses %s with 422 naming the field', async (_, change, field, code) => {
    const response = await admin.put<Problem>(URL, { ...BOARD_POLICY, ...change });
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('unprocessable');
    expect(response.body.errors.map((e) => `${e.field}:${e.code}`)).toEqual([`${field}:${code}`]);
  });

  it('answers a value of the wrong type with 400 naming the field, and keeps the saved policy', async () => {
    const response = await admin.put<Problem>(URL, {
      ...BOARD_POLICY,
      tiers: [tiers[0], { upToPercentFpl: 250, discountRate: '30%' }, tiers[2]],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]?.field).toBe('/tiers/1/discountRate');
    expect((await admin.get<SlidingScaleResponse>(URL)).body.id).toBe('org-v2');
  });
});
