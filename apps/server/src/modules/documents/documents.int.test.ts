import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import { recordChanges } from '../patients/chart.tables.ts';
import { EICAR_SIGNATURE } from './document-scanner.ts';
import type { DocumentMetadata, ListDocumentsResponse } from './documents.contracts.ts';
import { documentContents, documents } from './documents.tables.ts';
import { DOCUMENT_MAX_BYTES } from './read-upload.ts';
import { sampleJpeg, samplePdf, samplePng, uploadForm } from './upload-fixtures.ts';

// One world: two branches, a patient in each, intake staff of the first, a patient account.
let t: TestApp;
let south: string;
let ann: string;
let dee: string;
let intake: TestClient;
let patientUser: { id: string; username: string };

beforeAll(async () => {
  t = await createTestApp();
  const north = await t.newBranch();
  south = await t.newBranch();
  ann = await t.newPatient({ branchId: north });
  dee = await t.newPatient({ branchId: south });
  const staff = await t.newUser({ roles: ['intake'], branchIds: [north] });
  patientUser = await t.newUser({ roles: ['patient'] });
  await t.relate(ann, patientUser.id, 'self');
  intake = await t.signedIn(staff.username);
});
afterAll(async () => t.close());

type Problem = { code: string; detail: string; errors?: { field: string; code: string }[] };

function upload<T = DocumentMetadata>(
  client: TestClient,
  patientId: string,
  form: ReturnType<typeof uploadForm>,
) {
  return client.request<T>({
    method: 'POST',
    url: `/api/patients/${patientId}/documents`,
    payload: form.payload,
    headers: form.headers,
  });
}

async function storedCount(patientId: string): Promise<number> {
  return (await t.ctx.db.select().from(documents).where(eq(documents.patientId, patientId))).length;
}

describe('uploading a document', () => {
  it('stores a PDF with its SHA-256, size, detected type and scan verdict, and gives the same bytes back', async () => {
    const pdf = samplePdf('history and physical');
    const response = await upload(
      intake,
      ann,
      uploadForm(pdf, { kind: 'history-physical', fileName: 'H&P 陈.pdf' }),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      patientId: ann,
      kind: 'history-physical',
      fileName: 'H&P 陈.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      scanStatus: 'clean',
    });
    expect(response.body.uploadedBy?.name).toMatch(/^Test intake/);

    const content = await intake.get(response.body.contentUrl);
    expect(content.status).toBe(200);
    expect(content.raw.rawPayload.equals(pdf)).toBe(true);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['content-disposition']).toBe(
      `inline; filename="H&P _.pdf"; filename*=UTF-8''H%26P%20%E9%99%88.pdf`,
    );
    expect(content.headers['cache-control']).toBe('private, no-store');
    expect(content.headers['content-security-policy']).toContain("frame-ancestors 'self'");
  });

  it('accepts PNG and JPEG images of the insurance card, typed by content', async () => {
    const png = await upload(
      intake,
      ann,
      uploadForm(samplePng(), {
        kind: 'insurance-card-front',
        fileName: 'front.png',
        contentType: 'image/png',
      }),
    );
    expect(png.status).toBe(201);
    expect(png.body.mediaType).toBe('image/png');
    const jpeg = await upload(
      intake,
      ann,
      uploadForm(sampleJpeg(), {
        kind: 'insurance-card-back',
        fileName: 'back',
        contentType: 'application/octet-stream',
      }),
    );
    expect(jpeg.status).toBe(201);
    expect(jpeg.body.mediaType).toBe('image/jpeg');
    const again = await intake.get<DocumentMetadata>(`/api/documents/${jpeg.body.id}`);
    expect(again.body).toEqual(jpeg.body);
  });

  it('writes the upload into the chart’s history and the audit trail', async () => {
    const response = await upload(intake, ann, uploadForm(samplePdf(), { kind: 'orders' }));
    const history = await t.ctx.db
      .select()
      .from(recordChanges)
      .where(eq(recordChanges.entityId, response.body.id));
    expect(history).toContainEqual(
      expect.objectContaining({
        entity: 'document',
        change: 'created',
        field: 'kind',
        newValue: 'orders',
      }),
    );
    const admin = await t.signedIn((await t.newUser({ roles: ['admin'] })).username);
    const trail = await admin.get<{
      items: { action: string; resourceType: string; resourceId: string }[];
    }>(`/api/audit/events?patientId=${ann}`);
    expect(trail.body.items).toContainEqual(
      expect.objectContaining({
        action: 'create',
        resourceType: 'document',
        resourceId: response.body.id,
      }),
    );
  });
});

describe('refusing an upload', () => {
  it('refuses a file one byte over the size limit with 413 and says the limit', async () => {
    const before = await storedCount(ann);
    const pdf = samplePdf();
    const big = Buffer.concat([pdf, Buffer.alloc(DOCUMENT_MAX_BYTES + 1 - pdf.length)]);
    const response = await upload<Problem>(intake, ann, uploadForm(big, { kind: 'orders' }));
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.detail).toContain('larger than 20 MB');
    expect(await storedCount(ann)).toBe(before);
  });

  it('refuses a far larger upload from its Content-Length, before reading it', async () => {
    const huge = Buffer.concat([samplePdf(), Buffer.alloc(DOCUMENT_MAX_BYTES + 512 * 1024)]);
    const response = await upload<Problem>(intake, ann, uploadForm(huge, { kind: 'orders' }));
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('refuses a file of another type with 415, naming what it is', async () => {
    const response = await upload<Problem>(
      intake,
      ann,
      uploadForm(Buffer.from('GIF89a-----'), {
        kind: 'other',
        fileName: 'x.gif',
        contentType: 'image/gif',
      }),
    );
    expect(response.status).toBe(415);
    expect(response.body.detail).toContain('a GIF image');
    const word = await upload<Problem>(
      intake,
      ann,
      uploadForm(Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), { kind: 'orders', fileName: 'orders.pdf' }),
    );
    expect(word.status).toBe(415);
    expect(word.body.detail).toContain('ZIP archive');
  });

  it('refuses a declared Content-Type or extension that disagrees with the content with 415', async () => {
    const declared = await upload<Problem>(
      intake,
      ann,
      uploadForm(samplePng(), {
        kind: 'other',
        fileName: 'scan.png',
        contentType: 'application/pdf',
      }),
    );
    expect(declared.status).toBe(415);
    expect(declared.body.detail).toMatch(/^Mismatched content type/);
    const renamed = await upload<Problem>(
      intake,
      ann,
      uploadForm(samplePdf(), {
        kind: 'other',
        fileName: 'photo.jpg',
        contentType: 'application/pdf',
      }),
    );
    expect(renamed.status).toBe(415);
    expect(renamed.body.detail).toContain('.jpg');
  });

  it('refuses a file carrying the EICAR test virus with 422, stores nothing and audits the refusal', async () => {
    const before = await storedCount(ann);
    const infected = Buffer.concat([samplePdf(), EICAR_SIGNATURE]);
    const response = await upload<Problem>(intake, ann, uploadForm(infected, { kind: 'orders' }));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('unprocessable');
    expect(await storedCount(ann)).toBe(before);
    const sha256 = createHash('sha256').update(infected).digest('hex');
    const stored = await t.ctx.db.select().from(documents).where(eq(documents.sha256, sha256));
    expect(stored).toEqual([]);
  });

  it('refuses a missing or unknown kind and a missing file with the fields named', async () => {
    const unknown = await upload<Problem>(intake, ann, uploadForm(samplePdf(), { kind: 'selfie' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ field: '/kind', code: 'enum' }),
    ]);
    const missing = await upload<Problem>(intake, ann, uploadForm(samplePdf()));
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ field: '/kind', code: 'required' }),
    ]);
    const noFile = await intake.request<Problem>({
      method: 'POST',
      url: `/api/patients/${ann}/documents`,
      payload: '--b\r\nContent-Disposition: form-data; name="kind"\r\n\r\norders\r\n--b--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors).toEqual([
      expect.objectContaining({ field: '/file', code: 'required' }),
    ]);
  });

  it('refuses an upload that is not multipart with 415', async () => {
    const response = await intake.post<Problem>(`/api/patients/${ann}/documents`, {
      kind: 'orders',
    });
    expect(response.status).toBe(415);
  });

  it('answers 404 for another branch’s patient, without storing the file', async () => {
    const response = await upload<Problem>(
      intake,
      dee,
      uploadForm(samplePdf(), { kind: 'orders' }),
    );
    expect(response.status).toBe(404);
    expect(await storedCount(dee)).toBe(0);
  });
});

describe('who sees which documents', () => {
  let deeDocument: DocumentMetadata;

  beforeAll(async () => {
    const southStaff = await t.newUser({ roles: ['intake'], branchIds: [south] });
    const client = await t.signedIn(southStaff.username);
    deeDocument = (await upload(client, dee, uploadForm(samplePdf('consent'), { kind: 'consent' })))
      .body;
  });

  it('shows a patient her own documents and their content', async () => {
    const client = await t.signedIn(patientUser.username);
    const list = await client.get<ListDocumentsResponse>(`/api/patients/${ann}/documents`);
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((d) => d.patientId === ann)).toBe(true);
    expect(list.body.maxBytes).toBe(DOCUMENT_MAX_BYTES);
    const first = list.body.items[0];
    expect((await client.get(first?.contentUrl ?? '')).status).toBe(200);
  });

  it('answers 404 when a patient asks for another patient’s documents, list, metadata or content', async () => {
    const client = await t.signedIn(patientUser.username);
    expect((await client.get(`/api/patients/${dee}/documents`)).status).toBe(404);
    expect((await client.get(`/api/documents/${deeDocument.id}`)).status).toBe(404);
    const content = await client.get<Problem>(`/api/documents/${deeDocument.id}/content`);
    expect(content.status).toBe(404);
    expect(content.headers['content-type']).toContain('application/problem+json');
  });

  it('does not let a patient upload (read-only grant)', async () => {
    const client = await t.signedIn(patientUser.username);
    expect(
      (await upload<Problem>(client, ann, uploadForm(samplePdf(), { kind: 'other' }))).status,
    ).toBe(403);
  });

  it('records every view in the audit trail, including refused ones', async () => {
    const client = await t.signedIn(patientUser.username);
    await client.get(`/api/documents/${deeDocument.id}/content`);
    const admin = await t.signedIn((await t.newUser({ roles: ['admin'] })).username);
    const trail = await admin.get<{
      items: { resourceId: string; outcome: string; details: { part?: string } }[];
    }>(`/api/audit/events?username=${patientUser.username}`);
    expect(trail.body.items).toContainEqual(
      expect.objectContaining({
        resourceId: deeDocument.id,
        outcome: 'denied',
        details: { part: 'content' },
      }),
    );
    expect(
      trail.body.items.some((e) => e.outcome === 'success' && e.details.part === 'content'),
    ).toBe(true);
  });

  it('keeps the bytes apart from the listing', async () => {
    const [row] = await t.ctx.db
      .select()
      .from(documentContents)
      .where(eq(documentContents.documentId, deeDocument.id));
    expect(row?.bytes.equals(samplePdf('consent'))).toBe(true);
  });
});
