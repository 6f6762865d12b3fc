import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkX12 } from '../analyze.ts';
import { X12BuildError } from '../core/write.ts';
import { read278 } from '../read-x12.ts';
import type { AuthorizationReview } from './authorization-types.ts';
import type { AuthorizationRequest } from './build-278.ts';
import { buildAuthorizationRequest } from './build-278.ts';

const review = (file: string): AuthorizationReview => {
  const text = readFileSync(
    new URL(`../../../../../fixtures/external/x12/278/${file}`, import.meta.url),
    'utf8',
  );
  const [first] = read278(text).reviews;
  if (first === undefined) throw new Error(`${file} holds no 278`);
  return first;
};

describe('the TR3 278 example pairs', () => {
  it('3.1: a specialty care referral certified in total as AUTH0001 for one visit', () => {
    const request = review('oopfactory__Example_3_1_1_Request.txt');
    expect(request.direction).toBe('request');
    expect(request.requester).toMatchObject({
      name: 'GARDENER, JAMES',
      idQualifier: '46',
      id: '8189991234',
    });
    expect(request.subscriber).toMatchObject({ name: 'SMITH, JOE', id: '12345678901' });
    expect(request.events[0]?.request).toMatchObject({
      category: 'SC',
      certificationType: 'I',
      serviceType: '3',
      facility: { code: '11', qualifier: 'B' },
    });
    expect(request.events[0]?.diagnoses).toEqual([
      { qualifier: 'BF', code: '41090', principal: false, date: '2005-04-30' },
    ]);

    const response = review('oopfactory__Example_3_1_2_Response.txt');
    expect(response.direction).toBe('response');
    const [event] = response.events;
    expect(event?.traces[0]).toMatchObject({ type: '2', number: '111099' });
    expect(event?.decision).toMatchObject({
      action: 'A1',
      outcome: 'certified',
      certificationNumber: 'AUTH0001',
      reasonCode: null,
    });
    expect(event?.approved).toEqual({
      units: 1,
      unitType: 'VS',
      dateRange: { start: '2005-05-02', end: '2005-06-02' },
    });
  });

  it('3.2: an admission modified to 5 days (AUTH0002) with its surgery certified', () => {
    const request = review('oopfactory__Example_3_2_1_Request.txt');
    expect(request.events[0]?.deliveries[0]).toMatchObject({
      quantityQualifier: 'DY',
      quantity: 7,
    });
    expect(request.events[0]?.services[0]?.line).toMatchObject({
      kind: 'institutional',
      procedure: { qualifier: 'HC', code: '33510' },
    });

    const [event] = review('oopfactory__Example_3_2_2_Response.txt').events;
    expect(event?.decision).toMatchObject({
      action: 'A6',
      outcome: 'modified',
      certificationNumber: 'AUTH0002',
    });
    expect(event?.approved).toEqual({
      units: 5,
      unitType: 'DY',
      dateRange: { start: '2005-05-16', end: '2005-05-16' },
    });
    expect(event?.services).toHaveLength(1);
    expect(event?.services[0]?.decision).toMatchObject({
      action: 'A1',
      outcome: 'certified',
      certificationNumber: 'AUTH0002',
    });
    expect(event?.services[0]?.approved).toEqual({
      units: null,
      unitType: null,
      dateRange: { start: '2005-05-16', end: '2005-05-16' },
    });
  });

  it('3.3: an emergency admission pended with reason 0U and an administrative reference', () => {
    const request = review('oopfactory__Example_3_3_1_Request.txt');
    expect(request.events[0]?.request).toMatchObject({
      category: 'AR',
      serviceType: 'A4',
      levelOfService: '03',
      levelOfServiceMeaning: 'Emergency',
    });

    const [event] = review('oopfactory__Example_3_3_2_Response.txt').events;
    expect(event?.decision).toMatchObject({
      action: 'A4',
      outcome: 'pended',
      certificationNumber: null,
      reasonCode: '0U',
    });
    expect(event?.references).toEqual([
      { qualifier: 'NT', value: 'P20030216001', description: null },
    ]);
    expect(event?.approved).toBeNull();
  });
});

const REQUEST: AuthorizationRequest = {
  envelope: {
    sender: { qualifier: 'ZZ', id: 'INFUSIO' },
    receiver: { qualifier: 'ZZ', id: 'UMO' },
    interchangeControlNumber: 5,
    groupControlNumber: 5,
    transactionControlNumber: 5,
    date: '2026-03-02',
    time: '10:15',
    usage: 'T',
  },
  reference: 'AUTH-REQ-5',
  umo: { name: 'DEMO HEALTH UM', id: '12345' },
  requester: {
    organizationName: 'INFUSIO HOME INFUSION',
    npi: '1234567893',
    contact: { name: 'INTAKE', phone: '5555550100' },
  },
  subscriber: {
    memberId: 'W555',
    lastName: 'DOE',
    firstName: 'JOHN',
    birthDate: '1958-11-30',
    sex: 'M',
  },
  trace: { number: 'AUTH-REQ-5-1', originatorId: '1999999999' },
  event: {
    requestCategory: 'HS',
    certificationType: 'I',
    serviceType: '42',
    placeOfService: '12',
    levelOfService: 'E',
    dateRange: { start: '2026-03-05', end: '2026-04-15' },
    diagnoses: ['A41.9', 'T80.211A'],
    delivery: { quantityQualifier: 'VS', quantity: 2, periodQualifier: '35', periodCount: 6 },
  },
  serviceProvider: { organizationName: 'INFUSIO HOME INFUSION', npi: '1234567893' },
  services: [
    {
      kind: 'professional',
      procedure: 'S9500',
      chargeCents: 1_260_000,
      units: 42,
      unitType: 'DA',
      dateRange: { start: '2026-03-05', end: '2026-04-15' },
    },
    {
      kind: 'professional',
      procedure: '99601',
      units: 12,
      delivery: { quantityQualifier: 'VS', quantity: 2, periodQualifier: '35', periodCount: 6 },
    },
  ],
};

describe('buildAuthorizationRequest', () => {
  it('builds a home infusion 278 that passes check and reads back', () => {
    const text = buildAuthorizationRequest(REQUEST);
    expect(checkX12(text)).toEqual([]);
    expect(text).toContain('UM*HS*I*42*12:B**E~');
    expect(text).toContain('HI*ABK:A419*ABF:T80211A~');
    expect(text).toContain('SV1*HC:S9500*12600.00*DA*42~');
    const [read] = read278(text).reviews;
    expect(read?.direction).toBe('request');
    const [event] = read?.events ?? [];
    expect(event?.request).toMatchObject({
      category: 'HS',
      serviceType: '42',
      facility: { code: '12', qualifier: 'B' },
      levelOfService: 'E',
    });
    expect(event?.dates[0]).toMatchObject({
      qualifier: 'AAH',
      start: '2026-03-05',
      end: '2026-04-15',
    });
    expect(event?.deliveries[0]).toMatchObject({
      quantityQualifier: 'VS',
      quantity: 2,
      periodQualifier: '35',
      periodCount: 6,
    });
    expect(
      event?.services.map((s) => [s.line?.procedure?.code, s.line?.units, s.line?.chargeCents]),
    ).toEqual([
      ['S9500', 42, 1_260_000],
      ['99601', 12, null],
    ]);
  });

  it('puts a dependent patient under the subscriber', () => {
    const text = buildAuthorizationRequest({
      ...REQUEST,
      dependent: { lastName: 'DOE', firstName: 'JANE', birthDate: '2012-01-01' },
    });
    expect(checkX12(text)).toEqual([]);
    expect(read278(text).reviews[0]?.dependent?.name).toBe('DOE, JANE');
  });

  it('refuses a diagnosis that is not ICD-10-CM', () => {
    expect(() =>
      buildAuthorizationRequest({ ...REQUEST, event: { ...REQUEST.event, diagnoses: ['41090X'] } }),
    ).toThrow(X12BuildError);
  });
});
