import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HISTORY_ACTOR } from '../../seed/demo-admissions.ts';
import { seedDemoOrganisation } from '../../seed/demo.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { admissionEvents, admissions, referrals } from '../intake/intake.tables.ts';
import { branches } from '../locations/locations.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import type { IntakeDashboardResponse } from './analytics.contracts.ts';
import { loadIntakeDashboard } from './analytics.queries.ts';
import { resolveDashboardRange } from './dashboard-range.ts';

// The demo organisation as it starts: its intake history must give the dashboard something
// realistic to show, and leave Mei Chen (whose journey the demo walks live) alone.
let t: TestApp;
let branchId: string;
let dashboard: IntakeDashboardResponse;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganisation(t.ctx);
  const [branch] = await t.ctx.db.select().from(branches);
  branchId = branch?.id ?? '';
  const resolved = resolveDashboardRange({ timeZone: 'America/Chicago' }, t.clock.now());
  if (!resolved.ok) throw new Error('default range refused');
  dashboard = await loadIntakeDashboard(
    t.ctx.db,
    { roles: ['intake'], branchIds: [branchId] },
    { range: resolved.range, groupBy: 'therapy', branchId: undefined },
    t.clock.now(),
  );
});
afterAll(async () => t.close());

describe('the demo intake history', () => {
  it('puts about sixty referrals of the last 90 days on the dashboard', async () => {
    const written = await t.ctx.db.$count(referrals);
    expect(dashboard.overall.referrals.received).toBe(written);
    expect(written).toBeGreaterThanOrEqual(50);
    expect(written).toBeLessThanOrEqual(75);
  });

  it('starts most admissions within one to five days', () => {
    const soc = dashboard.overall.referralToSocHours;
    expect(soc.count / dashboard.overall.referrals.received).toBeGreaterThan(0.5);
    expect(soc.median).toBeGreaterThanOrEqual(24);
    expect(soc.median).toBeLessThanOrEqual(120);
    expect(dashboard.overall.conversionRate).toBeGreaterThan(0.5);
    expect(dashboard.overall.conversionRate).toBeLessThan(1);
  });

  it('has reasons, holds and admissions waiting at several stages', () => {
    const { referrals: counts, reasons, stageWaits } = dashboard.overall;
    expect(counts.notAdmitted).toBeGreaterThan(0);
    expect(counts.declined).toBeGreaterThan(0);
    expect(counts.onHold).toBeGreaterThan(0);
    expect(reasons.length).toBeGreaterThanOrEqual(3);
    expect(stageWaits.filter((w) => w.running.count > 0).length).toBeGreaterThanOrEqual(2);
    expect(stageWaits.every((w) => w.completed.count > 0)).toBe(true);
    expect(dashboard.groups.length).toBeGreaterThanOrEqual(5);
  });

  it('sets the demo’s own local targets', () => {
    expect(dashboard.targets).toEqual({ referralToSocHours: 72, conversionPercent: 80 });
  });

  it('leaves Mei Chen, whose journey the demo walks live, out of the history', async () => {
    const [mei] = await t.ctx.db
      .select({ id: patients.id })
      .from(patients)
      .where(and(eq(patients.givenName, 'Mei'), eq(patients.familyName, 'Chen')));
    const historyOfHers = await t.ctx.db
      .select({ id: admissionEvents.id })
      .from(admissionEvents)
      .innerJoin(admissions, eq(admissions.id, admissionEvents.admissionId))
      .where(
        and(
          eq(admissions.patientId, mei?.id ?? ''),
          eq(admissionEvents.actorName, DEMO_HISTORY_ACTOR),
        ),
      );
    expect(mei).toBeDefined();
    expect(historyOfHers).toEqual([]);
  });

  it('writes the events the intake commands write, times matching the admissions', async () => {
    const events = await t.ctx.db
      .select()
      .from(admissionEvents)
      .where(eq(admissionEvents.actorName, DEMO_HISTORY_ACTOR));
    const ids = new Set(events.map((e) => e.admissionId));
    const rows = (await t.ctx.db.select().from(admissions)).filter((a) => ids.has(a.id));
    expect(rows.length).toBeGreaterThan(40);
    for (const admission of rows) {
      const own = events.filter((e) => e.admissionId === admission.id);
      const first = own.find((e) => e.kind === 'stage' && e.fromStage === null);
      expect(first?.at).toEqual(admission.receivedAt);
      const socEvent = own.find((e) => e.kind === 'stage' && e.toStage === 'start-of-care');
      expect(socEvent?.at ?? null).toEqual(admission.startOfCareAt);
      if (admission.status !== 'open')
        expect(own.some((e) => e.kind === 'status' && e.toStatus === admission.status)).toBe(true);
    }
  });
});
