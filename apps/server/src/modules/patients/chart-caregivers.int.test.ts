import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import type { Caregiver, ChartHistoryResponse, ChartResponse } from './chart.contracts.ts';
import { caregivers } from './chart.tables.ts';
import { patientRelationships } from './patients.tables.ts';

let t: TestApp;
let patientId = '';
let intake: TestClient;
let daughter = { id: '', username: '' };
let nurse: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const north = await t.newBranch();
  patientId = await t.newPatient({ branchId: north });
  intake = await t.signedIn((await t.newUser({ roles: ['intake'], branchIds: [north] })).username);
  const assigned = await t.newUser({ roles: ['nurse'], branchIds: [north] });
  await t.relate(patientId, assigned.id, 'assigned-nurse');
  nurse = await t.signedIn(assigned.username);
  daughter = await t.newUser({ roles: ['caregiver'] });
});
afterAll(async () => t.close());

const relationsOf = (userId: string) =>
  t.ctx.db
    .select()
    .from(patientRelationships)
    .where(
      and(eq(patientRelationships.patientId, patientId), eq(patientRelationships.userId, userId)),
    );

async function chartAsDaughter() {
  const client = await t.signedIn(daughter.username);
  return client.get<ChartResponse>(`/api/patients/${patientId}/chart`);
}

describe('caregivers', () => {
  let caregiverId = '';

  it('adds a caregiver with permissions and gives her portal account the same access', async () => {
    const response = await intake.post<Caregiver>(`/api/patients/${patientId}/caregivers`, {
      name: 'Grace Chen',
      relationship: 'daughter',
      phone: '(312) 555-0110',
      permissions: ['view-schedule', 'view-clinical'],
      portalUsername: daughter.username.toUpperCase(),
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'Grace Chen',
      permissions: ['view-clinical', 'view-schedule'],
      portalAccount: { username: daughter.username },
      active: true,
    });
    caregiverId = response.body.id ?? '';
    const [relation] = await relationsOf(daughter.id);
    expect(relation).toMatchObject({
      relation: 'caregiver',
      relationshipLabel: 'daughter',
      permissions: ['view-clinical', 'view-schedule'],
      endsAt: null,
    });
    const chart = await chartAsDaughter();
    expect(chart.status).toBe(200);
    expect(chart.body.sections).toContain('allergies');
  });

  it('writes the new caregiver to the history with her permissions', async () => {
    const history = await intake.get<ChartHistoryResponse>(`/api/patients/${patientId}/history`);
    expect(history.body.items).toContainEqual(
      expect.objectContaining({
        entity: 'caregiver',
        entityId: caregiverId,
        change: 'created',
        field: 'permissions',
        newValue: 'view-clinical, view-schedule',
      }),
    );
  });

  it('keeps her portal access in step when her permissions change', async () => {
    t.clock.advanceMinutes(1);
    const response = await intake.put<Caregiver>(
      `/api/patients/${patientId}/caregivers/${caregiverId}`,
      {
        name: 'Grace Chen',
        relationship: 'daughter',
        phone: '(312) 555-0110',
        permissions: ['view-schedule', 'view-billing'],
        portalUsername: daughter.username,
      },
    );
    expect(response.status).toBe(200);
    const [relation] = await relationsOf(daughter.id);
    expect(relation?.permissions).toEqual(['view-billing', 'view-schedule']);
    const chart = await chartAsDaughter();
    expect(chart.body.sections).not.toContain('allergies');
    expect(chart.body.sections).toContain('coverages');
    const history = await intake.get<ChartHistoryResponse>(`/api/patients/${patientId}/history`);
    expect(history.body.items[0]).toMatchObject({
      entity: 'caregiver',
      change: 'updated',
      field: 'permissions',
      oldValue: 'view-clinical, view-schedule',
      newValue: 'view-billing, view-schedule',
    });
  });

  it('rejects an unknown portal account and a permission outside the list, writing nothing', async () => {
    const before = await t.ctx.db
      .select()
      .from(caregivers)
      .where(eq(caregivers.patientId, patientId));
    const unknown = await intake.post<{ errors: { field: string; code: string }[] }>(
      `/api/patients/${patientId}/caregivers`,
      { name: 'Sam', relationship: 'son', permissions: [], portalUsername: 'no-such-user' },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ field: '/portalUsername', code: 'unknown_account' }),
    ]);
    const badPermission = await intake.post<{ errors: { field: string }[] }>(
      `/api/patients/${patientId}/caregivers`,
      { name: 'Sam', relationship: 'son', permissions: ['view-everything'] },
    );
    expect(badPermission.status).toBe(400);
    expect(badPermission.body.errors.map((e) => e.field)).toEqual(['/permissions/0']);
    const after = await t.ctx.db
      .select()
      .from(caregivers)
      .where(eq(caregivers.patientId, patientId));
    expect(after).toHaveLength(before.length);
  });

  it('lets a nurse read caregivers but not add one', async () => {
    const chart = await nurse.get<ChartResponse>(`/api/patients/${patientId}/chart`);
    expect(chart.body.caregivers).toContainEqual(expect.objectContaining({ name: 'Grace Chen' }));
    const response = await nurse.post(`/api/patients/${patientId}/caregivers`, {
      name: 'Sam',
      relationship: 'son',
      permissions: [],
    });
    expect(response.status).toBe(403);
  });

  it('ends her portal access when she is deactivated', async () => {
    const response = await intake.post<Caregiver>(
      `/api/patients/${patientId}/caregivers/${caregiverId}/deactivate`,
    );
    expect(response.status).toBe(200);
    expect(response.body.active).toBe(false);
    expect((await chartAsDaughter()).status).toBe(404);
    const again = await intake.post(
      `/api/patients/${patientId}/caregivers/${caregiverId}/deactivate`,
    );
    expect(again.status).toBe(409);
  });
});
