import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  createPayerSimulatorConnector,
  simulateAuthorizationResponse,
  type ClearinghouseConnector,
} from '@infusio/domain/x12';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { useClearinghouseConnection } from '../coverage/clearinghouse.ts';
import { newIntakeWorld, type IntakeWorld } from '../intake/intake.test-kit.ts';
import type {
  AuthorizationDetail,
  AuthorizationView,
  SubmitResponse,
} from './authorizations.contracts.ts';
import { authorizations } from './authorizations.tables.ts';
import {
  createDraft,
  memberId,
  newAdmission,
  type AdmissionOptions,
} from './authorizations.test-kit.ts';

let t: TestApp;
let world: IntakeWorld;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 60, sessionAbsoluteHours: 24 * 60 });
  t.clock.set('2026-11-22T15:00:00Z');
  world = await newIntakeWorld(t);
});
afterEach(() => useClearinghouseConnection(t.ctx, undefined));
afterAll(async () => t.close());

interface Problem {
  code: string;
  detail: string;
  errors?: { field: string; code: string }[];
  problems?: {
    segmentId: string | null;
    segmentIndex: number;
    element: string | null;
    offset: number;
  }[];
}

function answeringWith(change: (response: string) => string): void {
  const simulator = createPayerSimulatorConnector();
  const connector: ClearinghouseConnector = {
    name: 'test',
    submitEligibility: (x12) => simulator.submitEligibility(x12),
    submitAuthorization: async (x12) => change(simulateAuthorizationResponse(x12)),
  };
  useClearinghouseConnection(t.ctx, { connector, receiverId: 'PAYERSIM', usage: 'T' });
}

async function submitted(options: AdmissionOptions, level: 'urgent' | 'standard' = 'standard') {
  const admission = await newAdmission(t, world, options);
  const reimbursement = await world.as('reimbursement');
  const draft = await createDraft(reimbursement, admission.id, { level, unitsRequested: 12 });
  const response = await reimbursement.post<SubmitResponse & Problem>(
    `/api/authorizations/${draft.id}/submit`,
  );
  return { draft, response, reimbursement };
}

async function rowOf(id: string) {
  const [row] = await t.ctx.db.select().from(authorizations).where(eq(authorizations.id, id));
  if (!row) throw new Error('row missing');
  return row;
}

describe('submitting through the payer simulator', () => {
  it('records a certification: number, approved units and dates, with the X12 both ways', async () => {
    const { draft, response, reimbursement } = await submitted({ memberId: memberId('W') });
    expect(response.status).toBe(200);
    expect(response.body.answer).toEqual({
      kind: 'decision',
      outcome: 'certified',
      actionCode: 'A1',
      reason: null,
    });
    expect(response.body.authorization).toMatchObject({
      status: 'approved',
      channel: 'x12-278',
      unitsApproved: 12,
      approvedStart: '2026-11-24',
      approvedEnd: '2027-01-04',
      lastOutcome: 'certified',
      deadline: null,
    });
    expect(response.body.authorization.commands).toEqual([
      'expire',
      'cancel',
      'record-usage',
      'renew',
    ]);
    expect(response.body.authorization.certificationNumber).toMatch(/^SIM[0-9A-Z]{7}/);
    const detail = await reimbursement.get<AuthorizationDetail>(`/api/authorizations/${draft.id}`);
    expect(detail.body.events.map((e) => e.kind)).toEqual(['created', 'submitted', 'decision']);
    expect(detail.body.requestX12).toContain('UM*HS*I*42*12:B**E~');
    expect(detail.body.requestX12).toContain('SV1*HC:99601**UN*12');
    expect(detail.body.responseX12).toContain('HCR*A1*');
  });

  it('records a partial certification with half the units', async () => {
    const { response } = await submitted({ memberId: memberId('PA2') });
    expect(response.body.authorization).toMatchObject({
      status: 'partially-approved',
      unitsApproved: 6,
      lastOutcome: 'partially-certified',
    });
  });

  it('records a modified certification: fewer units over the first 30 days', async () => {
    const { response } = await submitted({ memberId: memberId('PA6') });
    expect(response.body.answer.outcome).toBe('modified');
    expect(response.body.authorization).toMatchObject({
      status: 'partially-approved',
      unitsApproved: 9,
      approvedStart: '2026-11-24',
      approvedEnd: '2026-12-23',
    });
  });

  it('records a denial with the payer’s reason', async () => {
    const { response } = await submitted({ memberId: memberId('PA3') });
    expect(response.body.authorization).toMatchObject({
      status: 'denied',
      certificationNumber: null,
    });
    expect(response.body.authorization.commands).toEqual(['appeal', 'cancel']);
    expect(response.body.authorization.decisionReason).toContain('PEER-TO-PEER');
  });

  it('keeps a pended request waiting, its deadline still running', async () => {
    const { response } = await submitted({ memberId: memberId('PA4') });
    expect(response.body.authorization).toMatchObject({
      status: 'pended',
      decidedAt: null,
      deadline: { isLate: false, hoursLeft: 168 },
    });
    const contact = await submitted({ memberId: memberId('PCT') });
    expect(contact.response.body.answer.outcome).toBe('contact-payer');
    expect(contact.response.body.authorization.status).toBe('pended');
  });
});

describe('decision deadlines', () => {
  it('gives an urgent Medicare Advantage request 72 hours, binding under CMS-0057-F', async () => {
    const { draft, response } = await submitted(
      {
        memberId: memberId('PA4'),
        plan: { planType: 'medicare-advantage', priorAuthTherapies: [] },
      },
      'urgent',
    );
    const row = await rowOf(draft.id);
    expect(row.decisionDueAt?.getTime()).toBe((row.submittedAt?.getTime() ?? 0) + 72 * 3_600_000);
    expect(response.body.authorization.deadline).toMatchObject({ binding: true, hoursLeft: 72 });
  });

  it('gives a standard commercial request 7 calendar days, shown as informational', async () => {
    const { draft, response } = await submitted({
      memberId: memberId('PA4'),
      plan: { planType: 'commercial', priorAuthTherapies: ['anti-infective'] },
    });
    const row = await rowOf(draft.id);
    expect(row.decisionDueAt?.toISOString()).toBe(
      new Date((row.submittedAt?.getTime() ?? 0) + 7 * 86_400_000).toISOString(),
    );
    expect(response.body.authorization.deadline?.binding).toBe(false);
  });
});

describe('answers that cannot be used', () => {
  it('stores nothing from a malformed 278 and names the segment; the request stays submitted', async () => {
    answeringWith((response) => response.replace(/HCR\*A1/g, 'HCR*Z9'));
    const { draft, response, reimbursement } = await submitted({ memberId: memberId('W') });
    expect(response.status).toBe(422);
    expect(response.body.detail).toContain('segment');
    expect(response.body.problems?.[0]).toMatchObject({ segmentId: 'HCR', element: 'HCR01' });
    const row = await rowOf(draft.id);
    expect(row).toMatchObject({
      status: 'submitted',
      responseX12: null,
      certificationNumber: null,
      unitsApproved: null,
    });
    const detail = await reimbursement.get<AuthorizationDetail>(`/api/authorizations/${draft.id}`);
    expect(detail.body.events.map((e) => e.kind)).toEqual([
      'created',
      'submitted',
      'response-refused',
    ]);
    expect(JSON.stringify(detail.body.events[2]?.detail)).not.toContain('Z9');
  });

  it('keeps the request submitted when the clearinghouse does not answer', async () => {
    answeringWith(() => {
      throw new Error('connection reset');
    });
    const { draft, response } = await submitted({ memberId: memberId('W') });
    expect(response.status).toBe(503);
    expect((await rowOf(draft.id)).status).toBe('submitted');
  });

  it('returns a request the payer rejected (AAA) to draft with the reason', async () => {
    answeringWith((response) => response.replace(/HCR\*A1\*[^~]*~/g, 'AAA*N**75*C~'));
    const { response } = await submitted({ memberId: memberId('W') });
    expect(response.status).toBe(200);
    expect(response.body.answer.kind).toBe('rejected');
    expect(response.body.authorization.status).toBe('draft');
    expect(response.body.authorization.decisionReason).toContain('75');
  });

  it('refuses to send without an electronic payer id, naming the field', async () => {
    const admission = await newAdmission(t, world, { payerId: null });
    const reimbursement = await world.as('reimbursement');
    const draft = await createDraft(reimbursement, admission.id);
    const response = await reimbursement.post<Problem>(`/api/authorizations/${draft.id}/submit`);
    expect(response.status).toBe(422);
    expect(response.body.errors?.[0]).toMatchObject({ field: '/payerId', code: 'no_payer_id' });
    expect((await rowOf(draft.id)).status).toBe('draft');
  });
});

describe('decisions by hand and appeals', () => {
  it('needs the certification number, units and dates of a decision received by phone', async () => {
    const admission = await newAdmission(t, world, { payerId: null });
    const reimbursement = await world.as('reimbursement');
    const draft = await createDraft(reimbursement, admission.id);
    const sent = await reimbursement.post<AuthorizationView>(
      `/api/authorizations/${draft.id}/mark-submitted`,
      { channel: 'fax' },
    );
    expect(sent.body).toMatchObject({ status: 'submitted', channel: 'fax' });
    const incomplete = await reimbursement.post<Problem>(
      `/api/authorizations/${draft.id}/decision`,
      {
        outcome: 'approved',
        channel: 'phone',
      },
    );
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors?.map((e) => e.field)).toEqual([
      '/certificationNumber',
      '/unitsApproved',
      '/approvedStart',
      '/approvedEnd',
    ]);
    const decided = await reimbursement.post<AuthorizationView>(
      `/api/authorizations/${draft.id}/decision`,
      {
        outcome: 'approved',
        channel: 'phone',
        certificationNumber: 'AUTH123',
        unitsApproved: 10,
        approvedStart: '2026-11-24',
        approvedEnd: '2027-01-04',
        reference: 'call 4471',
      },
    );
    expect(decided.body).toMatchObject({
      status: 'approved',
      certificationNumber: 'AUTH123',
      lastOutcome: 'certified',
    });
  });

  it('appeals a denial with a new deadline, then records the approved appeal', async () => {
    const { draft, reimbursement } = await submitted({
      memberId: memberId('PA3'),
      plan: { planType: 'medicare-advantage', priorAuthTherapies: [] },
    });
    t.clock.advanceMinutes(60);
    const appealed = await reimbursement.post<AuthorizationView>(
      `/api/authorizations/${draft.id}/appeal`,
      { level: 'standard', channel: 'fax', note: 'Clinical notes and culture results attached' },
    );
    expect(appealed.body).toMatchObject({ status: 'appealed', deadline: { binding: true } });
    expect(Date.parse(appealed.body.decisionDueAt ?? '')).toBe(
      t.clock.now().getTime() + 30 * 86_400_000,
    );
    const decided = await reimbursement.post<AuthorizationView>(
      `/api/authorizations/${draft.id}/decision`,
      {
        outcome: 'partially-approved',
        channel: 'portal',
        certificationNumber: 'APPEAL77',
        unitsApproved: 8,
        approvedStart: '2026-11-24',
        approvedEnd: '2027-01-04',
      },
    );
    expect(decided.body).toMatchObject({ status: 'partially-approved', unitsApproved: 8 });
  });
});
