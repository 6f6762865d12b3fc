// A world for authorization tests: admissions filed through the intake API with the insurance a
// test needs, optionally linked to a directory plan (plan type, prior-authorization therapies) and
// given a 271 answer, plus short helpers for the authorization API.
import { eq } from 'drizzle-orm';
import type { PlanType } from '@infusio/domain/coverage';
import type { ReferralDraft, TherapyType } from '@infusio/domain/intake';
import type { TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import { eligibilityChecks, patientCoverages, payerPlans } from '../coverage/coverage.tables.ts';
import { admissions } from '../intake/intake.tables.ts';
import { postReferral, uniqueReferral, type IntakeWorld } from '../intake/intake.test-kit.ts';
import type {
  AdmissionAuthorizations,
  AuthorizationView,
  DraftFields,
} from './authorizations.contracts.ts';

let members = 0;

/** A member id the payer simulator answers by: 'PA2…' partial, 'PA3…' denied, ... else certified. */
export function memberId(prefix = 'W'): string {
  members += 1;
  return `${prefix}${String(Date.now() % 1_000_000)}${String(members)}`;
}

export interface AdmissionOptions {
  memberId?: string;
  payerId?: string | null;
  therapy?: TherapyType;
  urgency?: 'urgent' | 'standard';
  /** Link the coverage to a directory plan of this type listing these prior-auth therapies. */
  plan?: { planType: PlanType; priorAuthTherapies: string[] };
  /** Store a 271 answer whose EB11 flags are these (service type → authorization required). */
  eligibilityAuth?: Record<string, boolean>;
  draft?: Partial<ReferralDraft>;
}

export interface TestAdmission {
  id: string;
  patientId: string;
  coverageId: string;
}

export async function newAdmission(
  t: TestApp,
  world: IntakeWorld,
  options: AdmissionOptions = {},
): Promise<TestAdmission> {
  const base = uniqueReferral(options.therapy ?? 'anti-infective', options.draft);
  const draft: ReferralDraft = {
    ...base,
    urgency: options.urgency ?? 'standard',
    coverages: [
      {
        order: 1,
        payerName: 'Prairie Health Plan',
        ...(options.payerId === null ? {} : { payerId: options.payerId ?? '60054' }),
        memberId: options.memberId ?? memberId(),
        relationship: 'self',
      },
    ],
  };
  const response = await postReferral(await world.as('intake'), draft);
  const id = response.body.admissionId;
  if (response.status !== 201 || !id)
    throw new Error(
      `referral refused: ${String(response.status)} ${JSON.stringify(response.body)}`,
    );
  const [admission] = await t.ctx.db.select().from(admissions).where(eq(admissions.id, id));
  const [coverage] = admission
    ? await t.ctx.db
        .select()
        .from(patientCoverages)
        .where(eq(patientCoverages.patientId, admission.patientId))
    : [];
  if (!admission || !coverage) throw new Error('admission or coverage missing');
  if (options.plan) {
    const [plan] = await t.ctx.db
      .insert(payerPlans)
      .values({
        payerId: '60054',
        payerName: 'Prairie Health Plan',
        planName: `Test ${options.plan.planType}`,
        planType: options.plan.planType,
        contractStatus: 'in-network',
        billingModel: 'per-diem',
        priorAuthTherapies: options.plan.priorAuthTherapies,
        timelyFilingDays: 180,
      })
      .returning({ id: payerPlans.id });
    await t.ctx.db
      .update(patientCoverages)
      .set({ payerPlanId: plan?.id ?? null })
      .where(eq(patientCoverages.id, coverage.id));
  }
  if (options.eligibilityAuth) {
    await t.ctx.db.insert(eligibilityChecks).values({
      coverageId: coverage.id,
      patientId: admission.patientId,
      admissionId: id,
      trigger: 'manual',
      status: 'active',
      connector: 'test',
      requestX12: 'ISA*test~',
      response: {
        services: Object.entries(options.eligibilityAuth).map(([serviceType, required]) => ({
          serviceType,
          authorizationRequired: required,
        })),
      },
      checkedAt: t.clock.now(),
    });
  }
  return { id, patientId: admission.patientId, coverageId: coverage.id };
}

export const draftFields = (overrides: Partial<DraftFields> = {}): DraftFields => ({
  serviceLine: 'nursing',
  procedureCode: '99601',
  unitsRequested: 10,
  unitType: 'visits',
  frequency: '2 visits a week',
  startDate: '2026-11-24',
  endDate: '2027-01-04',
  level: 'standard',
  ...overrides,
});

export async function createDraft(
  client: TestClient,
  admissionId: string,
  overrides: Partial<DraftFields> = {},
): Promise<AuthorizationView> {
  const response = await client.post<AuthorizationView>(
    `/api/admissions/${admissionId}/authorizations`,
    draftFields(overrides),
  );
  if (response.status !== 201)
    throw new Error(`draft refused: ${String(response.status)} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function listFor(
  client: TestClient,
  admissionId: string,
): Promise<AdmissionAuthorizations> {
  return (
    await client.get<AdmissionAuthorizations>(`/api/admissions/${admissionId}/authorizations`)
  ).body;
}

/**
 * Answers the journey's "authorization decided" through this module (for other modules' journey
 * tests): records that the payer needs no authorization for the drug line.
 */
export async function decideAuthorization(
  client: TestClient,
  admissionId: string,
  confirmedBy = 'Plan representative by phone',
): Promise<AuthorizationView> {
  const response = await client.post<AuthorizationView>(
    `/api/admissions/${admissionId}/authorizations/not-required`,
    { serviceLine: 'drug', procedureCode: 'J3370', method: 'phone', confirmedBy },
  );
  if (response.status !== 201)
    throw new Error(
      `not-required refused: ${String(response.status)} ${JSON.stringify(response.body)}`,
    );
  return response.body;
}
