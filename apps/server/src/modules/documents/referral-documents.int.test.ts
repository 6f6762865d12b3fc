import { eq } from 'drizzle-orm';
import type { ChecklistResult, ReferralDraft } from '@infusio/domain/intake';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/app-error.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import { prescribers, referrals } from '../intake/intake.tables.ts';
import type { DocumentMetadata, ListDocumentsResponse } from './documents.contracts.ts';
import { documents } from './documents.tables.ts';
import { attachReferralDocumentsToPatient } from './attach-referral-documents.ts';
import { uploadDocument } from './upload-document.ts';
import { samplePdf, uploadForm } from './upload-fixtures.ts';

// A referral still awaiting its patient match, sent by a physician with a portal account; staff of
// its branch and of another branch; and a second app with scanning switched off.
let t: TestApp;
let north: string;
let referralId: string;
let physician: { id: string; username: string };
let intake: TestClient;

async function newReferral(
  branchId: string,
  prescriberId: string | null,
  patientId: string | null,
) {
  const [row] = await t.ctx.db
    .insert(referrals)
    .values({
      branchId,
      channel: 'document',
      urgency: 'standard',
      status: 'awaiting-match',
      therapy: 'anti-infective',
      draft: {} as ReferralDraft,
      checklist: { complete: false, items: [], missing: [] } satisfies ChecklistResult,
      receivedAt: t.clock.now(),
      prescriberId,
      patientId,
    })
    .returning({ id: referrals.id });
  if (!row) throw new Error('no referral');
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  north = await t.newBranch();
  physician = await t.newUser({ roles: ['physician'] });
  const [prescriber] = await t.ctx.db
    .insert(prescribers)
    .values({ npi: '1234567893', givenName: 'Ada', familyName: 'Reyes', userId: physician.id })
    .returning({ id: prescribers.id });
  referralId = await newReferral(north, prescriber?.id ?? null, null);
  intake = await t.signedIn((await t.newUser({ roles: ['intake'], branchIds: [north] })).username);
});
afterAll(async () => t.close());

function uploadTo(client: TestClient, id: string, kind = 'referral-form') {
  const form = uploadForm(samplePdf(), { kind });
  return client.request<DocumentMetadata>({
    method: 'POST',
    url: `/api/referrals/${id}/documents`,
    payload: form.payload,
    headers: form.headers,
  });
}

describe('documents of a referral awaiting its patient match', () => {
  it('lets intake attach the referral form before the patient is known', async () => {
    const response = await uploadTo(intake, referralId);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ referralId, patientId: null, kind: 'referral-form' });
    const list = await intake.get<ListDocumentsResponse>(`/api/referrals/${referralId}/documents`);
    expect(list.body.items.map((d) => d.id)).toContain(response.body.id);
  });

  it('lets the referring physician send orders to his own referral and see them', async () => {
    const client = await t.signedIn(physician.username);
    const response = await uploadTo(client, referralId, 'orders');
    expect(response.status).toBe(201);
    expect((await client.get(`/api/documents/${response.body.id}`)).status).toBe(200);
  });

  it('answers 404 to another branch’s staff and to another physician', async () => {
    const south = await t.newBranch();
    const other = await t.signedIn(
      (await t.newUser({ roles: ['intake'], branchIds: [south] })).username,
    );
    expect((await uploadTo(other, referralId)).status).toBe(404);
    expect((await other.get(`/api/referrals/${referralId}/documents`)).status).toBe(404);
    const stranger = await t.signedIn((await t.newUser({ roles: ['physician'] })).username);
    expect((await uploadTo(stranger, referralId)).status).toBe(404);
  });

  it('files a referral’s document in the chart once the referral has its patient', async () => {
    const ann = await t.newPatient({ branchId: north });
    const matched = await newReferral(north, null, ann);
    const response = await uploadTo(intake, matched, 'history-physical');
    expect(response.body).toMatchObject({ referralId: matched, patientId: ann });
    const chart = await intake.get<ListDocumentsResponse>(`/api/patients/${ann}/documents`);
    expect(chart.body.items.map((d) => d.id)).toEqual([response.body.id]);
  });

  it('files the referral’s documents in the chart when intake matches the patient', async () => {
    const cai = await t.newPatient({ branchId: north });
    const waiting = await newReferral(north, null, null);
    const uploaded = await uploadTo(intake, waiting, 'insurance-card-front');
    const ids = await t.ctx.db.transaction((tx) =>
      attachReferralDocumentsToPatient(tx, {
        referralId: waiting,
        patientId: cai,
        actor: { userId: null, name: 'Test' },
        auditActor: { roles: ['intake'] },
        at: t.clock.now(),
      }),
    );
    expect(ids).toEqual([uploaded.body.id]);
    const chart = await intake.get<ListDocumentsResponse>(`/api/patients/${cai}/documents`);
    expect(chart.body.items.map((d) => d.id)).toEqual([uploaded.body.id]);
  });

  it('refuses a referralId on the patient route that belongs to another patient', async () => {
    const ann = await t.newPatient({ branchId: north });
    const bob = await t.newPatient({ branchId: north });
    const bobsReferral = await newReferral(north, null, bob);
    const form = uploadForm(samplePdf(), {
      kind: 'orders',
      extra: [{ name: 'referralId', value: bobsReferral }],
    });
    const response = await intake.request<{ errors: { field: string }[] }>({
      method: 'POST',
      url: `/api/patients/${ann}/documents`,
      payload: form.payload,
      headers: form.headers,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e) => e.field)).toEqual(['/referralId']);
  });
});

describe('the virus-scan hook', () => {
  it('answers 503 and stores nothing when the scanner fails', async () => {
    const intakeUser = await t.newUser({ roles: ['intake'], branchIds: [north] });
    const pdf = samplePdf('scanner down');
    const attempt = uploadDocument(
      t.ctx,
      {
        userId: intakeUser.id,
        username: intakeUser.username,
        displayName: 'Test',
        roles: ['intake'],
        branchIds: [north],
        locale: 'en',
        sessionId: 's',
        csrfToken: 'c',
        mfaState: 'complete',
        mfaFailures: 0,
        sessionExpiresAt: t.clock.now(),
        clientIp: '127.0.0.1',
        requestId: 'r',
      },
      { roles: ['intake'] },
      {
        target: { patientId: null, referralId, admissionId: null },
        kind: 'orders',
        file: { bytes: pdf, fileName: 'o.pdf', declaredType: 'application/pdf' },
      },
      { name: 'broken', scan: () => Promise.resolve('error') },
    );
    await expect(attempt).rejects.toThrow(AppError);
    await expect(attempt).rejects.toMatchObject({ status: 503 });
    const stored = await t.ctx.db
      .select()
      .from(documents)
      .where(eq(documents.sizeBytes, pdf.length));
    expect(stored.filter((d) => d.referralId === referralId && d.fileName === 'o.pdf')).toEqual([]);
  });

  it('stores the document as unscanned when scanning is switched off', async () => {
    const unscanned = await createTestApp({ documentScanner: 'none' });
    try {
      const branch = await unscanned.newBranch();
      const patient = await unscanned.newPatient({ branchId: branch });
      const client = await unscanned.signedIn(
        (await unscanned.newUser({ roles: ['intake'], branchIds: [branch] })).username,
      );
      const form = uploadForm(samplePdf(), { kind: 'consent' });
      const response = await client.request<DocumentMetadata>({
        method: 'POST',
        url: `/api/patients/${patient}/documents`,
        payload: form.payload,
        headers: form.headers,
      });
      expect(response.body).toMatchObject({ scanStatus: 'unscanned', scannedAt: null });
    } finally {
      await unscanned.close();
    }
  });
});
