import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { ChartHistoryResponse, ChartResponse } from './chart.contracts.ts';
import { seedFullChart, type SeededChart } from './chart.fixtures.ts';
import { recordChartChange } from './record-change.ts';

// One world: Mei (a full chart) and Bo (another patient) in the north branch; staff of each role,
// Mei's own account and three caregivers with different permissions.
let t: TestApp;
let mei = '';
let bo = '';
let seeded: SeededChart;
const u: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const north = await t.newBranch();
  mei = await t.newPatient({ branchId: north });
  bo = await t.newPatient({ branchId: north });
  const made = {
    intake: await t.newUser({ roles: ['intake'], branchIds: [north] }),
    scheduler: await t.newUser({ roles: ['scheduler'], branchIds: [north] }),
    billing: await t.newUser({ roles: ['billing'], branchIds: [north] }),
    nurse: await t.newUser({ roles: ['nurse'], branchIds: [north] }),
    patient: await t.newUser({ roles: ['patient'] }),
    clinicalCaregiver: await t.newUser({ roles: ['caregiver'] }),
    scheduleCaregiver: await t.newUser({ roles: ['caregiver'] }),
    billingCaregiver: await t.newUser({ roles: ['caregiver'] }),
    portalOnly: await t.newUser({ roles: ['caregiver'] }),
  };
  for (const [k, v] of Object.entries(made)) u[k] = v.username;
  await t.relate(mei, made.nurse.id, 'assigned-nurse');
  await t.relate(mei, made.patient.id, 'self');
  await t.relate(mei, made.clinicalCaregiver.id, 'caregiver', ['view-schedule', 'view-clinical']);
  await t.relate(mei, made.scheduleCaregiver.id, 'caregiver', ['view-schedule']);
  await t.relate(mei, made.billingCaregiver.id, 'caregiver', ['view-billing']);
  await t.relate(mei, made.portalOnly.id, 'caregiver', ['message']);
  seeded = await seedFullChart(t.ctx.db, {
    patientId: mei,
    branchId: north,
    at: t.clock.now(),
    caregiverUserId: made.clinicalCaregiver.id,
  });
});
afterAll(async () => t.close());

async function chartAs(user: string, patientId = mei) {
  const client = await t.signedIn(u[user] ?? '');
  return client.get<ChartResponse>(`/api/patients/${patientId}/chart`);
}

const CLINICAL = ['allergies', 'diagnoses', 'medications'] as const;

describe('the patient chart', () => {
  it('assembles every section for the intake coordinator', async () => {
    const { status, body } = await chartAs('intake');
    expect(status).toBe(200);
    expect(body.sections).toEqual([
      'demographics',
      'contacts',
      'caregivers',
      'allergies',
      'diagnoses',
      'medications',
      'coverages',
      'documents',
      'admissions',
    ]);
    expect(body.patient.id).toBe(mei);
    expect(body.contacts).toEqual([
      expect.objectContaining({ name: 'Wei Chen', isEmergencyContact: true }),
    ]);
    expect(body.allergies).toEqual([
      expect.objectContaining({ id: seeded.allergyId, substance: 'Penicillin', isNkda: false }),
    ]);
    expect(body.diagnoses?.map((d) => d.code)).toEqual(['A41.9', 'E11.9']);
    expect(body.medications?.map((m) => `${m.kind}:${m.name}`)).toEqual([
      'infusion:Vancomycin',
      'home:Metformin',
    ]);
    expect(body.coverages).toEqual([
      expect.objectContaining({
        payerName: 'Blue Cross Blue Shield of Illinois',
        memberIdLast4: '6789',
      }),
    ]);
    expect(JSON.stringify(body.coverages)).not.toContain('XOF123456789');
    expect(body.documents).toEqual([
      expect.objectContaining({ fileName: 'referral.pdf', scanStatus: 'clean' }),
    ]);
    expect(body.admissions).toEqual([
      expect.objectContaining({
        id: seeded.admissionId,
        stage: 'benefits-verified',
        status: 'open',
        therapy: 'anti-infective',
        events: [expect.objectContaining({ toStage: 'benefits-verified', actorName: 'Raj Mehta' })],
      }),
    ]);
    expect(body.can).toEqual({
      editDemographics: true,
      editContacts: true,
      editCaregivers: true,
      editClinical: true,
    });
  });

  it('lists caregivers with relationship, permissions and portal account, including portal-only access', async () => {
    const { body } = await chartAs('intake');
    expect(body.caregivers).toContainEqual(
      expect.objectContaining({
        name: 'Lin Chen',
        relationship: 'daughter',
        permissions: ['view-schedule', 'view-clinical'],
        portalAccount: { username: u.clinicalCaregiver },
      }),
    );
    expect(body.caregivers).toContainEqual(
      expect.objectContaining({
        id: null,
        permissions: ['message'],
        portalAccount: { username: u.portalOnly },
      }),
    );
  });

  it('gives a caregiver without view-clinical no clinical sections and no clinical history', async () => {
    const { status, body } = await chartAs('scheduleCaregiver');
    expect(status).toBe(200);
    expect(body.sections).toEqual(['demographics', 'contacts', 'admissions']);
    for (const section of CLINICAL) expect(body).not.toHaveProperty(section);
    expect(body).not.toHaveProperty('coverages');
    expect(body.admissions?.[0]).not.toHaveProperty('therapy');
    expect(body.admissions?.[0]).not.toHaveProperty('drugName');
    const client = await t.signedIn(u.scheduleCaregiver ?? '');
    const history = await client.get<ChartHistoryResponse>(`/api/patients/${mei}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.filter((i) => i.entity === 'allergy')).toEqual([]);
  });

  it('gives a caregiver with view-clinical the clinical sections but no coverage without view-billing', async () => {
    const { body } = await chartAs('clinicalCaregiver');
    expect(body.sections).toEqual([
      'demographics',
      'contacts',
      'allergies',
      'diagnoses',
      'medications',
      'admissions',
    ]);
    expect(body.allergies?.[0]?.substance).toBe('Penicillin');
    expect(body.admissions?.[0]?.drugName).toBe('Vancomycin');
    expect(body.can).toEqual({
      editDemographics: false,
      editContacts: false,
      editCaregivers: false,
      editClinical: false,
    });
  });

  it('gives a caregiver with view-billing the coverage summary only', async () => {
    const { body } = await chartAs('billingCaregiver');
    expect(body.sections).toEqual(['demographics', 'contacts', 'coverages']);
    expect(body.coverages?.[0]?.memberIdLast4).toBe('6789');
  });

  it('answers 404 for another patient’s chart and history, and audits the attempt', async () => {
    for (const user of ['patient', 'clinicalCaregiver', 'nurse']) {
      const client = await t.signedIn(u[user] ?? '');
      expect((await client.get(`/api/patients/${bo}/chart`)).status).toBe(404);
      expect((await client.get(`/api/patients/${bo}/history`)).status).toBe(404);
    }
    const admin = await t.signedIn((await t.newUser({ roles: ['admin'] })).username);
    const trail = await admin.get<{
      items: { outcome: string; resourceType: string; actorUsername: string }[];
    }>(`/api/audit/events?patientId=${bo}`);
    expect(trail.body.items).toContainEqual(
      expect.objectContaining({
        outcome: 'denied',
        resourceType: 'patient-chart',
        actorUsername: u.nurse,
      }),
    );
  });

  it('gives billing the coverage and admissions but not the clinical sections', async () => {
    const { body } = await chartAs('billing');
    expect(body.sections).toContain('coverages');
    expect(body.sections).toContain('admissions');
    for (const section of CLINICAL) expect(body.sections).not.toContain(section);
    expect(body.admissions?.[0]?.therapy).toBe('anti-infective');
  });

  it('keeps fields a role may not see out of the history', async () => {
    await recordChartChange(t.ctx.db, {
      patientId: mei,
      entity: 'patient',
      entityId: mei,
      change: 'updated',
      fields: [
        { field: 'medicalHistory', oldValue: null, newValue: 'Type 2 diabetes since 2010' },
        { field: 'city', oldValue: 'Evanston', newValue: 'Chicago' },
      ],
      actor: { userId: null, name: 'Referral intake' },
      at: t.clock.now(),
    });
    const fieldsFor = async (user: string) => {
      const client = await t.signedIn(u[user] ?? '');
      const history = await client.get<ChartHistoryResponse>(`/api/patients/${mei}/history`);
      return history.body.items.filter((i) => i.entity === 'patient').map((i) => i.field);
    };
    expect(await fieldsFor('intake')).toEqual(expect.arrayContaining(['medicalHistory', 'city']));
    expect(await fieldsFor('scheduler')).toEqual(['city']);
  });

  it('pages the history newest first', async () => {
    const client = await t.signedIn(u.intake ?? '');
    const first = await client.get<ChartHistoryResponse>(`/api/patients/${mei}/history?pageSize=1`);
    const second = await client.get<ChartHistoryResponse>(
      `/api/patients/${mei}/history?pageSize=1&page=2`,
    );
    expect(first.body.total).toBeGreaterThanOrEqual(2);
    expect(first.body.items).toHaveLength(1);
    expect(second.body.items[0]?.id).not.toBe(first.body.items[0]?.id);
    expect(Date.parse(first.body.items[0]?.at ?? '')).toBeGreaterThanOrEqual(
      Date.parse(second.body.items[0]?.at ?? ''),
    );
  });
});
