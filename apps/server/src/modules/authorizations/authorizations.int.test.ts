import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { newIntakeWorld, type IntakeWorld } from '../intake/intake.test-kit.ts';
import type {
  AuthorizationDetail,
  AuthorizationView,
  OverviewResponse,
  ProposeResponse,
  SuggestionsResponse,
} from './authorizations.contracts.ts';
import { authorizationEvents } from './authorizations.tables.ts';
import { createDraft, draftFields, listFor, newAdmission } from './authorizations.test-kit.ts';

let t: TestApp;
let world: IntakeWorld;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-22T15:00:00Z');
  world = await newIntakeWorld(t);
});
afterAll(async () => t.close());

interface Problem {
  code: string;
  errors?: { field: string; code: string }[];
}

describe('proposing authorization requests from the therapy plan', () => {
  it('drafts every billed line of a plan that lists the therapy: drug, per diem and nursing', async () => {
    const admission = await newAdmission(t, world, {
      plan: { planType: 'commercial', priorAuthTherapies: ['anti-infective'] },
    });
    const reimbursement = await world.as('reimbursement');
    const proposed = await reimbursement.post<ProposeResponse>(
      `/api/admissions/${admission.id}/authorizations/propose`,
    );
    expect(proposed.status).toBe(200);
    // vancomycin 1250 mg q12h for 42 days, by gravity: J3370 per 500 mg → 3 units a dose, 84 doses.
    expect(
      proposed.body.created.map((a) => [
        a.serviceLine,
        a.procedureCode,
        a.unitsRequested,
        a.unitType,
      ]),
    ).toEqual([
      ['drug', 'J3370', 252, 'units'],
      ['per-diem', 'S9501', 42, 'days'],
      ['nursing', '99601', 6, 'visits'],
      ['nursing', '99602', 1, 'units'],
    ]);
    expect(proposed.body.created.every((a) => a.status === 'draft' && a.level === 'standard')).toBe(
      true,
    );
    expect(proposed.body.created[0]).toMatchObject({
      startDate: '2026-11-24',
      endDate: '2027-01-04',
      frequency: 'q12h',
    });
    expect(proposed.body.created[0]?.commands).toEqual([
      'edit',
      'submit',
      'mark-not-required',
      'cancel',
    ]);
    // Proposing again adds nothing: each line already has its request.
    const again = await reimbursement.post<ProposeResponse>(
      `/api/admissions/${admission.id}/authorizations/propose`,
    );
    expect(again.body.created).toEqual([]);
    expect(again.body.skipped.map((s) => s.reason)).toEqual([
      'exists',
      'exists',
      'exists',
      'exists',
    ]);
  });

  it('drafts nothing for a plan without prior authorization for the therapy, and says why', async () => {
    const admission = await newAdmission(t, world, {
      plan: { planType: 'commercial', priorAuthTherapies: ['ivig'] },
    });
    const reimbursement = await world.as('reimbursement');
    const proposed = await reimbursement.post<ProposeResponse>(
      `/api/admissions/${admission.id}/authorizations/propose`,
    );
    expect(proposed.body.created).toEqual([]);
    expect(new Set(proposed.body.skipped.map((s) => s.reason))).toEqual(new Set(['not-needed']));
  });

  it('follows the 271’s authorization flags when the latest eligibility check gives them', async () => {
    const admission = await newAdmission(t, world, {
      plan: { planType: 'commercial', priorAuthTherapies: [] },
      eligibilityAuth: { '42': true, '1': false },
    });
    const reimbursement = await world.as('reimbursement');
    const suggestions = await reimbursement.get<SuggestionsResponse>(
      `/api/admissions/${admission.id}/authorizations/suggestions`,
    );
    expect(
      suggestions.body.suggestions.map((s) => [
        s.procedureCode,
        s.needsAuthorization,
        s.reason.kind,
      ]),
    ).toEqual([
      ['J3370', false, 'eligibility-not-required'],
      ['S9501', true, 'eligibility-requires'],
      ['99601', true, 'eligibility-requires'],
      ['99602', true, 'eligibility-requires'],
    ]);
  });

  it('proposes every billed line when the coverage is not in the payer directory, saying so', async () => {
    const admission = await newAdmission(t, world, { urgency: 'urgent' });
    const reimbursement = await world.as('reimbursement');
    const proposed = await reimbursement.post<ProposeResponse>(
      `/api/admissions/${admission.id}/authorizations/propose`,
    );
    expect(proposed.body.created).toHaveLength(4);
    expect(proposed.body.created.every((a) => a.level === 'urgent')).toBe(true);
    expect(proposed.body.assumptions.map((a) => a.code)).toEqual(
      expect.arrayContaining(['planTypeGuessed', 'noPriorAuthInformation']),
    );
  });
});

describe('drafts by hand', () => {
  it('creates, edits and cancels a draft, each with its event and audit entry', async () => {
    const admission = await newAdmission(t, world);
    const reimbursement = await world.as('reimbursement');
    const draft = await createDraft(reimbursement, admission.id);
    expect(draft).toMatchObject({
      status: 'draft',
      unitsRequested: 10,
      unitsUsed: 0,
      deadline: null,
    });
    t.clock.advanceMinutes(1);
    const edited = await reimbursement.put<AuthorizationView>(
      `/api/authorizations/${draft.id}`,
      draftFields({ unitsRequested: 12, procedureCode: '99601' }),
    );
    expect(edited.body.unitsRequested).toBe(12);
    t.clock.advanceMinutes(1);
    const cancelled = await reimbursement.post<AuthorizationView>(
      `/api/authorizations/${draft.id}/cancel`,
      { reason: 'Physician changed the plan' },
    );
    expect(cancelled.body).toMatchObject({ status: 'cancelled', commands: [] });
    const refused = await reimbursement.put<Problem>(
      `/api/authorizations/${draft.id}`,
      draftFields(),
    );
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    const detail = await reimbursement.get<AuthorizationDetail>(`/api/authorizations/${draft.id}`);
    expect(detail.body.events.map((e) => e.kind)).toEqual(['created', 'edited', 'cancelled']);
    expect(detail.body.events[1]?.detail).toEqual({ fields: ['unitsRequested'] });
    const audits = await t.ctx.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.resourceId, draft.id));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update', 'cancel', 'read']);
  });

  it('names the field when the dates are the wrong way round or the code is malformed', async () => {
    const admission = await newAdmission(t, world);
    const reimbursement = await world.as('reimbursement');
    const backwards = await reimbursement.post<Problem>(
      `/api/admissions/${admission.id}/authorizations`,
      draftFields({ startDate: '2026-12-01', endDate: '2026-11-01' }),
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([
      expect.objectContaining({ field: '/endDate', code: 'before_start' }),
    ]);
    const badCode = await reimbursement.post<Problem>(
      `/api/admissions/${admission.id}/authorizations`,
      draftFields({ procedureCode: 'J-33' }),
    );
    expect(badCode.status).toBe(400);
    expect(badCode.body.errors?.[0]?.field).toBe('/procedureCode');
    expect((await listFor(reimbursement, admission.id)).authorizations).toEqual([]);
  });

  it('records "not required" for a line, with who confirmed it and how', async () => {
    const admission = await newAdmission(t, world);
    const reimbursement = await world.as('reimbursement');
    const response = await reimbursement.post<AuthorizationView>(
      `/api/admissions/${admission.id}/authorizations/not-required`,
      {
        serviceLine: 'drug',
        procedureCode: 'J3370',
        method: 'phone',
        confirmedBy: 'Dana at Prairie UM, ref 5521',
      },
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'not-required',
      channel: 'phone',
      startDate: '2026-11-24',
      decisionReason: 'Not required: confirmed by Dana at Prairie UM, ref 5521 (phone)',
    });
    const [event] = await t.ctx.db
      .select()
      .from(authorizationEvents)
      .where(eq(authorizationEvents.authorizationId, response.body.id));
    expect(event?.detail).toMatchObject({
      method: 'phone',
      confirmedBy: 'Dana at Prairie UM, ref 5521',
    });
  });
});

describe('who may do what', () => {
  it('refuses a scheduler creating or reading authorizations, and lets billing read only', async () => {
    const admission = await newAdmission(t, world);
    const scheduler = await world.as('scheduler');
    expect(
      (await scheduler.post(`/api/admissions/${admission.id}/authorizations`, draftFields()))
        .status,
    ).toBe(403);
    expect((await scheduler.get(`/api/admissions/${admission.id}/authorizations`)).status).toBe(
      403,
    );
    const billingUser = await t.newUser({ roles: ['billing'], branchIds: [world.branchId] });
    const billing = await t.signedIn(billingUser.username);
    expect((await billing.get(`/api/admissions/${admission.id}/authorizations`)).status).toBe(200);
    expect(
      (await billing.post(`/api/admissions/${admission.id}/authorizations/propose`)).status,
    ).toBe(403);
  });

  it('answers 404 for an admission of another branch', async () => {
    const admission = await newAdmission(t, world);
    const elsewhere = await t.newUser({
      roles: ['reimbursement'],
      branchIds: [await t.newBranch()],
    });
    const client = await t.signedIn(elsewhere.username);
    expect((await client.get(`/api/admissions/${admission.id}/authorizations`)).status).toBe(404);
    expect(
      (await client.post(`/api/admissions/${admission.id}/authorizations`, draftFields())).status,
    ).toBe(404);
    const draft = await createDraft(await world.as('reimbursement'), admission.id);
    expect(
      (await client.post(`/api/authorizations/${draft.id}/cancel`, { reason: 'not mine' })).status,
    ).toBe(404);
    const overview = await client.get<OverviewResponse>('/api/authorizations?filter=draft');
    expect(overview.body.items.some((i) => i.authorization.id === draft.id)).toBe(false);
  });
});

describe('the work list', () => {
  it('lists drafts with the patient and filters by service line', async () => {
    const admission = await newAdmission(t, world);
    const reimbursement = await world.as('reimbursement');
    const drug = await createDraft(reimbursement, admission.id, {
      serviceLine: 'drug',
      procedureCode: 'J3370',
      unitType: 'units',
    });
    const all = await reimbursement.get<OverviewResponse>('/api/authorizations?filter=draft');
    expect(all.body.items.find((i) => i.authorization.id === drug.id)).toMatchObject({
      flags: ['draft', 'needs-action'],
      therapy: 'anti-infective',
    });
    const nursingOnly = await reimbursement.get<OverviewResponse>(
      '/api/authorizations?filter=draft&serviceLine=nursing',
    );
    expect(nursingOnly.body.items.every((i) => i.authorization.serviceLine === 'nursing')).toBe(
      true,
    );
    expect(all.body.counts.draft).toBeGreaterThanOrEqual(1);
  });
});
