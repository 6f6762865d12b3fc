import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import type {
  Allergy,
  ChartHistoryResponse,
  ChartResponse,
  Diagnosis,
  Medication,
} from './chart.contracts.ts';
import { eq } from 'drizzle-orm';
import { seedFullChart, type SeededChart } from './chart.fixtures.ts';
import { patientAllergies } from './chart.tables.ts';
import { patients } from './patients.tables.ts';

let t: TestApp;
let patientId = '';
let notAssigned = '';
let seeded: SeededChart;
let nurse: TestClient;
let nurseName = '';
let nurseUsername = '';
let pharmacistUsername = '';
let pharmacist: TestClient;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const north = await t.newBranch();
  patientId = await t.newPatient({ branchId: north });
  notAssigned = await t.newPatient({ branchId: north });
  seeded = await seedFullChart(t.ctx.db, { patientId, branchId: north, at: t.clock.now() });
  const assigned = await t.newUser({ roles: ['nurse'], branchIds: [north] });
  nurseName = `Test ${assigned.username}`;
  await t.relate(patientId, assigned.id, 'assigned-nurse');
  nurseUsername = assigned.username;
  nurse = await t.signedIn(nurseUsername);
  pharmacistUsername = (await t.newUser({ roles: ['pharmacist'], branchIds: [north] })).username;
  pharmacist = await t.signedIn(pharmacistUsername);
  admin = await t.signedIn((await t.newUser({ roles: ['admin'] })).username);
});
afterAll(async () => t.close());

async function chart(client: TestClient = pharmacist) {
  return (await client.get<ChartResponse>(`/api/patients/${patientId}/chart`)).body;
}
async function latestChanges(count: number) {
  const page = await pharmacist.get<ChartHistoryResponse>(
    `/api/patients/${patientId}/history?pageSize=${count}`,
  );
  return page.body.items;
}

describe('allergies', () => {
  it('lets an assigned nurse add an allergy, recorded with her name, time and an audit entry', async () => {
    t.clock.advanceMinutes(1);
    const response = await nurse.post<Allergy>(`/api/patients/${patientId}/allergies`, {
      substance: 'Sulfa drugs',
      reaction: 'Rash',
      severity: 'mild',
    });
    expect(response.status).toBe(201);
    expect(await latestChanges(3)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entity: 'allergy',
          entityId: response.body.id,
          change: 'created',
          field: 'substance',
          newValue: 'Sulfa drugs',
          actorName: nurseName,
          at: t.clock.now().toISOString(),
        }),
      ]),
    );
    const trail = await admin.get<{
      items: { action: string; resourceType: string; resourceId: string }[];
    }>(`/api/audit/events?patientId=${patientId}`);
    expect(trail.body.items).toContainEqual(
      expect.objectContaining({
        action: 'create',
        resourceType: 'allergy',
        resourceId: response.body.id,
      }),
    );
  });

  it('answers 404 to a nurse adding an allergy for a patient not assigned to her', async () => {
    const response = await nurse.post(`/api/patients/${notAssigned}/allergies`, {
      substance: 'Latex',
    });
    expect(response.status).toBe(404);
  });

  it('refuses the same active allergy twice with 409', async () => {
    const response = await pharmacist.post<{ errors: { field: string; code: string }[] }>(
      `/api/patients/${patientId}/allergies`,
      { substance: 'penicillin' },
    );
    expect(response.status).toBe(409);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: '/substance', code: 'duplicate' }),
    ]);
  });

  it('refuses NKDA while allergies are active, and accepts it once they are inactive', async () => {
    const refused = await pharmacist.post(`/api/patients/${patientId}/allergies`, {
      substance: 'No known drug allergies',
    });
    expect(refused.status).toBe(422);
    for (const allergy of (await chart()).allergies ?? []) {
      if (allergy.status !== 'active') continue;
      const marked = await pharmacist.post<Allergy>(
        `/api/patients/${patientId}/allergies/${allergy.id}/mark-inactive`,
        { status: allergy.id === seeded.allergyId ? 'entered-in-error' : 'inactive' },
      );
      expect(marked.status).toBe(200);
    }
    const nkda = await pharmacist.post<Allergy>(`/api/patients/${patientId}/allergies`, {
      substance: 'nkda',
    });
    expect(nkda.status).toBe(201);
    expect(nkda.body).toMatchObject({ substance: 'NKDA', isNkda: true, status: 'active' });
  });

  it('retires NKDA when an allergy is recorded', async () => {
    t.clock.advanceMinutes(1);
    const added = await pharmacist.post<Allergy>(`/api/patients/${patientId}/allergies`, {
      substance: 'Iodinated contrast',
    });
    expect(added.status).toBe(201);
    const active = ((await chart()).allergies ?? []).filter((a) => a.status === 'active');
    expect(active.map((a) => a.substance)).toEqual(['Iodinated contrast']);
    expect(await latestChanges(2)).toContainEqual(
      expect.objectContaining({ field: 'status', oldValue: 'active', newValue: 'inactive' }),
    );
  });
});

describe('NKDA as referrals spell it', () => {
  it('reads "No known drug allergies" from a referral as NKDA, and retires it when an allergy is recorded', async () => {
    const [branch] = await t.ctx.db
      .select({ id: patients.branchId })
      .from(patients)
      .where(eq(patients.id, patientId));
    const other = await t.newPatient({ branchId: branch?.id ?? '' });
    await t.ctx.db
      .insert(patientAllergies)
      .values({ patientId: other, substance: 'No known drug allergies' });
    const chartOf = async () =>
      (await pharmacist.get<ChartResponse>(`/api/patients/${other}/chart`)).body.allergies ?? [];
    expect(await chartOf()).toEqual([
      expect.objectContaining({ substance: 'No known drug allergies', isNkda: true }),
    ]);
    const twice = await pharmacist.post(`/api/patients/${other}/allergies`, { substance: 'NKDA' });
    expect(twice.status).toBe(409);
    const added = await pharmacist.post(`/api/patients/${other}/allergies`, {
      substance: 'Cefazolin',
    });
    expect(added.status).toBe(201);
    expect((await chartOf()).filter((a) => a.status === 'active').map((a) => a.substance)).toEqual([
      'Cefazolin',
    ]);
  });
});

describe('diagnoses', () => {
  it('rejects a code that is not ICD-10-CM, naming the field, and adds nothing', async () => {
    const before = (await chart()).diagnoses ?? [];
    const response = await pharmacist.post<{ errors: { field: string; code: string }[] }>(
      `/api/patients/${patientId}/diagnoses`,
      { code: '123.4', isPrimary: true },
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: '/code', code: 'icd10_format' }),
    ]);
    expect((await chart()).diagnoses).toEqual(before);
  });

  it('moves the primary mark to a new primary diagnosis, normalising its code', async () => {
    const response = await pharmacist.post<Diagnosis>(`/api/patients/${patientId}/diagnoses`, {
      code: 'l0311',
      description: 'Cellulitis of right upper limb',
      isPrimary: true,
    });
    expect(response.status).toBe(201);
    expect(response.body.code).toBe('L03.11');
    const diagnoses = (await chart()).diagnoses ?? [];
    const marked = diagnoses.map((d) => `${d.code}${d.isPrimary ? '*' : ''}`);
    expect(marked[0]).toBe('L03.11*');
    expect(marked.slice(1).sort()).toEqual(['A41.9', 'E11.9']);
  });

  it('resolves a diagnosis, listing it after the active ones', async () => {
    const sepsis = ((await chart()).diagnoses ?? []).find((d) => d.code === 'A41.9');
    const response = await pharmacist.post<Diagnosis>(
      `/api/patients/${patientId}/diagnoses/${sepsis?.id ?? ''}/resolve`,
    );
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('resolved');
    const last = ((await chart()).diagnoses ?? []).at(-1);
    expect(last).toMatchObject({ code: 'A41.9', status: 'resolved' });
  });
});

describe('home medications', () => {
  it('adds and stops a home medicine, ending it on the branch’s calendar day', async () => {
    t.clock.set('2026-11-03T03:30:00.000Z'); // 21:30 on 2 November in Chicago
    // Sessions idle out over the jump: sign in again.
    nurse = await t.signedIn(nurseUsername);
    pharmacist = await t.signedIn(pharmacistUsername);
    const added = await nurse.post<Medication>(`/api/patients/${patientId}/medications`, {
      name: 'Lisinopril',
      dose: '10 mg',
      route: 'PO',
      frequency: 'daily',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ kind: 'home', status: 'active' });
    const stopped = await nurse.post<Medication>(
      `/api/patients/${patientId}/medications/${added.body.id}/stop`,
    );
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ status: 'stopped', endDate: '2026-11-02' });
  });

  it('refuses to stop an infusion medicine from the chart with 422', async () => {
    const response = await pharmacist.post(
      `/api/patients/${patientId}/medications/${seeded.infusionMedicationId}/stop`,
    );
    expect(response.status).toBe(422);
    const vancomycin = ((await chart()).medications ?? []).find(
      (m) => m.id === seeded.infusionMedicationId,
    );
    expect(vancomycin?.status).toBe('active');
  });

  it('refuses a medicine without a name, naming the field', async () => {
    const response = await nurse.post<{ errors: { field: string }[] }>(
      `/api/patients/${patientId}/medications`,
      { name: ' ' },
    );
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e) => e.field)).toEqual(['/name']);
  });
});
