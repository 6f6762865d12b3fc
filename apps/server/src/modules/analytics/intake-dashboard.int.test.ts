import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import type { GroupFigures, IntakeDashboardResponse } from './analytics.contracts.ts';
import { buildDashboardWorld, NOW, OCTOBER } from './test-support/dashboard-world.ts';

// The figures below are worked out by hand from test-support/dashboard-world.ts.
let t: TestApp;
let intake: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const world = await buildDashboardWorld(t);
  const user = await t.newUser({ roles: ['intake'], branchIds: [world.branchA] });
  intake = await t.signedIn(user.username);
  t.clock.set(NOW);
});
afterAll(async () => t.close());

async function dashboard(query: string): Promise<IntakeDashboardResponse> {
  const response = await intake.get<IntakeDashboardResponse>(`/api/dashboard/intake?${query}`);
  expect(response.status).toBe(200);
  return response.body;
}

const group = (d: IntakeDashboardResponse, key: string | null): GroupFigures | undefined =>
  d.groups.find((g) => g.key === key);

describe('the intake dashboard over October', () => {
  it('counts the referrals received by outcome and converts over the decided ones', async () => {
    const d = await dashboard(OCTOBER);
    expect(d.overall.referrals).toEqual({
      received: 10,
      decided: 7,
      admitted: 4,
      notAdmitted: 2,
      declined: 1,
      cancelled: 1,
      open: 2,
      onHold: 1,
    });
    expect(d.overall.conversionRate).toBeCloseTo(4 / 7, 10);
  });

  it('gives the median and 90th percentile of referral-to-start-of-care hours', async () => {
    const d = await dashboard(OCTOBER);
    expect(d.overall.referralToSocHours).toEqual({
      count: 4,
      median: 72,
      p90: 133.8,
      mean: 81,
      min: 30,
      max: 150,
    });
    expect(d.histogram.bins.map((b) => b.count)).toEqual([0, 1, 1, 0, 1, 0, 1]);
  });

  it('lists the reasons not admitted and the declined referrals with their labels', async () => {
    const d = await dashboard(OCTOBER);
    expect(d.overall.reasons).toEqual([
      {
        kind: 'not-admitted',
        code: 'no-coverage',
        label: 'No coverage for home infusion',
        count: 1,
      },
      {
        kind: 'not-admitted',
        code: 'unable-to-reach',
        label: 'Unable to reach the patient',
        count: 1,
      },
      {
        kind: 'referral-declined',
        code: 'out-of-service-area',
        label: 'Outside our service area',
        count: 1,
      },
    ]);
  });

  it('measures time in each stage from the stage events, and the waits still running', async () => {
    const d = await dashboard(OCTOBER);
    const completed = Object.fromEntries(
      d.overall.stageWaits.map((w) => [
        w.stage,
        [w.completed.count, w.completed.median, w.completed.p90],
      ]),
    );
    expect(completed).toEqual({
      'referral-received': [7, 5, 8.8],
      'information-complete': [6, 8, 15],
      'benefits-verified': [4, 35, 71],
      authorized: [4, 2, 3.4],
      'pharmacist-assessment-done': [4, 5, 7.4],
      'financial-review-acknowledged': [4, 6, 9.4],
      'medication-ready': [4, 3, 4],
      'first-visit-scheduled': [4, 8.5, 12.8],
    });
    const running = d.overall.stageWaits
      .filter((w) => w.running.count > 0)
      .map((w) => [w.stage, w.running.median]);
    expect(running).toEqual([
      ['information-complete', 127.17],
      ['benefits-verified', 60],
    ]);
    expect(d.overall.longestWait).toEqual({
      stage: 'benefits-verified',
      medianHours: 35,
      p90Hours: 71,
    });
  });

  it('breaks the figures down by therapy', async () => {
    const d = await dashboard(`${OCTOBER}&groupBy=therapy`);
    expect(d.groups.map((g) => [g.key, g.referrals.received])).toEqual([
      ['anti-infective', 6],
      ['ivig', 3],
      ['hydration', 1],
    ]);
    const antiInfective = group(d, 'anti-infective');
    expect(antiInfective?.conversionRate).toBe(0.5);
    expect(antiInfective?.referralToSocHours).toMatchObject({ median: 39, p90: 46.2 });
    expect(antiInfective?.referrals).toMatchObject({ declined: 1, cancelled: 1, onHold: 1 });
    expect(group(d, 'ivig')?.conversionRate).toBe(1);
    expect(group(d, 'ivig')?.referralToSocHours).toMatchObject({ median: 123, p90: 144.6 });
    expect(group(d, 'hydration')?.conversionRate).toBe(0);
    expect(group(d, 'hydration')?.reasons.map((r) => r.code)).toEqual(['unable-to-reach']);
  });

  it('breaks the figures down by payer and by referral source', async () => {
    const byPayer = await dashboard(`${OCTOBER}&groupBy=payer`);
    expect(byPayer.groups.map((g) => [g.key, g.referrals.received])).toEqual([
      ['Blue Cross Blue Shield of Illinois', 5],
      ['Medicare Part B', 3],
      ['Aetna, Inc.', 2],
    ]);
    const blueCross = group(byPayer, 'Blue Cross Blue Shield of Illinois');
    expect(blueCross?.conversionRate).toBeCloseTo(2 / 3, 10);
    expect(blueCross?.referralToSocHours.median).toBe(63);
    const bySource = await dashboard(`${OCTOBER}&groupBy=referral-source`);
    expect(bySource.groups.map((g) => [g.key, g.referrals.received])).toEqual([
      ['Northside Hospital discharge planning', 5],
      ['Rush Immunology Clinic', 3],
      ['Lakeview Infectious Disease', 2],
    ]);
    expect(group(bySource, 'Rush Immunology Clinic')?.longestWait?.stage).toBe('benefits-verified');
  });

  it('gives one group for the whole range without grouping, and names branches', async () => {
    const whole = await dashboard(`${OCTOBER}&groupBy=none`);
    expect(whole.groups).toHaveLength(1);
    expect(whole.groups[0]?.referrals).toEqual(whole.overall.referrals);
    const byBranch = await dashboard(`${OCTOBER}&groupBy=branch`);
    expect(byBranch.groups).toHaveLength(1);
    expect(byBranch.groups[0]?.label).toMatch(/^Branch T-/);
  });

  it('counts days in the caller’s time zone', async () => {
    const chicago = await dashboard(`${OCTOBER}&timeZone=America/Chicago`);
    expect(chicago.overall.referrals.received).toBe(11);
    expect(chicago.overall.reasons.map((r) => r.code)).toContain('capacity');
  });

  it('defaults to the 90 days up to today', async () => {
    const d = await dashboard('');
    expect(d.range).toEqual({
      from: '2026-08-05',
      to: '2026-11-02',
      timeZone: 'UTC',
      groupBy: 'therapy',
      branchId: null,
    });
    expect(d.overall.referrals.received).toBe(12);
  });
});
