import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { prescribers } from '../intake/intake.tables.ts';
import {
  newIntakeWorld,
  postReferral,
  uniqueReferral,
  type IntakeWorld,
} from '../intake/intake.test-kit.ts';
import type { MyAdmissionsResponse, MyReferralsResponse } from './portal.contracts.ts';

let t: TestApp;
let world: IntakeWorld;
let admissionId: string;
let patientId: string;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24, sessionAbsoluteHours: 24 });
  t.clock.set('2026-11-22T15:00:00Z');
  world = await newIntakeWorld(t);
  // The referring physician's portal account is linked to her NPI.
  await t.ctx.db.insert(prescribers).values({
    npi: '1234567893',
    givenName: 'Priya',
    familyName: 'Raman',
    userId: world.users.physician?.id ?? null,
  });
  const intake = await world.as('intake');
  const draft = uniqueReferral('anti-infective');
  const created = await postReferral(intake, {
    ...draft,
    clinical: { ...draft.clinical, labs: [] },
  });
  admissionId = created.body.admissionId ?? '';
  patientId = created.body.patientId ?? '';
  t.clock.advanceMinutes(30);
  await intake.post(`/api/admissions/${admissionId}/answers/referral-information-complete`, {
    met: true,
    note: 'Creatinine 0.8 by phone',
  });
  await intake.post(`/api/admissions/${admissionId}/advance`, { to: 'information-complete' });
});
afterAll(async () => t.close());

describe('the patient portal journey', () => {
  it('shows the patient where her admission stands, with the date of each step reached', async () => {
    const patient = await t.newUser({ roles: ['patient'] });
    await t.relate(patientId, patient.id, 'self');
    const body = (
      await (await t.signedIn(patient.username)).get<MyAdmissionsResponse>('/api/my/admissions')
    ).body;
    expect(body.admissions).toHaveLength(1);
    const [admission] = body.admissions;
    expect(admission?.stage).toBe('information-complete');
    expect(admission?.steps.slice(0, 3).map((s) => [s.stage, s.state, s.at !== null])).toEqual([
      ['referral-received', 'done', true],
      ['information-complete', 'done', true],
      ['benefits-verified', 'current', false],
    ]);
  });

  it('shows a caregiver the patient she helps, and another patient nothing', async () => {
    const caregiver = await t.newUser({ roles: ['caregiver'] });
    await t.relate(patientId, caregiver.id, 'caregiver', ['view-schedule']);
    expect(
      (await (await t.signedIn(caregiver.username)).get<MyAdmissionsResponse>('/api/my/admissions'))
        .body.admissions,
    ).toHaveLength(1);
    const stranger = await t.newUser({ roles: ['patient'] });
    expect(
      (await (await t.signedIn(stranger.username)).get<MyAdmissionsResponse>('/api/my/admissions'))
        .body.admissions,
    ).toEqual([]);
  });
});

describe('the physician portal', () => {
  it('lists the referrals the physician sent, their stage and what the office still owes', async () => {
    const physician = await world.as('physician');
    const body = (await physician.get<MyReferralsResponse>('/api/my/referrals')).body;
    expect(body.referrals).toHaveLength(1);
    expect(body.referrals[0]).toMatchObject({
      admissionStage: 'information-complete',
      status: 'received',
      stillNeeded: [{ id: 'recent-renal-labs' }],
    });
    // ...and sees the patient's chart because she referred them.
    expect((await physician.get(`/api/patients/${patientId}`)).status).toBe(200);
  });

  it('shows another physician none of them', async () => {
    const other = await t.newUser({ roles: ['physician'] });
    expect(
      (await (await t.signedIn(other.username)).get<MyReferralsResponse>('/api/my/referrals')).body
        .referrals,
    ).toEqual([]);
  });
});
