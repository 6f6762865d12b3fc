// A world for intake tests: a branch, one signed-in client per role, and helpers to file referrals.
import type { Role } from '@infusio/domain/access';
import type { ReferralDraft, TherapyType } from '@infusio/domain/intake';
import { completeReferral } from '@infusio/domain/testing';
import type { TestApp } from '../../test/test-app.ts';
import type { TestClient, TestResponse } from '../../test/test-client.ts';
import type { CreateReferralResponse } from './intake.contracts.ts';

export interface IntakeWorld {
  branchId: string;
  users: Record<string, { id: string; username: string }>;
  as(role: string): Promise<TestClient>;
}

const ROLES_IN_WORLD: Role[] = [
  'intake',
  'reimbursement',
  'pharmacist',
  'scheduler',
  'nurse',
  'admin',
];

export async function newIntakeWorld(t: TestApp): Promise<IntakeWorld> {
  const branchId = await t.newBranch();
  const users: IntakeWorld['users'] = {};
  for (const role of ROLES_IN_WORLD)
    users[role] = await t.newUser({ roles: [role], branchIds: [branchId] });
  users.physician = await t.newUser({ roles: ['physician'] });
  const clients = new Map<string, TestClient>();
  return {
    branchId,
    users,
    async as(role) {
      const existing = clients.get(role);
      if (existing) return existing;
      const user = users[role];
      if (!user) throw new Error(`no ${role} in this world`);
      const client = await t.signedIn(user.username);
      clients.set(role, client);
      return client;
    },
  };
}

let sequence = 0;

/** A complete referral for a person nobody has referred before (unique name and birth date). */
export function uniqueReferral(
  therapy: TherapyType = 'anti-infective',
  overrides: Partial<ReferralDraft> = {},
): ReferralDraft {
  sequence += 1;
  const base = completeReferral(therapy);
  const day = String(1 + (sequence % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(sequence / 28) % 12)).padStart(2, '0');
  return {
    ...base,
    patient: {
      ...base.patient,
      givenName: `Given${sequence}x`,
      familyName: `Family${sequence}q${Date.now() % 100000}`,
      birthDate: `19${40 + (sequence % 50)}-${month}-${day}`,
    },
    coverages: base.coverages.map((c) => ({ ...c, memberId: `M${Date.now()}${sequence}` })),
    ...overrides,
  };
}

export function postReferral(
  client: TestClient,
  draft: ReferralDraft,
  extra: Record<string, unknown> = {},
): Promise<TestResponse<CreateReferralResponse>> {
  return client.post<CreateReferralResponse>('/api/referrals', { draft, ...extra });
}
