import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import type { ChartHistoryResponse, Contact } from './chart.contracts.ts';
import type { UpdateDemographicsRequest } from './chart-commands.contracts.ts';
import type { PatientDetail } from './patients.contracts.ts';

let t: TestApp;
let patientId = '';
let otherBranchPatient = '';
let intake: TestClient;
let intakeName = '';
let nurse: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const north = await t.newBranch();
  const south = await t.newBranch();
  patientId = await t.newPatient({
    branchId: north,
    overrides: {
      phoneMobile: '(773) 555-0100',
      email: 'old@example.com',
      preferredLanguage: 'en',
      interpreterNeeded: false,
    },
  });
  otherBranchPatient = await t.newPatient({ branchId: south });
  const coordinator = await t.newUser({ roles: ['intake'], branchIds: [north] });
  intakeName = `Test ${coordinator.username}`;
  const assignedNurse = await t.newUser({ roles: ['nurse'], branchIds: [north] });
  await t.relate(patientId, assignedNurse.id, 'assigned-nurse');
  intake = await t.signedIn(coordinator.username);
  nurse = await t.signedIn(assignedNurse.username);
});
afterAll(async () => t.close());

async function currentForm(id = patientId): Promise<UpdateDemographicsRequest> {
  const { body: p } = await intake.get<PatientDetail>(`/api/patients/${id}`);
  return {
    givenName: p.givenName,
    middleName: p.middleName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    sex: p.sex,
    addressLine1: p.addressLine1,
    addressLine2: p.addressLine2,
    city: p.city,
    state: p.state,
    postalCode: p.postalCode,
    phoneMobile: p.phoneMobile,
    phoneHome: p.phoneHome,
    email: p.email,
    preferredLanguage: p.preferredLanguage,
    interpreterNeeded: p.interpreterNeeded,
    weightKg: p.weightKg,
    heightCm: p.heightCm,
    ifUpdatedAt: p.updatedAt,
  };
}

async function history() {
  const response = await intake.get<ChartHistoryResponse>(
    `/api/patients/${patientId}/history?pageSize=100`,
  );
  return response.body.items;
}

describe('editing demographics', () => {
  it('saves the changed fields, normalised, with one history row each naming who and when', async () => {
    const form = await currentForm();
    const before = await history();
    t.clock.advanceMinutes(5);
    const savedAt = t.clock.now().toISOString();
    const response = await intake.put<PatientDetail>(`/api/patients/${patientId}/demographics`, {
      ...form,
      phoneMobile: '312.555.0177',
      email: 'Mei.Chen@Example.com',
      preferredLanguage: 'zh-Hans',
      interpreterNeeded: true,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      phoneMobile: '(312) 555-0177',
      email: 'mei.chen@example.com',
      preferredLanguage: 'zh-Hans',
      interpreterNeeded: true,
    });
    const after = await history();
    const added = after.slice(0, after.length - before.length);
    expect(added.map((row) => row.field).sort()).toEqual([
      'email',
      'interpreterNeeded',
      'phoneMobile',
      'preferredLanguage',
    ]);
    expect(added).toContainEqual(
      expect.objectContaining({
        entity: 'patient',
        change: 'updated',
        field: 'phoneMobile',
        oldValue: '(773) 555-0100',
        newValue: '(312) 555-0177',
        actorName: intakeName,
        at: savedAt,
      }),
    );
  });

  it('rejects invalid input naming every field, and changes nothing', async () => {
    const form = await currentForm();
    const before = await history();
    const response = await intake.put<{ code: string; errors: { field: string; code: string }[] }>(
      `/api/patients/${patientId}/demographics`,
      {
        ...form,
        givenName: '  ',
        state: 'ZZ',
        postalCode: '6061',
        phoneMobile: '555-0100',
        email: 'mei@',
        birthDate: '2999-01-01',
        preferredLanguage: 'xx',
      },
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors.map((e) => `${e.field} ${e.code}`).sort()).toEqual([
      '/birthDate future_date',
      '/email email',
      '/givenName required',
      '/phoneMobile phone',
      '/postalCode postal_code',
      '/preferredLanguage language',
      '/state state_code',
    ]);
    expect(await currentForm()).toEqual(form);
    expect(await history()).toEqual(before);
  });

  it('rejects unknown fields and wrong types from the schema, naming them', async () => {
    const form = await currentForm();
    const response = await intake.put<{ errors: { field: string; code: string }[] }>(
      `/api/patients/${patientId}/demographics`,
      { ...form, interpreterNeeded: 'yes', mrn: 'X1' },
    );
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e) => e.field).sort()).toEqual(['/interpreterNeeded', '/mrn']);
  });

  it('refuses a form loaded before someone else saved, with 409', async () => {
    const stale = await currentForm();
    // Two cities the synthetic patient does not already live in, so both saves change something.
    const [mine = '', theirs = ''] = ['Evanston', 'Skokie', 'Wilmette'].filter(
      (city) => city !== stale.city,
    );
    t.clock.advanceMinutes(1);
    const first = await intake.put(`/api/patients/${patientId}/demographics`, {
      ...stale,
      city: mine,
    });
    expect(first.status).toBe(200);
    const second = await intake.put<{ code: string }>(`/api/patients/${patientId}/demographics`, {
      ...stale,
      city: theirs,
    });
    expect(second.status).toBe(409);
    expect((await currentForm()).city).toBe(mine);
  });

  it('refuses a nurse editing demographics with 403 and leaves the record alone', async () => {
    const form = await currentForm();
    const response = await nurse.put(`/api/patients/${patientId}/demographics`, {
      ...form,
      city: 'Oak Park',
    });
    expect(response.status).toBe(403);
    expect((await currentForm()).city).toBe(form.city);
  });

  it('answers 404 to staff of another branch', async () => {
    const form = await currentForm();
    const response = await intake.put(`/api/patients/${otherBranchPatient}/demographics`, form);
    expect(response.status).toBe(404);
  });
});

describe('contacts', () => {
  it('adds and removes a contact, with both in the history', async () => {
    const added = await intake.post<Contact>(`/api/patients/${patientId}/contacts`, {
      name: 'Wei Chen',
      relationship: 'son',
      phone: '3125550142',
      isEmergencyContact: true,
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ phone: '(312) 555-0142', isEmergencyContact: true });
    const removed = await intake.post(
      `/api/patients/${patientId}/contacts/${added.body.id}/remove`,
    );
    expect(removed.status).toBe(204);
    const rows = (await history()).filter((row) => row.entityId === added.body.id);
    expect(rows).toContainEqual(
      expect.objectContaining({ change: 'created', field: 'name', newValue: 'Wei Chen' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        change: 'removed',
        field: 'name',
        oldValue: 'Wei Chen',
        actorName: intakeName,
      }),
    );
  });

  it('needs a phone or an e-mail to reach a contact', async () => {
    const response = await intake.post<{ errors: { field: string; code: string }[] }>(
      `/api/patients/${patientId}/contacts`,
      { name: 'Nobody', relationship: 'friend' },
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: '/phone', code: 'contact_method' }),
    ]);
  });

  it('answers 404 when removing a contact of another patient', async () => {
    const response = await intake.post(
      `/api/patients/${patientId}/contacts/00000000-0000-4000-8000-000000000000/remove`,
    );
    expect(response.status).toBe(404);
  });
});
