import { describe, expect, it } from 'vitest';
import { BILLING_MODELS_BY_PLAN_TYPE, checkPayerPlan } from './payer-plan-rules.ts';
import type { SavePayerPlanRequest } from './payers.contracts.ts';

const valid: SavePayerPlanRequest = {
  payerId: ' k4t21 ',
  payerName: '  Lakeshore   Mutual Health ',
  planName: 'Lakeshore PPO',
  planType: 'commercial',
  state: 'il',
  contractStatus: 'in-network',
  billingModel: 'per-diem',
  priorAuthTherapies: ['scig', 'ivig'],
  timelyFilingDays: 90,
  phone: '+1 312 555 0142',
  fax: '',
  portalUrl: 'https://lakeshore.example.com/providers',
};

const codes = (change: Partial<SavePayerPlanRequest>) =>
  checkPayerPlan({ ...valid, ...change }).problems.map((p) => `${p.field} ${p.code}`);

describe('checking a payer plan before it enters the directory', () => {
  it('normalises a valid plan: upper-case payer id and state, tidy names, formatted phone, sorted therapies', () => {
    const { plan, problems } = checkPayerPlan(valid);
    expect(problems).toEqual([]);
    expect(plan).toMatchObject({
      payerId: 'K4T21',
      payerName: 'Lakeshore Mutual Health',
      state: 'IL',
      phone: '(312) 555-0142',
      fax: null,
      priorAuthTherapies: ['ivig', 'scig'],
      portalUrl: 'https://lakeshore.example.com/providers',
    });
  });

  it.each([
    ['K4', 'too short'],
    ['K4T21K4T21K', 'too long'],
    ['K4-21', 'a dash'],
    ['K4*21', 'an X12 separator'],
  ])('refuses payer id %s (%s)', (payerId) => {
    expect(codes({ payerId })).toEqual(['/payerId payer_id_format']);
  });

  it('refuses names holding X12 separators or longer than NM103 allows', () => {
    expect(codes({ payerName: 'Acme^Health' })).toEqual(['/payerName x12_separator']);
    expect(codes({ payerName: 'A'.repeat(61) })).toEqual(['/payerName maxLength']);
    expect(codes({ planName: '   ' })).toEqual(['/planName required']);
  });

  it('accepts a national plan (no state) and refuses an unknown state', () => {
    expect(codes({ state: null })).toEqual([]);
    expect(codes({ state: 'ZZ' })).toEqual(['/state state_code']);
  });

  it('bills Medicare fee-for-service by the benefit split, and nobody else', () => {
    expect(codes({ planType: 'medicare-ffs', billingModel: 'medicare-benefit-split' })).toEqual([]);
    expect(codes({ planType: 'medicare-ffs', billingModel: 'per-diem' })).toEqual([
      '/billingModel billing_model_plan_type',
    ]);
    expect(
      codes({ planType: 'medicare-advantage', billingModel: 'medicare-benefit-split' }),
    ).toEqual(['/billingModel billing_model_plan_type']);
    expect(BILLING_MODELS_BY_PLAN_TYPE['medicare-ffs']).toEqual(['medicare-benefit-split']);
  });

  it('refuses a therapy listed twice, a phone that is not a US number, and a portal that is not https', () => {
    expect(codes({ priorAuthTherapies: ['ivig', 'ivig'] })).toEqual([
      '/priorAuthTherapies duplicate',
    ]);
    expect(codes({ phone: '555-0142' })).toEqual(['/phone phone_format']);
    expect(codes({ fax: '(112) 555-0142' })).toEqual(['/fax phone_format']);
    expect(codes({ portalUrl: 'http://lakeshore.example.com' })).toEqual(['/portalUrl url_format']);
    expect(codes({ portalUrl: 'https://localhost' })).toEqual(['/portalUrl url_format']);
    expect(codes({ portalUrl: 'https://user@lakeshore.example.com' })).toEqual([
      '/portalUrl url_format',
    ]);
  });
});
