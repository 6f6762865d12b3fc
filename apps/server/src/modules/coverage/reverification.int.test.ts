import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { startJobWorker } from '../../platform/jobs/job-queue.ts';
import { enqueueDueJobs } from '../../platform/jobs/schedule.ts';
import { tasks } from '../tasks/tasks.tables.ts';
import type { AdmissionDetail } from '../intake/intake.contracts.ts';
import { useClearinghouseConnection } from './clearinghouse.ts';
import {
  COVERAGE_JOB_SCHEDULES,
  coverageJobHandlers,
  runMonthlyReverification,
} from './coverage.jobs.ts';
import { eligibilityChecks, patientCoverages } from './coverage.tables.ts';
import { newCoverageWorld, type CoverageWorld } from './coverage.test-kit.ts';
import { reverifyBeforeAuthorization, VERIFICATION_FRESH_DAYS } from './reverify-coverage.ts';

let t: TestApp;
let world: CoverageWorld;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 120, sessionAbsoluteHours: 24 * 120 });
  t.clock.set('2026-11-22T15:00:00Z');
  world = await newCoverageWorld(t);
});
afterAll(async () => t.close());

async function verifiedAdmission(memberId: string) {
  const admitted = await world.admit(memberId);
  await world.link(admitted.coverageId, 'bluepoint illinois ppo');
  const check = await world.check(admitted.coverageId, { admissionId: admitted.admissionId });
  expect(check.status).toBe(201);
  return admitted;
}

async function coverageVerified(admissionId: string) {
  const detail = await (
    await world.as('reimbursement')
  ).get<AdmissionDetail>(`/api/admissions/${admissionId}`);
  return detail.body.preconditions.find((p) => p.key === 'active-coverage-verified');
}

async function setMemberId(coverageId: string, memberId: string) {
  await t.ctx.db
    .update(patientCoverages)
    .set({ memberId })
    .where(eq(patientCoverages.id, coverageId));
}

async function openTasks(kind: string, coverageId: string) {
  const rows = await t.ctx.db
    .select()
    .from(tasks)
    .where(and(eq(tasks.kind, kind), eq(tasks.status, 'open')));
  return rows.filter((row) => row.params.coverageId === coverageId);
}

const offline = {
  connector: {
    name: 'offline-test-connector',
    submitEligibility: () => Promise.reject(new Error('connection refused')),
    submitAuthorization: () => Promise.reject(new Error('connection refused')),
  },
  receiverId: 'OFFLINE',
  usage: 'T' as const,
};

describe('the "active coverage verified" precondition', () => {
  it('is answered by the coverage module: unmet before a check, met after an active one with payer and date', async () => {
    const admitted = await world.admit('ACT010203040');
    await world.link(admitted.coverageId, 'bluepoint illinois ppo');
    expect(await coverageVerified(admitted.admissionId)).toMatchObject({
      met: false,
      source: 'module',
      recordable: false,
      note: 'Blue Cross Blue Shield of Illinois: eligibility not checked yet',
    });
    await world.check(admitted.coverageId);
    expect(await coverageVerified(admitted.admissionId)).toMatchObject({
      met: true,
      source: 'module',
      note: 'Blue Cross Blue Shield of Illinois: active on 2026-11-22',
    });
    const reimbursement = await world.as('reimbursement');
    const intake = await world.as('intake');
    expect(
      (
        await intake.post(`/api/admissions/${admitted.admissionId}/advance`, {
          to: 'information-complete',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await reimbursement.post(`/api/admissions/${admitted.admissionId}/advance`, {
          to: 'benefits-verified',
        })
      ).status,
    ).toBe(200);
    const manual = await reimbursement.post(
      `/api/admissions/${admitted.admissionId}/answers/active-coverage-verified`,
      { met: true },
    );
    expect(manual.status).toBe(409);
  });

  it('is unmet when the latest answer is inactive or a rejection', async () => {
    const inactive = await verifiedAdmission('INA010203040');
    expect((await coverageVerified(inactive.admissionId))?.met).toBe(false);
    const rejected = await verifiedAdmission('ACT010203041');
    await setMemberId(rejected.coverageId, 'R72X');
    await world.check(rejected.coverageId);
    const answer = await coverageVerified(rejected.admissionId);
    expect(answer?.met).toBe(false);
    expect(answer?.note).toBe('Blue Cross Blue Shield of Illinois: rejected on 2026-11-22');
  });

  it(`lapses ${String(VERIFICATION_FRESH_DAYS)} days after the last active check when no new answer comes`, async () => {
    const admitted = await verifiedAdmission('ACT010203042');
    t.clock.set('2026-12-23T15:00:00Z');
    useClearinghouseConnection(t.ctx, offline);
    try {
      const result = await runMonthlyReverification(t.ctx);
      expect(result.error).toBeGreaterThanOrEqual(1);
      expect(result.lapsed).toBeGreaterThanOrEqual(1);
      expect(await coverageVerified(admitted.admissionId)).toMatchObject({
        met: false,
        note: 'Blue Cross Blue Shield of Illinois: verification lapsed (last active check 2026-11-22)',
      });
    } finally {
      useClearinghouseConnection(t.ctx, undefined);
      t.clock.set('2026-11-22T15:00:00Z');
    }
    // The next answered check restores it.
    await world.check(admitted.coverageId);
    expect((await coverageVerified(admitted.admissionId))?.met).toBe(true);
  });
});

describe('re-verification before an authorization period', () => {
  it('raises nothing when the benefits are the same', async () => {
    const admitted = await verifiedAdmission('ACT020304050');
    const [result] = await reverifyBeforeAuthorization(t.ctx, admitted.admissionId);
    expect(result).toMatchObject({ status: 'active', changes: [], tasksRaised: [] });
    expect(await openTasks('benefits-changed', admitted.coverageId)).toEqual([]);
    const [check] = await t.ctx.db
      .select()
      .from(eligibilityChecks)
      .where(eq(eligibilityChecks.id, result?.checkId ?? ''));
    expect(check).toMatchObject({
      trigger: 'before-authorization',
      admissionId: admitted.admissionId,
      checkedBy: null,
    });
  });

  it('raises "benefits changed" for reimbursement with each difference when the plan changed', async () => {
    const admitted = await verifiedAdmission('ACT020304051');
    await setMemberId(admitted.coverageId, 'HDP020304051');
    const [result] = await reverifyBeforeAuthorization(t.ctx, admitted.admissionId);
    expect(result?.tasksRaised).toEqual(['benefits-changed']);
    const [task] = await openTasks('benefits-changed', admitted.coverageId);
    expect(task).toMatchObject({
      ownerRole: 'reimbursement',
      admissionId: admitted.admissionId,
      patientId: admitted.patientId,
    });
    expect(task?.params.changes).toEqual(
      expect.arrayContaining([
        {
          serviceType: '42',
          network: 'in',
          field: 'deductibleRemainingCents',
          before: 50_000,
          after: 600_000,
        },
        { serviceType: '42', network: 'in', field: 'coinsuranceRate', before: 0.2, after: 0.1 },
        { serviceType: '88', network: 'in', field: 'copayCents', before: 3_000, after: null },
      ]),
    );
  });

  it('raises "coverage inactive" when the coverage ended, and closes it once active again', async () => {
    const admitted = await verifiedAdmission('ACT020304052');
    await setMemberId(admitted.coverageId, 'INA020304052');
    const [result] = await reverifyBeforeAuthorization(t.ctx, admitted.admissionId);
    expect(result?.tasksRaised).toEqual(['coverage-inactive']);
    expect(await openTasks('coverage-inactive', admitted.coverageId)).toHaveLength(1);
    await setMemberId(admitted.coverageId, 'ACT020304052');
    await world.check(admitted.coverageId);
    expect(await openTasks('coverage-inactive', admitted.coverageId)).toEqual([]);
  });
});

describe('the monthly re-verification job', () => {
  it('re-checks active coverages not checked this month, once, and asks intake to act on a rejection', async () => {
    const steady = await world.admit('ACT030405060');
    const rejecting = await world.admit('ACT030405061');
    const neverChecked = await world.admit('ACT030405062');
    // Both were verified last month.
    t.clock.set('2026-10-20T15:00:00Z');
    for (const admitted of [steady, rejecting]) {
      await world.link(admitted.coverageId, 'bluepoint illinois ppo');
      expect((await world.check(admitted.coverageId)).body.status).toBe('active');
    }
    await setMemberId(rejecting.coverageId, 'R72Y');
    t.clock.set('2026-11-22T15:00:00Z');

    const worker = startJobWorker(t.ctx.db, t.clock, coverageJobHandlers(t.ctx), {
      autoStart: false,
    });
    try {
      expect(await enqueueDueJobs(t.ctx.db, t.clock, COVERAGE_JOB_SCHEDULES)).toEqual([
        'coverage.reverify-monthly',
      ]);
      expect(await enqueueDueJobs(t.ctx.db, t.clock, COVERAGE_JOB_SCHEDULES)).toEqual([]);
      expect(await worker.drain()).toBe(1);
    } finally {
      await worker.stop();
    }
    const triggers = async (coverageId: string) =>
      (
        await t.ctx.db
          .select()
          .from(eligibilityChecks)
          .where(eq(eligibilityChecks.coverageId, coverageId))
      ).map((c) => c.trigger);
    expect(await triggers(steady.coverageId)).toEqual(
      expect.arrayContaining(['manual', 'scheduled-monthly']),
    );
    expect(await triggers(neverChecked.coverageId)).toEqual([]);
    const [rejectedTask] = await openTasks('coverage-rejected', rejecting.coverageId);
    expect(rejectedTask?.ownerRole).toBe('intake');
    expect(rejectedTask?.params).toMatchObject({ code: '72', category: 'member-id' });
    expect(await openTasks('benefits-changed', steady.coverageId)).toEqual([]);

    // A second run in the same month finds nothing left to check.
    const again = await runMonthlyReverification(t.ctx);
    expect(
      (await triggers(steady.coverageId)).filter((x) => x === 'scheduled-monthly'),
    ).toHaveLength(1);
    expect(again).toMatchObject({ active: 0 });
  });
});
