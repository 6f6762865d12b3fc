import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { AdmissionDetail } from './intake.contracts.ts';
import { newIntakeWorld, type IntakeWorld } from './intake.test-kit.ts';

const FIXTURES = join(import.meta.dirname, '../../../../../packages/domain/src/fhir/fixtures');
const OFFICIAL = join(import.meta.dirname, '../../../../../fixtures/external/fhir/hl7-r4-examples');
const bundleText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

let t: TestApp;
let world: IntakeWorld;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 60 * 24, sessionAbsoluteHours: 24 });
  // The EHR fixtures are a hospital discharge and an office referral dated June 2024.
  t.clock.set('2024-06-10T15:00:00Z');
  world = await newIntakeWorld(t);
});
afterAll(async () => t.close());

interface Outcome {
  resourceType: string;
  issue: {
    severity: string;
    code: string;
    details?: { text: string };
    expression?: string[];
    diagnostics?: string;
  }[];
}

async function postBundle(body: string, contentType = 'application/fhir+json') {
  const intake = await world.as('intake');
  return intake.request<Outcome>({
    method: 'POST',
    url: '/api/fhir/Bundle',
    payload: body,
    headers: { 'content-type': contentType },
  });
}

describe('FHIR R4 referrals from an EHR', () => {
  it('turns a valid bundle into a referral and admission, answering with an OperationOutcome and a Location', async () => {
    const files = (await import('node:fs'))
      .readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.bundle.json'));
    expect(files.length).toBeGreaterThan(0);
    const response = await postBundle(bundleText(files[0] ?? ''));
    expect(response.status).toBe(201);
    expect(response.headers['content-type']).toContain('application/fhir+json');
    expect(response.body.resourceType).toBe('OperationOutcome');
    expect(response.body.issue[0]).toMatchObject({ severity: 'information' });
    const location = response.headers.location ?? '';
    expect(location).toMatch(/^\/api\/referrals\/[0-9a-f-]{36}$/);
    const referral = (
      await (await world.as('intake')).get<{ channel: string; admissionId: string }>(location)
    ).body;
    expect(referral.channel).toBe('fhir');
    const admission = (
      await (
        await world.as('intake')
      ).get<AdmissionDetail>(`/api/admissions/${referral.admissionId}`)
    ).body;
    expect(admission.stage).toBe('referral-received');
  });

  it('holds a second bundle for the same patient for a coordinator to match, then puts it on the chart', async () => {
    const files = (await import('node:fs'))
      .readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.bundle.json'));
    const text = bundleText(files[0] ?? '');
    const response = await postBundle(text);
    expect(response.status).toBe(202);
    const referralId = (response.headers.location ?? '').split('/').pop() ?? '';
    const intake = await world.as('intake');
    const queue = (
      await intake.get<{ awaitingMatch: { referralId: string; candidates: number }[] }>(
        '/api/work-queues/intake',
      )
    ).body;
    expect(queue.awaitingMatch).toContainEqual(
      expect.objectContaining({ referralId, candidates: 1 }),
    );
    const referral = (
      await intake.get<{ matchCandidates: { patientId: string }[] }>(`/api/referrals/${referralId}`)
    ).body;
    const resolved = await intake.post<{ admissionId: string }>(
      `/api/referrals/${referralId}/resolve-match`,
      { decision: { action: 'use-existing', patientId: referral.matchCandidates[0]?.patientId } },
    );
    expect(resolved.status).toBe(200);
    expect(resolved.body.admissionId).toMatch(/[0-9a-f-]{36}/);
  });

  it('reports unknown resource types, broken references and invalid codes as issues naming the element', async () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:11111111-1111-4111-8111-111111111111',
          resource: { resourceType: 'Patient', id: 'p', gender: 'femme', birthDate: '1950-02-30' },
        },
        {
          fullUrl: 'urn:uuid:22222222-2222-4222-8222-222222222222',
          resource: { resourceType: 'Spaceship', id: 's' },
        },
        {
          fullUrl: 'urn:uuid:33333333-3333-4333-8333-333333333333',
          resource: {
            resourceType: 'Condition',
            id: 'c',
            subject: { reference: 'urn:uuid:99999999-9999-4999-8999-999999999999' },
            code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: '486' }] },
          },
        },
      ],
    };
    const response = await postBundle(JSON.stringify(bundle));
    expect(response.status).toBe(422);
    const codes = response.body.issue.filter((i) => i.severity === 'error').map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['code-invalid', 'not-supported', 'not-found']));
    expect(response.body.issue.flatMap((i) => i.expression ?? [])).toEqual(
      expect.arrayContaining(['Bundle.entry[0].resource.gender']),
    );
  });

  it('answers unreadable JSON with a fatal OperationOutcome, not a 500', async () => {
    const response = await postBundle('{"resourceType": "Bundle", ');
    expect(response.status).toBe(400);
    expect(response.body.issue[0]).toMatchObject({ severity: 'fatal', code: 'structure' });
  });

  it('refuses an official R4 example that is not a referral, explaining what a referral needs', async () => {
    const patient = JSON.parse(
      readFileSync(join(OFFICIAL, 'Patient', 'patient-example.json'), 'utf8'),
    ) as unknown;
    const response = await postBundle(
      JSON.stringify({
        resourceType: 'Bundle',
        type: 'collection',
        entry: [{ fullUrl: 'http://example.org/fhir/Patient/example', resource: patient }],
      }),
    );
    expect(response.status).toBe(422);
    expect(response.body.issue.filter((i) => i.code === 'required').length).toBeGreaterThan(0);
  });
});
