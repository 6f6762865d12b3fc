import { describe, expect, it } from 'vitest';
import { checkX12 } from '../analyze.ts';
import type { AuthorizationRequest } from '../authorization/build-278.ts';
import { buildAuthorizationRequest } from '../authorization/build-278.ts';
import type { EligibilityInquiry } from '../eligibility/build-270.ts';
import { buildEligibilityInquiry } from '../eligibility/build-270.ts';
import type { EligibilityResponse } from '../eligibility/eligibility-types.ts';
import { summarizeCostSharing } from '../eligibility/summarize-cost-sharing.ts';
import { read271, read278 } from '../read-x12.ts';
import { createPayerSimulatorConnector } from './clearinghouse-connector.ts';
import { simulateAuthorizationResponse } from './simulate-278.ts';
import { simulateEligibilityResponse } from './simulate-271.ts';

const ENVELOPE = {
  sender: { qualifier: 'ZZ', id: 'INFUSIO' },
  receiver: { qualifier: 'ZZ', id: 'SIMULATOR' },
  interchangeControlNumber: 101,
  groupControlNumber: 101,
  transactionControlNumber: 101,
  date: '2026-03-02',
  time: '08:00',
  usage: 'T' as const,
};

function inquiry(memberId: string, change: Partial<EligibilityInquiry> = {}): EligibilityInquiry {
  return {
    envelope: ENVELOPE,
    reference: `REF-${memberId}`,
    payer: { name: 'DEMO HEALTH', id: '12345' },
    provider: { organizationName: 'INFUSIO HOME INFUSION', npi: '1234567893' },
    subscriber: { memberId, lastName: 'DOE', firstName: 'JOHN', birthDate: '1950-02-03', sex: 'M' },
    trace: { number: `TR-${memberId}`, originatorId: '1999999999' },
    serviceDate: '2026-03-02',
    ...change,
  };
}

function answer(memberId: string, change: Partial<EligibilityInquiry> = {}): EligibilityResponse {
  const x271 = simulateEligibilityResponse(buildEligibilityInquiry(inquiry(memberId, change)));
  expect(checkX12(x271)).toEqual([]);
  const [response] = read271(x271).responses;
  if (response === undefined) throw new Error('no response');
  return response;
}

describe('the payer simulator answers 270s by member id', () => {
  it('ACT…: active commercial PPO with deductible, coinsurance and out-of-pocket figures', () => {
    const response = answer('ACT100200300');
    expect(response).toMatchObject({
      status: 'active',
      planBegin: '2026-01-01',
      planEnd: '2026-12-31',
    });
    expect(response.plan).toEqual({
      name: 'INFUSIO DEMO PPO GOLD',
      insuranceType: 'PR',
      groupNumber: null,
    });
    expect(response.traces[0]).toMatchObject({ type: '2', number: 'TR-ACT100200300' });
    expect(summarizeCostSharing(response, '42', 'in')).toMatchObject({
      deductibleRemainingCents: 50_000,
      coinsuranceRate: 0.2,
      copayCents: null,
      oopRemainingCents: 320_000,
      authRequired: null,
    });
    expect(summarizeCostSharing(response, '88', 'in').copayCents).toBe(3000);
    expect(summarizeCostSharing(response, '42', 'out')).toMatchObject({
      deductibleRemainingCents: 300_000,
      coinsuranceRate: 0.4,
      oopRemainingCents: null,
    });
    const homeHealth = response.services.find((s) => s.serviceType === '42');
    expect(
      homeHealth?.costSharing.find((r) => r.coverageLevel === 'IND' && r.network === 'in')
        ?.deductible,
    ).toEqual({
      amountCents: 150_000,
      remainingCents: 50_000,
      metCents: 100_000,
      period: '23',
    });
  });

  it('HDP…: high deductible, nothing met yet', () => {
    const response = answer('HDP7');
    expect(summarizeCostSharing(response, '42', 'in')).toMatchObject({
      deductibleRemainingCents: 600_000,
      coinsuranceRate: 0.1,
      oopRemainingCents: 750_000,
    });
    expect(response.messages).toContain(
      'HSA-QUALIFIED PLAN - DEDUCTIBLE APPLIES BEFORE ALL SERVICES',
    );
  });

  it('PAR…: authorization required for home infusion services', () => {
    const response = answer('PAR55');
    for (const serviceType of ['42', '12', '18', '88', '78']) {
      expect(summarizeCostSharing(response, serviceType, 'in').authRequired).toBe(true);
    }
    expect(summarizeCostSharing(response, '1', 'in').authRequired).toBeNull();
    expect(response.services.find((s) => s.serviceType === '42')?.messages).toEqual([
      'SUBMIT A 278 OR CALL UTILIZATION MANAGEMENT BEFORE THE FIRST VISIT',
    ]);
  });

  it('INA…: inactive, the plan ended the year before', () => {
    const response = answer('INA1');
    expect(response).toMatchObject({
      status: 'inactive',
      isActive: false,
      planBegin: '2025-01-01',
      planEnd: '2025-12-31',
    });
    expect(response.messages).toEqual(['COVERAGE TERMINATED']);
  });

  it('MCB…: Medicare Part B with the deductible of the service year, 20% and no out-of-pocket maximum', () => {
    const response = answer('MCB1EG4TE5MK72');
    expect(summarizeCostSharing(response, '42', 'in')).toMatchObject({
      status: 'active',
      deductibleRemainingCents: 28_300,
      coinsuranceRate: 0.2,
      oopRemainingCents: null,
    });
    expect(summarizeCostSharing(response, '88', 'in').status).toBe('not-covered');
    const in2025 = answer('MCB1EG4TE5MK72', { serviceDate: '2025-11-20' });
    expect(summarizeCostSharing(in2025, '42', 'in').deductibleRemainingCents).toBe(25_700);
  });

  it('answers a real-format Medicare Beneficiary Identifier as Medicare Part B (the demo patient)', () => {
    const response = answer('1EG4TE5MK73');
    expect(response.status).toBe('active');
    expect(response.plan.insuranceType).toBe('MB');
    expect(summarizeCostSharing(response, '42', 'in').deductibleRemainingCents).toBe(28_300);
    // S, L, O, I, B and Z never appear in an MBI: such an id is not Medicare and is not found.
    expect(answer('1SG4TE5MK73').rejections[0]?.code).toBe('75');
  });

  it.each([
    ['R72A', '72', 'member-id', false],
    ['R71A', '71', 'demographics', false],
    ['R73A', '73', 'demographics', false],
    ['R75A', '75', 'member-id', false],
    ['R57A', '57', 'dates', false],
    ['R42A', '42', 'payer-unavailable', true],
    ['NOBODY9', '75', 'member-id', false],
  ])('%s: rejected at the subscriber with AAA %s', (memberId, code, category, retryable) => {
    const response = answer(memberId);
    expect(response.status).toBe('rejected');
    expect(response.subscriber?.id).toBe(memberId);
    expect(response.traces[0]?.number).toBe(`TR-${memberId}`);
    expect(response.rejections).toEqual([
      expect.objectContaining({ level: 'subscriber', code, category, retryable }),
    ]);
    expect(response.rejections[0]?.action.length).toBeGreaterThan(20);
  });

  it('R43…: rejected at the provider (NPI not recognised); R80…: no answer from the payer', () => {
    expect(answer('R43A').rejections).toEqual([
      expect.objectContaining({ level: 'provider', code: '43', category: 'provider' }),
    ]);
    const r80 = answer('R80A');
    expect(r80).toMatchObject({ status: 'rejected', provider: null, subscriber: null });
    expect(r80.rejections).toEqual([
      expect.objectContaining({ level: 'payer', code: '80', retryable: true }),
    ]);
  });

  it('answers for a dependent under the subscriber', () => {
    const response = answer('ACT9', {
      dependent: { lastName: 'DOE', firstName: 'JANE', birthDate: '2012-06-01', sex: 'F' },
    });
    expect(response).toMatchObject({ patientRole: 'dependent', status: 'active' });
    expect(response.dependent?.name).toBe('DOE, JANE');
    expect(response.traces.map((t) => t.number)).toEqual(['TR-ACT9']);
  });

  it('gives the same bytes for the same request, and swaps sender and receiver', () => {
    const x270 = buildEligibilityInquiry(inquiry('ACT1'));
    const once = simulateEligibilityResponse(x270);
    expect(simulateEligibilityResponse(x270)).toBe(once);
    expect(
      once.startsWith(
        'ISA*00*          *00*          *ZZ*SIMULATOR      *ZZ*INFUSIO        *260302*0800*',
      ),
    ).toBe(true);
  });

  it('is reachable through the clearinghouse connector', async () => {
    const connector = createPayerSimulatorConnector();
    const x270 = buildEligibilityInquiry(inquiry('ACT1'));
    await expect(connector.submitEligibility(x270)).resolves.toBe(
      simulateEligibilityResponse(x270),
    );
    await expect(connector.submitEligibility('not x12')).rejects.toThrow(
      'The X12 file was rejected',
    );
  });
});

function authorization(memberId: string, procedure = 'S9500'): AuthorizationRequest {
  return {
    envelope: ENVELOPE,
    reference: `PA-${memberId}`,
    umo: { name: 'DEMO HEALTH UM', id: '12345' },
    requester: { organizationName: 'INFUSIO HOME INFUSION', npi: '1234567893' },
    subscriber: { memberId, lastName: 'DOE', firstName: 'JOHN', birthDate: '1950-02-03' },
    trace: { number: `PA-${memberId}-1`, originatorId: '1999999999' },
    event: {
      requestCategory: 'HS',
      certificationType: 'I',
      serviceType: '42',
      placeOfService: '12',
      dateRange: { start: '2026-03-05', end: '2026-05-03' },
      diagnoses: ['A41.9'],
    },
    services: [
      {
        kind: 'professional',
        procedure,
        units: 60,
        unitType: 'DA',
        dateRange: { start: '2026-03-05', end: '2026-05-03' },
      },
    ],
  };
}

function decide(memberId: string, procedure?: string) {
  const x278 = simulateAuthorizationResponse(
    buildAuthorizationRequest(authorization(memberId, procedure)),
  );
  expect(checkX12(x278)).toEqual([]);
  const [review] = read278(x278).reviews;
  const event = review?.events[0];
  if (event === undefined) throw new Error('no event');
  return { event, service: event.services[0] };
}

describe('the payer simulator answers 278s', () => {
  it('certifies in total with a certification number and the requested units', () => {
    const { event, service } = decide('W1');
    expect(event.decision).toMatchObject({ action: 'A1', outcome: 'certified' });
    expect(event.decision?.certificationNumber).toMatch(/^SIM[0-9A-Z]{7}$/);
    expect(service?.approved).toEqual({
      units: 60,
      unitType: 'DA',
      dateRange: { start: '2026-03-05', end: '2026-05-03' },
    });
    expect(decide('W1').event.decision?.certificationNumber).toBe(
      event.decision?.certificationNumber,
    );
  });

  it('PA2…: certifies half the units', () => {
    const { event, service } = decide('PA2X');
    expect(event.decision?.outcome).toBe('partially-certified');
    expect(service?.approved?.units).toBe(30);
  });

  it('PA6…: modifies to 75% of the units over the first 30 days', () => {
    const { event, service } = decide('PA6X');
    expect(event.decision?.outcome).toBe('modified');
    expect(service?.approved).toEqual({
      units: 45,
      unitType: 'DA',
      dateRange: { start: '2026-03-05', end: '2026-04-03' },
    });
  });

  it('PA3…: not certified, no certification number, a message to act on', () => {
    const { event, service } = decide('PA3X');
    expect(event.decision).toMatchObject({
      action: 'A3',
      outcome: 'not-certified',
      certificationNumber: null,
    });
    expect(event.messages[0]).toContain('PEER-TO-PEER');
    expect(service?.approved).toBeNull();
  });

  it('PA4… or an unlisted drug code: pended with an administrative reference', () => {
    for (const { event } of [decide('PA4X'), decide('W2', 'J3490')]) {
      expect(event.decision).toMatchObject({
        action: 'A4',
        outcome: 'pended',
        certificationNumber: null,
      });
      expect(event.references[0]?.qualifier).toBe('NT');
    }
  });

  it('PCT…: asks to contact the payer', () => {
    expect(decide('PCTX').event.decision?.outcome).toBe('contact-payer');
  });

  it('is reachable through the clearinghouse connector', async () => {
    const x278 = buildAuthorizationRequest(authorization('W1'));
    await expect(createPayerSimulatorConnector().submitAuthorization(x278)).resolves.toBe(
      simulateAuthorizationResponse(x278),
    );
  });
});
