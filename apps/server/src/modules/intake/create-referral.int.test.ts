import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { patientCoverages } from '../coverage/coverage.tables.ts';
import {
  patientAllergies,
  patientDiagnoses,
  patientMedications,
  recordChanges,
} from '../patients/chart.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import { admissions, referrals } from './intake.tables.ts';
import {
  newIntakeWorld,
  postReferral,
  uniqueReferral,
  type IntakeWorld,
} from './intake.test-kit.ts';

let t: TestApp;
let world: IntakeWorld;

beforeAll(async () => {
  // Hours pass in these tests; sessions must outlive them (the idle timeout has its own tests).
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 30, sessionAbsoluteHours: 24 * 30 });
  t.clock.set('2026-11-22T15:00:00Z');
  world = await newIntakeWorld(t);
});
afterAll(async () => t.close());

async function rowCount(table: typeof patients | typeof referrals | typeof admissions) {
  const [row] = await t.ctx.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

describe('filing a referral from the console', () => {
  it('creates the chart, its coverages, allergies, diagnoses and ordered medicine, and opens the admission', async () => {
    const intake = await world.as('intake');
    const draft = uniqueReferral('anti-infective');
    const response = await postReferral(intake, draft);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'received',
      checklist: { complete: true },
      responseClock: { state: 'on-track', minutesLeft: 120 },
    });
    const patientId = response.body.patientId ?? '';
    const [patient] = await t.ctx.db.select().from(patients).where(eq(patients.id, patientId));
    expect(patient).toMatchObject({
      familyName: draft.patient.familyName,
      phoneMobile: '(773) 555-0142',
    });
    expect(patient?.mrn).toMatch(/^IN\d{6,}$/);
    expect(
      await t.ctx.db
        .select({ m: patientCoverages.memberId })
        .from(patientCoverages)
        .where(eq(patientCoverages.patientId, patientId)),
    ).toEqual([{ m: draft.coverages[0]?.memberId }]);
    expect(
      await t.ctx.db
        .select({ s: patientAllergies.substance })
        .from(patientAllergies)
        .where(eq(patientAllergies.patientId, patientId)),
    ).toEqual([{ s: 'penicillin' }]);
    expect(
      await t.ctx.db
        .select({ c: patientDiagnoses.code })
        .from(patientDiagnoses)
        .where(eq(patientDiagnoses.patientId, patientId)),
    ).toEqual([{ c: 'M86.172' }]);
    expect(
      await t.ctx.db
        .select({ n: patientMedications.name, k: patientMedications.kind })
        .from(patientMedications)
        .where(eq(patientMedications.patientId, patientId)),
    ).toEqual([{ n: 'vancomycin', k: 'infusion' }]);
    const [admission] = await t.ctx.db
      .select()
      .from(admissions)
      .where(eq(admissions.id, response.body.admissionId ?? ''));
    expect(admission).toMatchObject({
      stage: 'referral-received',
      status: 'open',
      therapy: 'anti-infective',
      payerName: 'Blue Cross Blue Shield of Illinois',
    });
    const history = await t.ctx.db
      .select({ entity: recordChanges.entity, actor: recordChanges.actorName })
      .from(recordChanges)
      .where(eq(recordChanges.patientId, patientId));
    expect(history.map((h) => h.entity).sort()).toEqual([
      'allergy',
      'coverage',
      'diagnosis',
      'medication',
      'patient',
    ]);
    const audit = await t.ctx.db
      .select({ action: auditEvents.action, type: auditEvents.resourceType })
      .from(auditEvents)
      .where(eq(auditEvents.patientId, patientId));
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'create', type: 'referral' },
        { action: 'create', type: 'admission' },
      ]),
    );
  });

  it('names every wrong field and saves nothing', async () => {
    const intake = await world.as('intake');
    const before = await Promise.all([
      rowCount(patients),
      rowCount(referrals),
      rowCount(admissions),
    ]);
    const draft = uniqueReferral();
    const response = await postReferral(intake, {
      ...draft,
      patient: {
        ...draft.patient,
        birthDate: '2031-01-01',
        phones: [{ use: 'mobile', number: '555-0142' }],
      },
      prescriber: { ...draft.prescriber, npi: '1234567890' },
    });
    expect(response.status).toBe(400);
    const fields = (
      response.body as unknown as { errors: { field: string; code: string }[] }
    ).errors
      .map((e) => `${e.field}:${e.code}`)
      .sort();
    expect(fields).toEqual([
      '/draft/patient/birthDate:future_date',
      '/draft/patient/phones/0/number:phone',
      '/draft/prescriber/npi:npi_check_digit',
    ]);
    expect(
      await Promise.all([rowCount(patients), rowCount(referrals), rowCount(admissions)]),
    ).toEqual(before);
  });

  it('rejects a diagnosis that is not ICD-10-CM', async () => {
    const intake = await world.as('intake');
    const response = await postReferral(intake, {
      ...uniqueReferral(),
      diagnoses: [{ code: '486', isPrimary: true }],
    });
    expect(response.status).toBe(400);
    expect(
      (response.body as unknown as { errors: { field: string; code: string }[] }).errors,
    ).toEqual([expect.objectContaining({ field: '/draft/diagnoses/0/code', code: 'pattern' })]);
  });

  it('rejects a wrong type or an unknown field before anything else', async () => {
    const intake = await world.as('intake');
    const draft = uniqueReferral();
    const response = await postReferral(intake, {
      ...draft,
      patient: { ...draft.patient, weightKg: 'heavy' },
      favouriteColour: 'blue',
    } as never);
    expect(response.status).toBe(400);
    const fields = (response.body as unknown as { errors: { field: string }[] }).errors.map(
      (e) => e.field,
    );
    expect(fields).toEqual(
      expect.arrayContaining(['/draft/patient/weightKg', '/draft/favouriteColour']),
    );
  });

  it('tells the coordinator at submission what an IVIG referral is missing', async () => {
    const intake = await world.as('intake');
    const draft = uniqueReferral('ivig');
    const response = await postReferral(intake, {
      ...draft,
      patient: { ...draft.patient, weightKg: undefined },
      diagnoses: [{ code: 'G61.81', isPrimary: true }],
    });
    expect(response.status).toBe(201);
    expect(response.body.checklist.missing.map((m) => m.id)).toEqual([
      'immune-deficiency-diagnosis',
      'weight',
    ]);
  });
});

describe('duplicate charts', () => {
  it('offers the existing chart instead of creating a second one, then adds the referral to it when chosen', async () => {
    const intake = await world.as('intake');
    const first = uniqueReferral();
    const created = await postReferral(intake, first);
    const again = {
      ...uniqueReferral(),
      patient: {
        ...first.patient,
        givenName: first.patient.givenName.slice(0, -1),
        familyName: first.patient.familyName,
      },
    };
    const conflict = await postReferral(intake, again);
    expect(conflict.status).toBe(409);
    const candidates = (
      conflict.body as unknown as { candidates: { patientId: string; reasons: string[] }[] }
    ).candidates;
    expect(candidates).toEqual([
      expect.objectContaining({
        patientId: created.body.patientId,
        reasons: ['name-and-birth-date'],
      }),
    ]);
    const patientsBefore = await rowCount(patients);
    const merged = await postReferral(intake, again, {
      patientDecision: { action: 'use-existing', patientId: created.body.patientId },
    });
    expect(merged.status).toBe(201);
    expect(merged.body.patientId).toBe(created.body.patientId);
    expect(await rowCount(patients)).toBe(patientsBefore);
  });

  it('matches on the member id even when the name differs', async () => {
    const intake = await world.as('intake');
    const first = uniqueReferral();
    await postReferral(intake, first);
    const other = uniqueReferral('anti-infective', { coverages: first.coverages });
    const conflict = await postReferral(intake, other);
    expect(conflict.status).toBe(409);
    expect(
      (conflict.body as unknown as { candidates: { reasons: string[] }[] }).candidates[0]?.reasons,
    ).toEqual(['member-id']);
    expect(
      (await postReferral(intake, other, { patientDecision: { action: 'create-new' } })).status,
    ).toBe(201);
  });
});
