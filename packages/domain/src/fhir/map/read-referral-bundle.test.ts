import { describe, expect, it } from 'vitest';
import { parseDosingFrequency } from '../../coverage/dosing-frequency.ts';
import type { ReferralDraft } from '../../intake/referral-draft.ts';
import { loadReferralFixture } from '../fixtures/fixture-bundles.ts';
import { readReferralBundle } from './read-referral-bundle.ts';

type Json = Record<string, unknown>;

const vancomycin = () => loadReferralFixture('vancomycin-picc-discharge');
const ivig = () => loadReferralFixture('ivig-cidp-office');

function mapOrFail(bundle: Json): ReferralDraft {
  const result = readReferralBundle(bundle);
  if (result.referral === undefined) throw new Error(JSON.stringify(result.outcome, null, 2));
  return result.referral;
}

describe('the vancomycin PICC discharge bundle', () => {
  const referral = mapOrFail(vancomycin().bundle);

  it('is an urgent anti-infective referral from the FHIR channel', () => {
    expect(referral.channel).toBe('fhir');
    expect(referral.urgency).toBe('urgent');
    expect(referral.therapy).toBe('anti-infective');
    expect(referral.sourceName).toBe('Springfield General Hospital Infectious Disease Clinic');
    expect(referral.sourceReference).toBe('SGH-REF-2024-061045');
  });

  it('maps the patient from the official name and the current home address', () => {
    expect(referral.patient).toEqual({
      givenName: 'Robert',
      middleName: 'James',
      familyName: 'Whitfield',
      birthDate: '1968-03-14',
      sex: 'male',
      address: {
        line1: '742 Elm Street',
        line2: 'Apt 3B',
        city: 'Springfield',
        state: 'IL',
        postalCode: '62704',
      },
      phones: [
        { use: 'mobile', number: '217-555-0142' },
        { use: 'home', number: '217-555-0199' },
      ],
      email: 'rj.whitfield@example.com',
      preferredLanguage: 'en',
      interpreterNeeded: false,
    });
  });

  it('maps both coverages in order, with the spouse as subscriber of the second', () => {
    expect(referral.coverages).toEqual([
      {
        order: 1,
        payerName: 'Blue Cross and Blue Shield of Illinois',
        payerId: '00621',
        planName: 'Blue Choice PPO 500',
        memberId: 'XJH123456789',
        groupNumber: '0K4521',
        relationship: 'self',
      },
      {
        order: 2,
        payerName: 'Aetna',
        payerId: '60054',
        memberId: 'W223459870',
        subscriberName: 'Linda Marie Whitfield',
        relationship: 'spouse',
      },
    ]);
  });

  it('maps the prescription: dose, route, q12h for six weeks from discharge, PICC and pump', () => {
    expect(referral.prescription).toEqual({
      drugName: 'Vancomycin',
      rxnormCode: '11124',
      doseValue: 1250,
      doseUnit: 'mg',
      route: 'IV',
      frequency: 'q12h',
      durationDays: 42,
      startDate: '2024-06-11',
      accessDevice: 'PICC',
      administrationMethod: 'electronic-pump',
    });
    expect(parseDosingFrequency(referral.prescription.frequency)).toEqual({
      kind: 'interval',
      hours: 12,
    });
  });

  it('makes the ServiceRequest reason the primary diagnosis, first in the list', () => {
    expect(referral.diagnoses).toEqual([
      {
        code: 'M86.171',
        description: 'Other acute osteomyelitis, right ankle and foot',
        isPrimary: true,
      },
      {
        code: 'E11.9',
        description: 'Type 2 diabetes mellitus without complications',
        isPrimary: false,
      },
    ]);
  });

  it('maps allergies with their reactions and worst severity', () => {
    expect(referral.allergies).toEqual([
      { substance: 'Penicillin', reaction: 'Hives', severity: 'moderate' },
      { substance: 'Latex', reaction: 'Contact dermatitis, Itching', severity: 'mild' },
    ]);
  });

  it('takes the prescriber from the PractitionerRole: NPI, practice, the practice line and fax', () => {
    expect(referral.prescriber).toEqual({
      npi: '1659384725',
      givenName: 'Anita',
      familyName: 'Rao',
      practiceName: 'Springfield General Hospital Infectious Disease Clinic',
      phone: '217-555-0181',
      fax: '217-555-0188',
    });
  });

  it('carries the clinical facts and the physician instructions', () => {
    expect(referral.clinical).toEqual({
      cultureOrIndication:
        'MRSA osteomyelitis of the right foot (bone culture 2024-06-06: MRSA, vancomycin MIC 1)',
      tipPlacementConfirmed: true,
      dischargePending: true,
    });
    expect(referral.physicianInstructions?.split('\n')).toEqual([
      'Weekly CBC with differential, BMP and vancomycin trough; fax results to the ID clinic at 217-555-0188.',
      'PICC care: flush with 10 mL 0.9% sodium chloride before and after each dose; dressing change every 7 days.',
      'Keep the PICC dressing dry; call the nurse line for a fever over 100.4 F.',
      'Vancomycin trough before the 4th dose, target 15-20 mcg/mL; pharmacy to dose by levels.',
    ]);
  });
});

describe('the IVIG office bundle (RESTful fullUrls, relative references)', () => {
  const result = readReferralBundle(ivig().bundle);
  const referral = result.referral;

  it('is accepted with the Observation reported as ignored', () => {
    expect(result.outcome.issue).toEqual([
      expect.objectContaining({
        severity: 'information',
        expression: ['Bundle.entry[1].resource'],
      }),
    ]);
  });

  it('maps a Mandarin-speaking patient who needs an interpreter', () => {
    expect(referral?.patient).toEqual({
      givenName: 'Mei',
      middleName: 'Ling',
      familyName: 'Chen',
      birthDate: '1979-11-02',
      sex: 'female',
      address: {
        line1: '88 Grant Avenue',
        city: 'San Francisco',
        state: 'CA',
        postalCode: '94108-5702',
      },
      phones: [{ use: 'mobile', number: '415-555-0127' }],
      preferredLanguage: 'zh-Hans',
      interpreterNeeded: true,
    });
  });

  it('maps the Medication resource, every 4 weeks for 24 weeks, through a peripheral IV', () => {
    expect(referral?.therapy).toBe('ivig');
    expect(referral?.urgency).toBe('standard');
    expect(referral?.prescription).toEqual({
      drugName: 'Privigen 10% (immune globulin intravenous, human)',
      ndc: '44206043820',
      doseValue: 28,
      doseUnit: 'g',
      route: 'IV',
      frequency: 'every 4 weeks',
      durationDays: 168,
      startDate: '2024-07-01',
      accessDevice: 'PIV',
      administrationMethod: 'electronic-pump',
    });
    expect(parseDosingFrequency(referral?.prescription.frequency ?? '')).toEqual({
      kind: 'interval',
      hours: 672,
    });
  });

  it('maps the member id from an MB identifier, skips refuted conditions and "no known allergy"', () => {
    expect(referral?.coverages).toEqual([
      {
        order: 1,
        payerName: 'Anthem Blue Cross (California)',
        payerId: '47198',
        memberId: 'XBC906612477',
        groupNumber: '270118M001',
        relationship: 'self',
      },
    ]);
    expect(referral?.diagnoses).toEqual([
      {
        code: 'G61.81',
        description: 'Chronic inflammatory demyelinating polyneuritis',
        isPrimary: true,
      },
    ]);
    expect(referral?.allergies).toEqual([]);
  });

  it('finds the practice through the PractitionerRole that points at the requesting Practitioner', () => {
    expect(referral?.prescriber).toEqual({
      npi: '1283746505',
      givenName: 'David',
      familyName: 'Okafor',
      practiceName: 'Bay Neurology Associates',
      phone: '415-555-0160',
      fax: '415-555-0169',
    });
    expect(referral?.sourceReference).toBe('ORD-2024-118842');
    expect(referral?.clinical).toEqual({});
  });

  it('classifies an immune globulin given under the skin as SCIG', () => {
    const { bundle, resource } = ivig();
    const medication = resource(10);
    medication.code = { text: 'Gamunex-C 10%' };
    const dosage = (resource(11).dosageInstruction as Json[])[0];
    if (dosage === undefined) throw new Error('fixture changed');
    dosage.route = {
      coding: [
        { system: 'http://snomed.info/sct', code: '34206005', display: 'Subcutaneous route' },
      ],
    };
    const mapped = mapOrFail(bundle);
    expect(mapped.prescription.route).toBe('SC');
    expect(mapped.therapy).toBe('scig');
  });
});
