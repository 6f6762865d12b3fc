// A world for coverage tests: a branch with one user per role, the demo payer directory, and
// admissions filed by intake whose coverage carries the member id that picks the payer
// simulator's answer (ACT…, HDP…, PAR…, INA…, MCB…, R72…, …).
import { eq } from 'drizzle-orm';
import type { TherapyType } from '@infusio/domain/intake';
import type { TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import {
  newIntakeWorld,
  postReferral,
  uniqueReferral,
  type IntakeWorld,
} from '../intake/intake.test-kit.ts';
import { seedDemoPayerDirectory } from '../../seed/demo-payers.ts';
import type {
  AdmissionCoveragesResponse,
  CoverageView,
  EligibilityCheckDetail,
} from './coverage.contracts.ts';
import type { SearchPayersResponse } from './payers.contracts.ts';
import { patientCoverages, payerPlans } from './coverage.tables.ts';

export interface CoverageWorld extends IntakeWorld {
  /** Files a referral with one coverage and returns its admission, patient and coverage. */
  admit(
    memberId: string,
    options?: { therapy?: TherapyType; payerName?: string; payerId?: string },
  ): Promise<{ admissionId: string; patientId: string; coverageId: string }>;
  coverages(admissionId: string, role?: string): Promise<CoverageView[]>;
  /** Links the coverage to the first directory plan found for the query (as reimbursement). */
  link(coverageId: string, query: string): Promise<string>;
  check(
    coverageId: string,
    body?: { admissionId?: string },
    role?: string,
  ): Promise<{
    status: number;
    body: EligibilityCheckDetail & { detail?: string; checkId?: string; problems?: string[] };
  }>;
}

export async function newCoverageWorld(t: TestApp): Promise<CoverageWorld> {
  const world = await newIntakeWorld(t);
  await seedDemoPayerDirectory(t.ctx.db, t.clock.now());
  const as = (role: string): Promise<TestClient> => world.as(role);
  const coverages = async (admissionId: string, role = 'reimbursement') =>
    (
      await (
        await as(role)
      ).get<AdmissionCoveragesResponse>(`/api/admissions/${admissionId}/coverages`)
    ).body.coverages;
  return {
    ...world,
    async admit(memberId, options = {}) {
      const draft = uniqueReferral(options.therapy ?? 'anti-infective');
      draft.coverages = [
        {
          order: 1,
          payerName: options.payerName ?? 'Blue Cross Blue Shield of Illinois',
          ...(options.payerId ? { payerId: options.payerId } : {}),
          memberId,
          relationship: 'self',
        },
      ];
      const response = await postReferral(await as('intake'), draft);
      if (response.status !== 201 || !response.body.admissionId || !response.body.patientId)
        throw new Error(`referral failed: ${response.status} ${JSON.stringify(response.body)}`);
      const [coverage] = await coverages(response.body.admissionId);
      if (!coverage) throw new Error('the referral made no coverage');
      return {
        admissionId: response.body.admissionId,
        patientId: response.body.patientId,
        coverageId: coverage.id,
      };
    },
    coverages,
    async link(coverageId, query) {
      const client = await as('reimbursement');
      const search = await client.get<SearchPayersResponse>(
        `/api/payers?q=${encodeURIComponent(query)}&limit=1`,
      );
      const plan = search.body.items[0];
      if (!plan) throw new Error(`no plan for ${query}`);
      const linked = await client.post(`/api/coverages/${coverageId}/plan`, {
        payerPlanId: plan.id,
      });
      if (linked.status !== 200)
        throw new Error(`link failed: ${linked.status} ${JSON.stringify(linked.body)}`);
      return plan.id;
    },
    async check(coverageId, body = {}, role = 'reimbursement') {
      return (await as(role)).post<
        EligibilityCheckDetail & { detail?: string; checkId?: string; problems?: string[] }
      >(`/api/coverages/${coverageId}/eligibility-checks`, body);
    },
  };
}

/**
 * For other modules' tests: verifies the admission's primary coverage the way reimbursement does
 * (directory plan linked, eligibility checked through the payer simulator). The coverage gets a
 * member id the simulator answers as active (ACT…) and a test plan when it has none.
 */
export async function verifyCoverage(
  t: TestApp,
  client: TestClient,
  admissionId: string,
  memberId = 'ACT900000001',
): Promise<EligibilityCheckDetail> {
  const listed = await client.get<AdmissionCoveragesResponse>(
    `/api/admissions/${admissionId}/coverages`,
  );
  const coverage = listed.body.coverages[0];
  if (!coverage)
    throw new Error(`admission ${admissionId} has no coverage (${String(listed.status)})`);
  await t.ctx.db
    .update(patientCoverages)
    .set({ memberId })
    .where(eq(patientCoverages.id, coverage.id));
  if (!coverage.plan) {
    const [plan] = await t.ctx.db
      .insert(payerPlans)
      .values({
        payerId: 'TST01',
        payerName: 'Test Health Plan',
        planName: `Test Health Plan PPO ${coverage.id.slice(0, 8)}`,
        planType: 'commercial',
        contractStatus: 'in-network',
        billingModel: 'per-diem',
        timelyFilingDays: 90,
      })
      .returning({ id: payerPlans.id });
    const linked = await client.post(`/api/coverages/${coverage.id}/plan`, {
      payerPlanId: plan?.id,
    });
    if (linked.status !== 200) throw new Error(`link failed: ${String(linked.status)}`);
  }
  const check = await client.post<EligibilityCheckDetail>(
    `/api/coverages/${coverage.id}/eligibility-checks`,
    {
      admissionId,
    },
  );
  if (check.status !== 201 || check.body.status !== 'active')
    throw new Error(
      `eligibility check failed: ${String(check.status)} ${JSON.stringify(check.body)}`,
    );
  return check.body;
}
