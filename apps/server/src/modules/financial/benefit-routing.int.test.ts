import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { newIntakeWorld, type IntakeWorld } from '../intake/intake.test-kit.ts';
import type { BenefitRoutingResponse } from './benefit-routing.contracts.ts';
import { admitPatient, IVIG_ONE_DOSE } from './financial.test-kit.ts';

let t: TestApp;
let world: IntakeWorld;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-20T15:00:00Z');
  world = await newIntakeWorld(t);
});
afterAll(async () => t.close());

const component = (routing: BenefitRoutingResponse, name: string) =>
  routing.components.find((c) => c.component === name);

describe('Medicare benefit routing for an admission', () => {
  it('routes home IVIG for primary immune deficiency to Part B with Q2052, explained by key', async () => {
    const admitted = await admitPatient(await world.as('intake'), t, {
      therapy: 'ivig',
      overrides: IVIG_ONE_DOSE,
    });
    const response = await (
      await world.as('pharmacist')
    ).get<BenefitRoutingResponse>(`/api/admissions/${admitted.admissionId}/benefit-routing`);
    expect(response.status).toBe(200);
    const routing = response.body;
    expect(routing).toMatchObject({
      date: '2026-12-01',
      ruleId: 'medicare-ivig-pid',
      mark: 'verified',
      planType: { planType: 'medicare-ffs', source: 'payer-name-guess', matchedPhrase: 'medicare' },
      drug: { catalogId: 'ivig-gamunex-c', therapy: 'ivig' },
      diagnosisCodes: ['D83.9'],
    });
    expect(component(routing, 'drug')).toMatchObject({
      benefit: 'part-b-ivig',
      destination: 'dme-mac',
      codes: [{ code: 'J1561', role: 'drug-per-dose', modifier: null }],
      explanation: { key: 'routing.drug.ivigPid', params: { diagnosis: 'D83.9' } },
    });
    expect(component(routing, 'drug')?.documentation).toContain('pid-diagnosis');
    expect(component(routing, 'professional-services')).toMatchObject({
      benefit: 'part-b-ivig',
      codes: [expect.objectContaining({ code: 'Q2052' })],
    });
    expect(component(routing, 'pump')).toMatchObject({
      benefit: 'bundled',
      bundledInto: 'professional-services',
    });
  });

  it('routes gravity vancomycin under Medicare to Part D with services not covered', async () => {
    const admitted = await admitPatient(await world.as('intake'), t, {});
    const routing = (
      await (
        await world.as('reimbursement')
      ).get<BenefitRoutingResponse>(
        `/api/admissions/${admitted.admissionId}/benefit-routing?date=2026-11-24`,
      )
    ).body;
    expect(component(routing, 'drug')).toMatchObject({
      benefit: 'part-d',
      destination: 'part-d-plan',
    });
    expect(component(routing, 'per-diem')?.benefit).toBe('not-covered');
    expect(component(routing, 'professional-services')?.explanation.key).toBe(
      'routing.services.notCoveredAroundPartD',
    );
    expect(component(routing, 'pump')?.benefit).toBe('not-needed');
  });

  it('routes a commercial plan by the per diem model and refuses a date no rule covers', async () => {
    const admitted = await admitPatient(await world.as('intake'), t, {
      payerName: 'Blue Cross Blue Shield of Illinois',
      memberPrefix: 'ACT',
    });
    const reimbursement = await world.as('reimbursement');
    const routing = (
      await reimbursement.get<BenefitRoutingResponse>(
        `/api/admissions/${admitted.admissionId}/benefit-routing`,
      )
    ).body;
    expect(routing.planType).toEqual({
      planType: 'commercial',
      source: 'payer-name-guess',
      matchedPhrase: null,
    });
    expect(component(routing, 'per-diem')).toMatchObject({
      benefit: 'per-diem-contract',
      codes: [expect.objectContaining({ code: 'S9501' })],
    });
    const early = await reimbursement.get(
      `/api/admissions/${admitted.admissionId}/benefit-routing?date=1990-01-01`,
    );
    expect(early.status).toBe(422);
  });

  it('is coverage knowledge: nurses are refused and other branches see nothing', async () => {
    const admitted = await admitPatient(await world.as('intake'), t, {});
    const url = `/api/admissions/${admitted.admissionId}/benefit-routing`;
    expect((await (await world.as('nurse')).get(url)).status).toBe(403);
    const other = await t.newUser({ roles: ['intake'], branchIds: [await t.newBranch()] });
    expect((await (await t.signedIn(other.username)).get(url)).status).toBe(404);
  });
});
