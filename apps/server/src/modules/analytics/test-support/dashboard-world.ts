// One small, fully known intake history for the dashboard's integration tests (figures worked out
// by hand in intake-dashboard.int.test.ts): ten referrals in October 2026 at branch A, one outside
// the range, one at branch B, one received late on 31 October in Chicago (1 November in UTC).
import type { TestApp } from '../../../test/test-app.ts';
import { declinedReferral, referralWith, writeReferrals } from './admission-history.ts';

/** Requests are made at this instant (the clock is set to it after everyone signed in). */
export const NOW = '2026-11-02T15:10:00.000Z';
export const OCTOBER = 'from=2026-10-01&to=2026-10-31';

export interface DashboardWorld {
  branchA: string;
  branchB: string;
  patientIds: string[];
}

export async function buildDashboardWorld(t: TestApp): Promise<DashboardWorld> {
  const branchA = await t.newBranch();
  const branchB = await t.newBranch();
  const patientIds: string[] = [];
  const patient = async (branchId = branchA) => {
    const id = await t.newPatient({ branchId });
    patientIds.push(id);
    return id;
  };
  const soc = { kind: 'start-of-care' } as const;
  const history = [
    referralWith({
      branchId: branchA,
      patientId: await patient(),
      receivedAt: '2026-10-05T08:00:00Z',
      stageHours: [2, 4, 10, 1, 2, 3, 1, 7],
      ending: soc,
    }),
    referralWith({
      branchId: branchA,
      patientId: await patient(),
      receivedAt: '2026-10-08T10:00:00Z',
      payerName: 'Medicare Part B',
      stageHours: [4, 6, 20, 2, 4, 4, 2, 6],
      ending: soc,
    }),
    referralWith({
      branchId: branchA,
      patientId: await patient(),
      receivedAt: '2026-10-12T09:00:00Z',
      therapy: 'ivig',
      referralSource: 'Rush Immunology Clinic',
      stageHours: [6, 10, 50, 2, 6, 8, 4, 10],
      ending: soc,
    }),
    referralWith({
      branchId: branchA,
      patientId: await patient(),
      receivedAt: '2026-10-15T14:00:00Z',
      therapy: 'ivig',
      payerName: 'Medicare Part B',
      referralSource: 'Rush Immunology Clinic',
      stageHours: [10, 20, 80, 4, 8, 10, 4, 14],
      ending: soc,
    }),
    referralWith({
      branchId: branchA,
      patientId: await patient(),
      receivedAt: '2026-10-18T08:00:00Z',
      payerName: 'Aetna, Inc.',
      referralSource: 'Lakeview Infectious Disease',
      stageHours: [3, 5],
      ending: { kind: 'not-admitted', reasonCode: 'no-coverage', afterHours: 12 },
    }),
    referralWith({
      branchId: branchA,
      patientId: await patient(),
      receivedAt: '2026-10-20T08:00:00Z',
      therapy: 'hydration',
      ending: { kind: 'not-admitted', reasonCode: 'unable-to-reach', afterHours: 20 },
    }),
    declinedReferral({
      branchId: branchA,
      receivedAt: '2026-10-22T10:00:00Z',
      payerName: 'Medicare Part B',
      referralSource: 'Lakeview Infectious Disease',
      reasonCode: 'out-of-service-area',
    }),
    // Waiting in benefits verification for 60 hours at NOW.
    referralWith({
      branchId: branchA,
      patientId: await patient(),
      receivedAt: '2026-10-30T12:10:00Z',
      therapy: 'ivig',
      payerName: 'Aetna, Inc.',
      referralSource: 'Rush Immunology Clinic',
      stageHours: [5, 10],
    }),
    // On hold since 29 October in "information complete" (entered 28 October 08:00).
    referralWith({
      branchId: branchA,
      patientId: await patient(),
      receivedAt: '2026-10-28T00:00:00Z',
      stageHours: [8],
      ending: { kind: 'on-hold', reasonCode: 'awaiting-line-placement', afterHours: 16 },
    }),
    referralWith({
      branchId: branchA,
      patientId: await patient(),
      receivedAt: '2026-10-25T09:00:00Z',
      ending: { kind: 'cancelled', reasonCode: 'duplicate-referral', afterHours: 1 },
    }),
    // Outside the range.
    referralWith({
      branchId: branchA,
      patientId: await patient(),
      receivedAt: '2026-09-20T09:00:00Z',
      stageHours: [1, 1, 1, 1, 1, 1, 1, 1],
      ending: soc,
    }),
    // Another branch.
    referralWith({
      branchId: branchB,
      patientId: await patient(branchB),
      receivedAt: '2026-10-10T09:00:00Z',
      stageHours: [1, 1, 1, 1, 1, 1, 1, 1],
      ending: soc,
    }),
    // 31 October 23:30 in Chicago, already 1 November in UTC.
    declinedReferral({
      branchId: branchA,
      receivedAt: '2026-11-01T04:30:00Z',
      therapy: 'chemotherapy',
      reasonCode: 'capacity',
    }),
  ];
  await writeReferrals(t.ctx.db, history);
  return { branchA, branchB, patientIds };
}
