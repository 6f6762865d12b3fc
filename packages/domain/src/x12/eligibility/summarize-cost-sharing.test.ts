import { describe, expect, it } from 'vitest';
import { checkX12 } from '../analyze.ts';
import { read271 } from '../read-x12.ts';
import type { EligibilityResponse } from './eligibility-types.ts';
import { summarizeCostSharing } from './summarize-cost-sharing.ts';

const ISA =
  'ISA*00*          *00*          *ZZ*PAYER          *ZZ*INFUSIO        *260302*0930*^*00501*000000001*0*T*:';

/** A 271 for one subscriber (or, with `dependent`, for a dependent) with the given EB lines. */
function build271(benefitLines: readonly string[], dependent = false): string {
  const patient = dependent
    ? [
        'HL*3*2*22*1',
        'NM1*IL*1*DOE*JOHN****MI*W100',
        'HL*4*3*23*0',
        'TRN*2*T1*1999999999',
        'NM1*03*1*DOE*JANE',
        'DMG*D8*20100401*F',
      ]
    : ['HL*3*2*22*0', 'TRN*2*T1*1999999999', 'NM1*IL*1*DOE*JANE****MI*W100', 'DMG*D8*19600401*F'];
  const body = [
    'BHT*0022*11*REF1*20260302*0930',
    'HL*1**20*1',
    'NM1*PR*2*DEMO PAYER*****PI*12345',
    'HL*2*1*21*1',
    'NM1*1P*2*INFUSIO*****XX*1234567893',
    ...patient,
    'DTP*346*D8*20260101',
    ...benefitLines,
  ];
  const segments = [
    ISA,
    'GS*HB*PAYER*INFUSIO*20260302*0930*1*X*005010X279A1',
    'ST*271*0001*005010X279A1',
    ...body,
    `SE*${String(body.length + 2)}*0001`,
    'GE*1*1',
    'IEA*1*000000001',
  ];
  return `${segments.join('~\n')}~\n`;
}

function readOne(text: string): EligibilityResponse {
  expect(checkX12(text)).toEqual([]);
  const response = read271(text).responses[0];
  if (response === undefined) throw new Error('no response read');
  return response;
}

const COMMERCIAL = [
  'EB*1**30*PR*GOLD PPO',
  'EB*C*IND*30***23*2000.00*****Y',
  'EB*C*IND*30***29*1200.00*****Y',
  'EB*C*FAM*30***23*4000.00*****Y',
  'EB*C*FAM*30***29*900.00*****Y',
  'EB*C*IND*30***23*4000.00*****N',
  'EB*G*IND*30***23*6000.00*****Y',
  'EB*G*IND*30***24*1500.00*****Y',
  'EB*A*IND*30*****0.3****Y',
  'EB*A*IND*42*****0.1****Y',
  'EB*A*IND*42*****0.5****N',
  'EB*B*IND*42**HOME INFUSION*27*25.00*****Y',
  'EB*1**42********Y',
  'MSG*PRIOR AUTHORIZATION REQUIRED FOR HOME INFUSION',
];

describe('summarizeCostSharing', () => {
  const commercial = readOne(build271(COMMERCIAL));

  it('takes the service type’s own lines over the plan’s, in network', () => {
    expect(summarizeCostSharing(commercial, '42', 'in')).toEqual({
      serviceType: '42',
      network: 'in',
      status: 'active',
      // Family remaining $900 is less than the individual $1,200: the family amount satisfies everyone.
      deductibleRemainingCents: 90_000,
      coinsuranceRate: 0.1,
      copayCents: 2500,
      // $6,000 maximum − $1,500 met year to date.
      oopRemainingCents: 450_000,
      authRequired: true,
      // The two "remaining" deductible lines, the OOP amount and year-to-date lines, 42's coinsurance and copay.
      sourceSegments: [16, 18, 20, 21, 23, 25],
      notes: [],
    });
  });

  it('uses only out-of-network lines out of network, and says when a figure is assumed', () => {
    const out = summarizeCostSharing(commercial, '42', 'out');
    expect(out).toMatchObject({
      deductibleRemainingCents: 400_000,
      coinsuranceRate: 0.5,
      copayCents: null,
      oopRemainingCents: null,
      authRequired: true,
    });
    expect(out.notes).toEqual([
      'Deductible (individual): the payer gave only the amount ($4,000.00), not what is left; the full amount is assumed unmet.',
      'No out-of-pocket maximum was given: nothing caps the patient share.',
    ]);
  });

  it('falls back to the plan-level coinsurance for a service type the payer did not detail', () => {
    expect(summarizeCostSharing(commercial, '12', 'in')).toMatchObject({
      status: 'active',
      deductibleRemainingCents: 90_000,
      coinsuranceRate: 0.3,
      copayCents: null,
      oopRemainingCents: 450_000,
      authRequired: null,
    });
  });

  it('reports deductible amount, remaining and met per coverage level and network', () => {
    const homeHealth = commercial.services.find((s) => s.serviceType === '42');
    const rows = homeHealth?.costSharing.map((r) => ({
      level: r.coverageLevel,
      network: r.network,
      deductible: r.deductible,
      oop: r.outOfPocket,
    }));
    expect(rows).toEqual([
      {
        level: 'IND',
        network: 'in',
        deductible: {
          amountCents: 200_000,
          remainingCents: 120_000,
          metCents: 80_000,
          period: '23',
        },
        oop: { amountCents: 600_000, remainingCents: 450_000, metCents: 150_000, period: '23' },
      },
      {
        level: 'FAM',
        network: 'in',
        deductible: {
          amountCents: 400_000,
          remainingCents: 90_000,
          metCents: 310_000,
          period: '23',
        },
        oop: null,
      },
      {
        level: 'IND',
        network: 'out',
        deductible: { amountCents: 400_000, remainingCents: null, metCents: null, period: '23' },
        oop: null,
      },
    ]);
    expect(homeHealth?.basis).toEqual({
      deductible: 'plan',
      outOfPocket: 'plan',
      coinsurance: 'service-type',
      copay: 'service-type',
    });
    expect(homeHealth?.messages).toEqual(['PRIOR AUTHORIZATION REQUIRED FOR HOME INFUSION']);
  });

  it('reads Medicare Part B: deductible, 20% coinsurance and no out-of-pocket maximum', () => {
    const medicare = readOne(
      build271([
        'EB*1**30*MB',
        'EB*C*IND*30*MB**23*283.00',
        'EB*C*IND*30*MB**29*100.00',
        'EB*A*IND*30*MB****0.2',
      ]),
    );
    expect(summarizeCostSharing(medicare, '42', 'in')).toMatchObject({
      deductibleRemainingCents: 10_000,
      coinsuranceRate: 0.2,
      copayCents: null,
      oopRemainingCents: null,
    });
    expect(medicare.plan.insuranceType).toBe('MB');
  });

  it('reads a dependent patient under the subscriber', () => {
    const response = readOne(build271(['EB*6**30'], true));
    expect(response.patientRole).toBe('dependent');
    expect(response.dependent?.name).toBe('DOE, JANE');
    expect(response.subscriber?.id).toBe('W100');
    expect(response.status).toBe('inactive');
    expect(response.isActive).toBe(false);
    expect(summarizeCostSharing(response, '42', 'in').status).toBe('inactive');
  });

  it('lets a service type’s own "no authorization" stand over a plan-level "required"', () => {
    const response = readOne(build271(['EB*1**30********Y', 'EB*1**88********N']));
    expect(summarizeCostSharing(response, '88', 'in').authRequired).toBe(false);
    expect(summarizeCostSharing(response, '42', 'in').authRequired).toBe(true);
  });

  it('reports a service the plan does not cover', () => {
    const response = readOne(build271(['EB*1**30', 'EB*I**88', 'MSG*SEE PART D PLAN']));
    expect(summarizeCostSharing(response, '88', 'in').status).toBe('not-covered');
    expect(response.services.find((s) => s.serviceType === '88')?.messages).toEqual([
      'SEE PART D PLAN',
    ]);
  });
});

describe('reading EB08 as a person would', () => {
  it('reads a whole-number percentage (20) as 20%, with a warning', () => {
    const text = build271(['EB*1**30', 'EB*A*IND*30*****20']);
    expect(checkX12(text)).toEqual([
      expect.objectContaining({ severity: 'warning', element: 'EB08' }),
    ]);
    const response = read271(text).responses[0];
    if (response === undefined) throw new Error('no response');
    expect(summarizeCostSharing(response, '42', 'in').coinsuranceRate).toBe(0.2);
  });
});
