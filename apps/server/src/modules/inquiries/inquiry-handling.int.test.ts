import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import { markInquiryConverted } from './handle-inquiry.ts';
import type {
  Inquiry,
  ListInquiriesResponse,
  SubmitInquiryResponse,
} from './inquiries.contracts.ts';

// One branch (the public form's queue), its coordinator, another branch's coordinator, a patient.
let t: TestApp;
let coordinator: TestClient;
let coordinatorId: string;
let address = 0;

beforeAll(async () => {
  t = await createTestApp();
  const branch = await t.newBranch();
  const user = await t.newUser({ roles: ['intake'], branchIds: [branch] });
  coordinatorId = user.id;
  coordinator = await t.signedIn(user.username);
});
afterAll(async () => t.close());

async function newInquiry(patientName: string): Promise<{ id: string; reference: string }> {
  const response = await t.client().request<SubmitInquiryResponse>({
    method: 'POST',
    url: '/api/public/inquiries',
    remoteAddress: `192.0.2.${++address}`,
    payload: {
      requesterName: 'Lena Park',
      requesterRelationship: 'family',
      patientName,
      phone: '(312) 555-0199',
      preferredLanguage: 'en',
      therapyDescription: 'Home IVIG every four weeks',
      consentToContact: true,
    },
  });
  expect(response.status).toBe(202);
  const list = await coordinator.get<ListInquiriesResponse>(
    `/api/inquiries?reference=${response.body.reference}`,
  );
  const found = list.body.items.find((i) => i.patientName === patientName);
  if (!found) throw new Error(`inquiry for ${patientName} not listed`);
  return { id: found.id, reference: response.body.reference };
}

describe('the intake coordinator’s inquiries', () => {
  it('lists new requests with counts by status and finds one by its reference', async () => {
    const { id, reference } = await newInquiry('Omar Haddad');
    const list = await coordinator.get<ListInquiriesResponse>('/api/inquiries?status=new');
    expect(list.status).toBe(200);
    expect(list.body.items.map((i) => i.id)).toContain(id);
    expect(list.body.items.every((i) => i.status === 'new')).toBe(true);
    expect(list.body.counts.new).toBeGreaterThanOrEqual(1);
    const byReference = await coordinator.get<ListInquiriesResponse>(
      `/api/inquiries?reference=${encodeURIComponent(reference.toLowerCase().replace('-', ' '))}`,
    );
    expect(byReference.body.items.map((i) => i.id)).toEqual([id]);
  });

  it('records each call back with its note and moves the request to contacted', async () => {
    const { id } = await newInquiry('Grace Kim');
    const first = await coordinator.post<Inquiry>(`/api/inquiries/${id}/contact`, {
      note: 'Left a voicemail',
    });
    t.clock.advanceMinutes(2);
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('contacted');
    const second = await coordinator.post<Inquiry>(`/api/inquiries/${id}/contact`, {
      note: 'Spoke with daughter; Dr. Patel will fax orders',
    });
    expect(second.body.events.map((e) => [e.kind, e.note])).toEqual([
      ['contacted', 'Left a voicemail'],
      ['contacted', 'Spoke with daughter; Dr. Patel will fax orders'],
    ]);
    expect(second.body.events[0]?.actorName).toMatch(/^Test intake/);
    const counts = (await coordinator.get<ListInquiriesResponse>('/api/inquiries')).body.counts;
    expect(counts.contacted).toBeGreaterThanOrEqual(1);
  });

  it('closes a request with its reason, and refuses to handle it again with 409', async () => {
    const { id } = await newInquiry('Tom Novak');
    const closed = await coordinator.post<Inquiry>(`/api/inquiries/${id}/close`, {
      reasonCode: 'out-of-service-area',
      note: 'Lives in Wisconsin',
    });
    expect(closed.body).toMatchObject({ status: 'closed' });
    expect(closed.body.events.at(-1)).toMatchObject({
      kind: 'closed',
      reasonCode: 'out-of-service-area',
    });
    const again = await coordinator.post<{ code: string; currentStatus: string }>(
      `/api/inquiries/${id}/close`,
      { reasonCode: 'duplicate' },
    );
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'precondition_failed', currentStatus: 'closed' });
    expect((await coordinator.post(`/api/inquiries/${id}/contact`, { note: 'x' })).status).toBe(
      409,
    );
  });

  it('requires a note to record a call back and a known reason to close', async () => {
    const { id } = await newInquiry('Ivy Lopez');
    const noNote = await coordinator.post<{ errors: { field: string }[] }>(
      `/api/inquiries/${id}/contact`,
      { note: ' ' },
    );
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors.map((e) => e.field)).toEqual(['/note']);
    const badReason = await coordinator.post<{ errors: { field: string }[] }>(
      `/api/inquiries/${id}/close`,
      { reasonCode: 'bored' },
    );
    expect(badReason.body.errors.map((e) => e.field)).toEqual(['/reasonCode']);
  });

  it('hides another branch’s requests: not listed, 404 to handle', async () => {
    const { id } = await newInquiry('Ruth Adler');
    const elsewhere = await t.signedIn(
      (await t.newUser({ roles: ['intake'], branchIds: [await t.newBranch()] })).username,
    );
    const list = await elsewhere.get<ListInquiriesResponse>('/api/inquiries');
    expect(list.body.items.map((i) => i.id)).not.toContain(id);
    expect(list.body.counts).toEqual({ new: 0, contacted: 0, converted: 0, closed: 0 });
    expect((await elsewhere.post(`/api/inquiries/${id}/contact`, { note: 'x' })).status).toBe(404);
  });

  it('refuses a patient any access to the inquiries with 403', async () => {
    const patient = await t.signedIn((await t.newUser({ roles: ['patient'] })).username);
    expect((await patient.get('/api/inquiries')).status).toBe(403);
  });
});

describe('markInquiryConverted', () => {
  const actor = () => ({ userId: coordinatorId, name: 'Test coordinator' });

  it('marks the request converted with its referral, once, and is idempotent for the same referral', async () => {
    const { id } = await newInquiry('Paul Weber');
    const referralId = randomUUID();
    await t.ctx.db.transaction((tx) =>
      markInquiryConverted(tx, id, referralId, actor(), t.clock.now()),
    );
    await t.ctx.db.transaction((tx) =>
      markInquiryConverted(tx, id, referralId, actor(), t.clock.now()),
    );
    const list = await coordinator.get<ListInquiriesResponse>('/api/inquiries?status=converted');
    const converted = list.body.items.find((i) => i.id === id);
    expect(converted).toMatchObject({ status: 'converted', referralId });
    expect(converted?.events.map((e) => e.kind)).toEqual(['converted']);
    await expect(
      t.ctx.db.transaction((tx) =>
        markInquiryConverted(tx, id, randomUUID(), actor(), t.clock.now()),
      ),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('refuses an unknown inquiry as a field error and a closed one with 409', async () => {
    await expect(
      t.ctx.db.transaction((tx) =>
        markInquiryConverted(tx, randomUUID(), randomUUID(), actor(), t.clock.now()),
      ),
    ).rejects.toMatchObject({
      status: 400,
      fields: [expect.objectContaining({ field: '/inquiryId' })],
    });
    const { id } = await newInquiry('Nina Ross');
    await coordinator.post(`/api/inquiries/${id}/close`, { reasonCode: 'no-longer-needed' });
    await expect(
      t.ctx.db.transaction((tx) =>
        markInquiryConverted(tx, id, randomUUID(), actor(), t.clock.now()),
      ),
    ).rejects.toMatchObject({ status: 409 });
  });
});
