// A world for financial tests: an admission filed through the intake API for a patient whose
// primary coverage is answered by the payer simulator (member id prefix MCB, ACT, INA, ...), and the
// eligibility check stored the way the coverage module stores it (cost sharing per service type, in
// and out of network). Also used by the intake journey test to acknowledge an estimate.
import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { ReferralDraft, TherapyType } from '@infusio/domain/intake';
import {
  buildEligibilityInquiry,
  read271,
  simulateEligibilityResponse,
  summarizeCostSharing,
} from '@infusio/domain/x12';
import type { TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import { eligibilityChecks, patientCoverages } from '../coverage/coverage.tables.ts';
import { admissions } from '../intake/intake.tables.ts';
import { postReferral, uniqueReferral } from '../intake/intake.test-kit.ts';
import type { EstimateDetail } from './estimates.contracts.ts';

/** Gamunex-C 30 g IV by pump every 4 weeks for primary immune deficiency: one dose in 28 days. */
export const IVIG_ONE_DOSE: Partial<ReferralDraft> = {
  therapy: 'ivig',
  prescription: {
    drugName: 'Gamunex-C',
    doseValue: 30,
    doseUnit: 'g',
    route: 'IV',
    frequency: 'every 4 weeks',
    durationDays: 28,
    accessDevice: 'PIV',
    administrationMethod: 'electronic-pump',
    startDate: '2026-12-01',
  },
  diagnoses: [{ code: 'D83.9', isPrimary: true, description: 'Common variable immunodeficiency' }],
};

export interface Admitted {
  admissionId: string;
  patientId: string;
  coverageId: string | null;
  memberId: string;
}

/** A member id the simulator answers with the profile of this prefix (MCB Medicare Part B, ACT commercial). */
export function simulatorMemberId(prefix: string): string {
  return `${prefix}${String(randomInt(100_000_000, 999_999_999))}`;
}

export async function admitPatient(
  intake: TestClient,
  t: TestApp,
  options: {
    therapy?: TherapyType;
    payerName?: string;
    memberPrefix?: string;
    overrides?: Partial<ReferralDraft>;
    noCoverage?: boolean;
  } = {},
): Promise<Admitted> {
  const memberId = simulatorMemberId(options.memberPrefix ?? 'MCB');
  const draft = uniqueReferral(options.therapy ?? 'anti-infective', {
    coverages: options.noCoverage
      ? []
      : [
          {
            order: 1,
            payerName: options.payerName ?? 'Medicare Part B',
            payerId: 'SIM01',
            memberId,
            relationship: 'self',
          },
        ],
    ...options.overrides,
  });
  const response = await postReferral(intake, draft);
  if (response.status !== 201 || !response.body.admissionId || !response.body.patientId)
    throw new Error(`referral not filed: ${response.status} ${JSON.stringify(response.body)}`);
  const [coverage] = await t.ctx.db
    .select({ id: patientCoverages.id })
    .from(patientCoverages)
    .where(
      and(
        eq(patientCoverages.patientId, response.body.patientId),
        eq(patientCoverages.memberId, memberId),
      ),
    );
  return {
    admissionId: response.body.admissionId,
    patientId: response.body.patientId,
    coverageId: coverage?.id ?? null,
    memberId,
  };
}

/**
 * An eligibility check answered by the payer simulator, stored as the coverage module does: the
 * 271 read, its status, and summarizeCostSharing per answered service type and network.
 */
export async function recordSimulatedCheck(
  t: TestApp,
  admitted: Admitted,
  serviceDate: string,
): Promise<string> {
  if (!admitted.coverageId) throw new Error('no coverage to check');
  const x270 = buildEligibilityInquiry({
    envelope: {
      sender: { qualifier: 'ZZ', id: 'INFUSIO' },
      receiver: { qualifier: 'ZZ', id: 'SIMULATOR' },
      interchangeControlNumber: randomInt(1, 999_999_999),
      groupControlNumber: 1,
      transactionControlNumber: 1,
      date: serviceDate,
      time: '08:00',
      usage: 'T',
    },
    reference: 'FIN-TEST',
    payer: { name: 'SIMULATED PAYER', id: 'SIM01' },
    provider: { organizationName: 'INFUSIO HOME INFUSION', npi: '1234567893' },
    subscriber: {
      memberId: admitted.memberId,
      lastName: 'TEST',
      firstName: 'PATIENT',
      birthDate: '1950-02-03',
      sex: 'F',
    },
    trace: { number: `TR${String(randomInt(1, 999_999))}`, originatorId: '1999999999' },
    serviceDate,
  });
  const x271 = simulateEligibilityResponse(x270);
  const [response] = read271(x271).responses;
  if (!response) throw new Error('the simulator did not answer');
  const costSharing: Record<string, unknown> = {};
  for (const service of response.services)
    costSharing[service.serviceType] = {
      in: summarizeCostSharing(response, service.serviceType, 'in'),
      out: summarizeCostSharing(response, service.serviceType, 'out'),
    };
  const status = response.status === 'unknown' ? 'error' : response.status;
  const [row] = await t.ctx.db
    .insert(eligibilityChecks)
    .values({
      coverageId: admitted.coverageId,
      patientId: admitted.patientId,
      admissionId: admitted.admissionId,
      trigger: 'manual',
      status,
      connector: 'payer-simulator',
      requestX12: x270,
      responseX12: x271,
      response: response as unknown as Record<string, unknown>,
      costSharing,
      planBegin: response.planBegin,
      planEnd: response.planEnd,
      checkedAt: t.clock.now(),
    })
    .returning({ id: eligibilityChecks.id });
  await t.ctx.db
    .update(patientCoverages)
    .set({ status: status === 'active' || status === 'inactive' ? status : 'unverified' })
    .where(eq(patientCoverages.id, admitted.coverageId));
  if (!row) throw new Error('check not stored');
  return row.id;
}

/**
 * The financial review done over the API: an estimate created and presented by reimbursement, and
 * acknowledged on the patient's behalf (the journey test's patient has no portal account). When
 * the primary coverage has no active check yet, one is stored as the simulator answers an active
 * commercial member (ACT profile), so the estimate has verified benefits to work from.
 */
export async function acknowledgeFinancialReview(
  t: TestApp,
  reimbursement: TestClient,
  admissionId: string,
): Promise<EstimateDetail> {
  const [admission] = await t.ctx.db
    .select({ patientId: admissions.patientId })
    .from(admissions)
    .where(eq(admissions.id, admissionId));
  if (!admission) throw new Error('no such admission');
  const [coverage] = await t.ctx.db
    .select({ id: patientCoverages.id })
    .from(patientCoverages)
    .where(
      and(
        eq(patientCoverages.patientId, admission.patientId),
        eq(patientCoverages.coverageOrder, 1),
      ),
    );
  const [active] = coverage
    ? await t.ctx.db
        .select({ id: eligibilityChecks.id })
        .from(eligibilityChecks)
        .where(
          and(
            eq(eligibilityChecks.coverageId, coverage.id),
            eq(eligibilityChecks.status, 'active'),
          ),
        )
    : [];
  if (coverage && !active)
    await recordSimulatedCheck(
      t,
      {
        admissionId,
        patientId: admission.patientId,
        coverageId: coverage.id,
        memberId: simulatorMemberId('ACT'),
      },
      t.clock.now().toISOString().slice(0, 10),
    );
  const created = await reimbursement.post<EstimateDetail>(
    `/api/admissions/${admissionId}/estimates`,
    {},
  );
  if (created.status !== 201)
    throw new Error(`estimate not created: ${created.status} ${JSON.stringify(created.body)}`);
  const presented = await reimbursement.post<EstimateDetail>(
    `/api/estimates/${created.body.id}/present`,
  );
  if (presented.status !== 200) throw new Error(`not presented: ${presented.status}`);
  const ack = await reimbursement.post(`/api/estimates/${created.body.id}/acknowledgements`, {
    fingerprint: created.body.fingerprint,
    language: 'en',
    note: 'Reviewed with the patient by phone',
  });
  if (ack.status !== 201) throw new Error(`not acknowledged: ${ack.status}`);
  return presented.body;
}
