// The demo organisation, created on the first start of an empty database (never in production):
// one branch, one user per role (staff and physicians with a second factor already enrolled, so
// the TOTP secret below works in any authenticator app), and about 20 synthetic patients.
import { count } from 'drizzle-orm';
import type { Role } from '@infusio/domain/access';
import type { AppContext } from '../platform/app-context.ts';
import type { DbOrTx } from '../platform/db/types.ts';
import { branches } from '../modules/locations/locations.tables.ts';
import { createUser } from '../modules/identity/users.ts';
import { patientRelationships, patients } from '../modules/patients/patients.tables.ts';
import { caregivers } from '../modules/patients/chart.tables.ts';
import { recordAudit } from '../modules/audit/record-audit.ts';
import { seedDemoAdmissionHistory } from './demo-admissions.ts';
import { seedDemoHistoryRecords } from './demo-history-records.ts';
import { seedDemoJourneys } from './demo-journey.ts';
import { seedDemoPayers } from './demo-payers.ts';
import { syntheticPatient } from './synthetic-people.ts';

export const DEMO_PASSWORD = 'Infusio-Demo-2026';
/** Base32 TOTP secret shared by the demo staff and physician accounts (demo only). */
export const DEMO_TOTP_SECRET = 'INFUSIODEMOTOTPSECRETKEYFORSTAFF';
export const DEMO_PATIENT_COUNT = 20;
export const DEMO_SEED = 2026;

export interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  mfa: boolean;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', displayName: 'Avery Adams (administrator)', roles: ['admin'], mfa: true },
  {
    username: 'intake',
    displayName: 'Irene Ortiz (intake coordinator)',
    roles: ['intake'],
    mfa: true,
  },
  {
    username: 'reimbursement',
    displayName: 'Raj Mehta (reimbursement specialist)',
    roles: ['reimbursement'],
    mfa: true,
  },
  { username: 'pharmacist', displayName: 'Paula Kim, PharmD', roles: ['pharmacist'], mfa: true },
  { username: 'nurse', displayName: 'Nina Brooks, RN', roles: ['nurse'], mfa: true },
  { username: 'scheduler', displayName: 'Sam Ellis (scheduler)', roles: ['scheduler'], mfa: true },
  {
    username: 'billing',
    displayName: 'Bea Novak (billing specialist)',
    roles: ['billing'],
    mfa: true,
  },
  {
    username: 'lead',
    displayName: 'Lena Fox (intake and reimbursement lead)',
    roles: ['intake', 'reimbursement'],
    mfa: true,
  },
  { username: 'physician', displayName: 'Dr. Priya Raman', roles: ['physician'], mfa: true },
  { username: 'patient', displayName: 'Mei Chen', roles: ['patient'], mfa: false },
  { username: 'caregiver', displayName: 'Grace Chen', roles: ['caregiver'], mfa: false },
];

function demoUser(username: string): DemoUser {
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`demo user ${username} missing`);
  return user;
}

export async function isDatabaseEmpty(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(branches);
  return (row?.n ?? 0) === 0;
}

export async function seedDemoOrganisation(ctx: AppContext): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [branch] = await tx
      .insert(branches)
      .values({
        code: 'CHI-N',
        name: 'Infusio Chicago North',
        addressLine1: '4100 N Western Ave',
        city: 'Chicago',
        state: 'IL',
        postalCode: '60618',
        phone: '(773) 555-0100',
        timezone: 'America/Chicago',
      })
      .returning({ id: branches.id });
    if (!branch) throw new Error('branch insert returned no row');

    const patientValues = Array.from({ length: DEMO_PATIENT_COUNT }, (_, i) => ({
      ...syntheticPatient(DEMO_SEED, i, 'DEMO'),
      branchId: branch.id,
    }));
    // The demo patient account belongs to the first patient: make her the family the seeds describe.
    const first = patientValues[0];
    if (first)
      Object.assign(first, {
        givenName: 'Mei',
        familyName: 'Chen',
        sex: 'female',
        preferredLanguage: 'zh-Hans',
        interpreterNeeded: false,
        middleName: null,
      });
    const inserted = await tx.insert(patients).values(patientValues).returning({ id: patients.id });
    await seedDemoAdmissionHistory(tx, {
      branchId: branch.id,
      patientIds: inserted.slice(1).map((p) => p.id),
      now,
      seed: DEMO_SEED,
    });

    const userIds = new Map<string, string>();
    for (const user of DEMO_USERS) {
      const id = await createUser(tx, {
        username: user.username,
        displayName: user.displayName,
        email: `${user.username}@demo.infusio.local`,
        password: DEMO_PASSWORD,
        roles: user.roles,
        branchIds: [branch.id],
        ...(user.mfa
          ? { mfaSecretSealed: ctx.secretBox.seal(DEMO_TOTP_SECRET), mfaEnabledAt: now }
          : {}),
      });
      userIds.set(user.username, id);
    }
    const idOf = (username: string): string => {
      const id = userIds.get(username);
      if (!id) throw new Error(`demo user ${username} missing`);
      return id;
    };
    const patientId = (i: number): string => {
      const id = inserted[i]?.id;
      if (!id) throw new Error(`demo patient ${i} missing`);
      return id;
    };
    await tx.insert(patientRelationships).values([
      { patientId: patientId(0), userId: idOf('patient'), relation: 'self' },
      {
        patientId: patientId(0),
        userId: idOf('caregiver'),
        relation: 'caregiver',
        relationshipLabel: 'daughter',
        permissions: ['view-schedule', 'view-clinical', 'record-care', 'view-billing'],
      },
      ...[0, 1, 2, 3, 4, 5].map((i) => ({
        patientId: patientId(i),
        userId: idOf('nurse'),
        relation: 'assigned-nurse',
      })),
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({
        patientId: patientId(i),
        userId: idOf('physician'),
        relation: 'referring-physician',
      })),
    ]);
    // Grace Chen's caregiver record on her mother's chart, with the same permissions as her portal access.
    await tx.insert(caregivers).values({
      patientId: patientId(0),
      name: 'Grace Chen',
      relationship: 'daughter',
      phone: '(773) 555-0177',
      email: 'caregiver@demo.infusio.local',
      permissions: ['view-schedule', 'view-clinical', 'record-care', 'view-billing'],
      userId: idOf('caregiver'),
    });
    await seedDemoJourneys(tx, {
      branchId: branch.id,
      physicianUserId: idOf('physician'),
      meiChenId: patientId(0),
      secondPatientId: patientId(2),
      now,
    });
    await seedDemoPayers(tx, {
      now,
      meiChenId: patientId(0),
      reimbursementUserId: idOf('reimbursement'),
    });
    await seedDemoHistoryRecords(ctx, tx, {
      branchId: branch.id,
      now,
      reimbursement: { ...demoUser('reimbursement'), id: idOf('reimbursement') },
    });
    await recordAudit(
      tx,
      { username: 'system', roles: ['system'] },
      [
        {
          action: 'seed',
          resourceType: 'organisation',
          details: { patients: DEMO_PATIENT_COUNT, users: DEMO_USERS.length },
        },
      ],
      now,
    );
  });
}

export function describeDemoLogins(): string {
  const lines = [
    'Demo organisation created. Sign in at the address above with any of these (printed once):',
    `  password for every demo user: ${DEMO_PASSWORD}`,
    `  authenticator (TOTP) secret for staff and physician: ${DEMO_TOTP_SECRET}`,
    ...DEMO_USERS.map(
      (u) =>
        `  ${u.username.padEnd(14)} ${u.roles.join(', ').padEnd(28)} ${u.displayName}${u.mfa ? '' : ' (no second factor)'}`,
    ),
  ];
  return lines.join('\n');
}
