import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { inquiries } from '../intake/intake.tables.ts';
import type { SubmitInquiryRequest, SubmitInquiryResponse } from './inquiries.contracts.ts';
import { INQUIRY_RATE_LIMIT } from './inquiries.routes.ts';

let t: TestApp;
let branch: string;
let address = 0;

beforeAll(async () => {
  t = await createTestApp();
  branch = await t.newBranch();
});
afterAll(async () => t.close());

const FORM: SubmitInquiryRequest = {
  requesterName: '陈丽',
  requesterRelationship: 'family',
  patientName: '陈美',
  phone: '773.555.0142',
  email: 'li.chen@example.com',
  preferredLanguage: 'zh-Hans',
  postalCode: '60625',
  therapyDescription: 'IV antibiotics after hospital discharge',
  prescriberName: 'Dr. Reyes',
  consentToContact: true,
};

type Problem = { code: string; errors?: { field: string; code: string }[] };

/** Each test sends from its own address so the per-address rate limit does not mix them up. */
function send<T = SubmitInquiryResponse>(body: unknown, from = `203.0.113.${++address}`) {
  return t.client().request<T>({
    method: 'POST',
    url: '/api/public/inquiries',
    payload: body as Record<string, unknown>,
    remoteAddress: from,
  });
}

async function inquiriesNamed(patientName: string) {
  return t.ctx.db.select().from(inquiries).where(eq(inquiries.patientName, patientName));
}

describe('the public request for care', () => {
  it('stores a valid request as new in the branch’s queue and answers 202 with a reference', async () => {
    const response = await send({ ...FORM, patientName: 'Ana Ortega' });
    expect(response.status).toBe(202);
    expect(response.body.reference).toMatch(/^RC-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(response.body.nextSteps.length).toBeGreaterThan(0);
    const [stored] = await inquiriesNamed('Ana Ortega');
    expect(stored).toMatchObject({
      status: 'new',
      branchId: branch,
      phone: '(773) 555-0142',
      preferredLanguage: 'zh-Hans',
      requesterName: '陈丽',
    });
    expect(response.body.reference.replace(/\W/g, '').slice(2).toLowerCase()).toBe(
      stored?.id.replace(/-/g, '').slice(0, 8),
    );
  });

  it('answers a filled honeypot exactly like a success but stores nothing and records the attempt without names', async () => {
    const response = await send({
      ...FORM,
      patientName: 'Robot Patient',
      website: 'http://spam.example',
    });
    expect(response.status).toBe(202);
    expect(Object.keys(response.body).sort()).toEqual(['nextSteps', 'receivedAt', 'reference']);
    expect(response.body.reference).toMatch(/^RC-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(await inquiriesNamed('Robot Patient')).toEqual([]);
    const attempts = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.resourceType, 'inquiry'));
    const honeypot = attempts.filter((a) => a.outcome === 'denied');
    expect(honeypot).toHaveLength(1);
    // Only what the row says about the attempt, not its random hashes and request id.
    const recorded = JSON.stringify(
      honeypot.map(({ details, clientIp, resourceId, patientId }) => ({
        details,
        clientIp,
        resourceId,
        patientId,
      })),
    );
    expect(recorded).not.toContain('Robot');
    expect(recorded).not.toContain('555');
  });

  it('names every invalid field at once', async () => {
    const response = await send<Problem>({
      requesterName: '',
      requesterRelationship: 'neighbour',
      patientName: 'x'.repeat(121),
      phone: '555-0142',
      email: 'not-an-email',
      preferredLanguage: 'fr',
      postalCode: '6062',
      therapyDescription: '   ',
      consentToContact: false,
      extra: 1,
    });
    expect(response.status).toBe(400);
    const fields = new Set(response.body.errors?.map((e) => e.field));
    expect([...fields].sort()).toEqual(
      [
        '/consentToContact',
        '/email',
        '/extra',
        '/patientName',
        '/phone',
        '/postalCode',
        '/preferredLanguage',
        '/requesterName',
        '/requesterRelationship',
        '/therapyDescription',
      ].sort(),
    );
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ field: '/phone', code: 'pattern' }),
    );
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ field: '/email', code: 'format' }),
    );
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ field: '/patientName', code: 'maxLength' }),
    );
  });

  it('accepts phone numbers written the common ways', async () => {
    for (const phone of ['(312) 555-0100', '+1 312 555 0100', '3125550100', '1-312-555-0100']) {
      const response = await send({ ...FORM, phone, patientName: `Phone ${phone}` });
      expect({ phone, status: response.status }).toEqual({ phone, status: 202 });
      expect((await inquiriesNamed(`Phone ${phone}`))[0]?.phone).toBe('(312) 555-0100');
    }
  });

  it(`refuses the ${INQUIRY_RATE_LIMIT.max + 1}th request from one address within the hour with 429 problem+json`, async () => {
    const from = '198.51.100.7';
    for (let i = 0; i < INQUIRY_RATE_LIMIT.max; i += 1)
      expect((await send({ ...FORM, patientName: `Limit ${i}` }, from)).status).toBe(202);
    const refused = await send<Problem>({ ...FORM, patientName: 'Limit over' }, from);
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('rate_limited');
    expect(refused.headers['retry-after']).toBeDefined();
    expect(await inquiriesNamed('Limit over')).toEqual([]);
    // Another address is not affected.
    expect((await send({ ...FORM, patientName: 'Other address' }, '198.51.100.8')).status).toBe(
      202,
    );
  });
});
