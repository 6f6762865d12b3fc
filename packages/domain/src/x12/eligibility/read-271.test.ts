import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read271 } from '../read-x12.ts';
import { summarizeCostSharing } from './summarize-cost-sharing.ts';

const fixture = (path: string): string =>
  readFileSync(new URL(`../../../../../fixtures/external/x12/${path}`, import.meta.url), 'utf8');

const COPAY_SERVICE_TYPES = ['1', '33', '35', '47', '86', '88', '98', 'AL', 'MH', 'UC'];

// Figures read by hand from the file:
//   EB*1**30**GOLD 123 PLAN                                   active, plan "GOLD 123 PLAN"
//   EB*L + LS/NM1*P3*1*JONES*MARCUS****SV*0202034/LE          primary care provider
//   EB*1**1^33^35^47^86^88^98^AL^MH^UC                       active for those service types
//   EB*B**…*HM*GOLD 123 PLAN*27*10.00*****Y                   $10.00 copay per visit, in network
//   EB*B**…*HM*GOLD 123 PLAN*27*30.00*****N                   $30.00 copay per visit, out of network
//   DTP*346*D8*20060101                                       plan begins 1 Jan 2006
describe('the LinuxForHealth subscriber 271', () => {
  const text = fixture('271/linuxforhealth__subscriber-health-benefit-check.271');
  const { responses, warnings } = read271(text);
  const response = responses[0];

  it('holds one active subscriber answered without warnings', () => {
    expect(warnings).toEqual([]);
    expect(responses).toHaveLength(1);
    expect(response?.status).toBe('active');
    expect(response?.isActive).toBe(true);
    expect(response?.patientRole).toBe('subscriber');
  });

  it('names the payer, the provider, the subscriber and the echoed trace', () => {
    expect(response?.payer).toMatchObject({
      entityCode: 'PR',
      name: 'ABC COMPANY',
      idQualifier: 'PI',
      id: '841610001',
    });
    expect(response?.provider).toMatchObject({
      entityCode: '1P',
      name: 'BONE AND JOIN CLINIC',
      idQualifier: 'SV',
      id: '2000035',
    });
    expect(response?.subscriber).toMatchObject({
      name: 'SMITH, JOHN',
      idQualifier: 'MI',
      id: '123456789',
      birthDate: '1963-05-19',
      sex: 'M',
      address: {
        lines: ['15197 BROADWAY AVENUE', 'APT 215'],
        city: 'KANSAS CITY',
        state: 'MO',
        postalCode: '64108',
      },
    });
    expect(response?.traces).toEqual([
      { type: '2', number: '93175-012547', originatorId: '9877281234', supplementalId: null },
    ]);
    expect(response?.reference).toBe('10001234');
  });

  it('reads the plan name, insurance type and plan begin date', () => {
    expect(response?.plan).toEqual({
      name: 'GOLD 123 PLAN',
      insuranceType: 'HM',
      groupNumber: null,
    });
    expect(response?.planBegin).toBe('2006-01-01');
    expect(response?.planEnd).toBeNull();
  });

  it('reads the primary care provider from loop 2120', () => {
    const pcp = response?.benefits.find((b) => b.code === 'L');
    expect(pcp?.relatedEntities).toEqual([
      expect.objectContaining({
        entityCode: 'P3',
        meaningOfEntity: 'Primary care provider',
        name: 'JONES, MARCUS',
        idQualifier: 'SV',
        id: '0202034',
      }),
    ]);
  });

  it('reads the $10.00 in-network and $30.00 out-of-network copays per visit', () => {
    const copays = response?.benefits.filter((b) => b.category === 'copay');
    expect(copays?.map((b) => [b.amountCents, b.network, b.timePeriod, b.serviceTypes])).toEqual([
      [1000, 'in', '27', COPAY_SERVICE_TYPES],
      [3000, 'out', '27', COPAY_SERVICE_TYPES],
    ]);
  });

  it('summarizes pharmacy (88) as active with those copays and nothing else', () => {
    const pharmacy = response?.services.find((s) => s.serviceType === '88');
    expect(pharmacy).toMatchObject({ status: 'active', authorizationRequired: null });
    expect(
      pharmacy?.costSharing.map((r) => [r.network, r.copayCents, r.deductible, r.coinsuranceRate]),
    ).toEqual([
      ['in', 1000, null, null],
      ['out', 3000, null, null],
    ]);
    if (response === undefined) throw new Error('no response');
    expect(summarizeCostSharing(response, '88', 'in')).toMatchObject({
      status: 'active',
      copayCents: 1000,
      deductibleRemainingCents: null,
      coinsuranceRate: null,
      oopRemainingCents: null,
      authRequired: null,
      sourceSegments: [22],
    });
    expect(summarizeCostSharing(response, '88', 'out').copayCents).toBe(3000);
  });

  it('treats home health care (42) as covered by the plan-level active line, with no figures', () => {
    const homeHealth = response?.services.find((s) => s.serviceType === '42');
    expect(homeHealth).toMatchObject({ status: 'active', costSharing: [] });
  });
});

// AAA*Y**50*N at the information receiver level (2100B): no subscriber loop at all.
describe('the LinuxForHealth rejected 271', () => {
  const { responses, warnings } = read271(
    fixture('271/linuxforhealth__subscriber-health-benefit-check-error.271'),
  );

  it('reads the rejection and warns about the SE02 control number', () => {
    expect(warnings.map((w) => w.code)).toEqual(['SE_CONTROL']);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      status: 'rejected',
      isActive: null,
      subscriber: null,
      benefits: [],
    });
    expect(responses[0]?.payer?.id).toBe('842610001');
    expect(responses[0]?.provider?.name).toBe('BONE AND JOIN CLINIC');
  });

  it('turns AAA 50 / N into an action the coordinator can take', () => {
    expect(responses[0]?.rejections).toEqual([
      {
        level: 'provider',
        validRequest: true,
        code: '50',
        meaning: 'Provider ineligible for inquiries',
        category: 'provider',
        action: expect.stringContaining('Check our enrollment with the payer') as string,
        followUp: {
          code: 'N',
          meaning: 'Resubmission not allowed',
          mayResubmit: false,
          waitDays: null,
        },
        retryable: false,
        segmentIndex: 9,
      },
    ]);
  });
});
