import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import type { ListPatientsResponse } from './patients.contracts.ts';

// One world: two branches, patients in each, and every kind of user with their relationships.
let t: TestApp;
const p: Record<string, string> = {};
const u: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const north = await t.newBranch();
  const south = await t.newBranch();
  const [ann, bob, cai, dee] = [
    await t.newPatient({ branchId: north }),
    await t.newPatient({ branchId: north }),
    await t.newPatient({ branchId: north }),
    await t.newPatient({ branchId: south }),
  ];
  Object.assign(p, { ann, bob, cai, dee });
  const users = {
    intake: await t.newUser({ roles: ['intake'], branchIds: [north] }),
    nurse: await t.newUser({ roles: ['nurse'], branchIds: [north] }),
    physician: await t.newUser({ roles: ['physician'] }),
    patient: await t.newUser({ roles: ['patient'] }),
    caregiver: await t.newUser({ roles: ['caregiver'] }),
    admin: await t.newUser({ roles: ['admin'], branchIds: [north] }),
  };
  for (const [k, v] of Object.entries(users)) u[k] = v.username;
  await t.relate(bob, users.nurse.id, 'assigned-nurse');
  await t.relate(cai, users.physician.id, 'referring-physician');
  await t.relate(dee, users.physician.id, 'referring-physician');
  await t.relate(ann, users.patient.id, 'self');
  await t.relate(ann, users.caregiver.id, 'caregiver', ['view-schedule']);
});
afterAll(async () => t.close());

async function visibleIds(client: TestClient): Promise<string[]> {
  const response = await client.get<ListPatientsResponse>('/api/patients?pageSize=100');
  expect(response.status).toBe(200);
  return response.body.items.map((i) => i.id).sort();
}

const sorted = (...names: string[]) => names.map((n) => p[n] ?? '').sort();

describe('who sees which patients', () => {
  it('shows branch staff the patients of their branch only', async () => {
    expect(await visibleIds(await t.signedIn(u.intake ?? ''))).toEqual(sorted('ann', 'bob', 'cai'));
  });

  it('shows a nurse only the patients assigned to her', async () => {
    expect(await visibleIds(await t.signedIn(u.nurse ?? ''))).toEqual(sorted('bob'));
  });

  it('shows a physician the patients he referred, across branches', async () => {
    expect(await visibleIds(await t.signedIn(u.physician ?? ''))).toEqual(sorted('cai', 'dee'));
  });

  it('shows a patient only herself, and her caregiver only her', async () => {
    expect(await visibleIds(await t.signedIn(u.patient ?? ''))).toEqual(sorted('ann'));
    expect(await visibleIds(await t.signedIn(u.caregiver ?? ''))).toEqual(sorted('ann'));
  });

  it('answers 404 when a patient types another patient’s address, and records the attempt', async () => {
    const client = await t.signedIn(u.patient ?? '');
    expect((await client.get(`/api/patients/${p.ann ?? ''}`)).status).toBe(200);
    const other = await client.get<{ code: string }>(`/api/patients/${p.bob ?? ''}`);
    expect(other.status).toBe(404);
    const admin = await t.signedIn(u.admin ?? '');
    const trail = await admin.get<{ items: { outcome: string; actorUsername: string }[] }>(
      `/api/audit/events?patientId=${p.bob ?? ''}`,
    );
    expect(trail.body.items).toContainEqual(
      expect.objectContaining({ outcome: 'denied', actorUsername: u.patient }),
    );
  });

  it('gives administrators no access to charts (least privilege), with a 403', async () => {
    const admin = await t.signedIn(u.admin ?? '');
    expect((await admin.get('/api/patients')).status).toBe(403);
  });

  it('records one audit row per patient shown in a list', async () => {
    const nurse = await t.signedIn(u.nurse ?? '');
    await nurse.get('/api/patients');
    const admin = await t.signedIn(u.admin ?? '');
    const trail = await admin.get<{
      items: { action: string; resourceId: string; actorUsername: string }[];
    }>(`/api/audit/events?username=${u.nurse ?? ''}`);
    expect(trail.body.items).toContainEqual(
      expect.objectContaining({ action: 'read', resourceId: p.bob, actorUsername: u.nurse }),
    );
  });
});
