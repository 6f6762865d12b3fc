// Typed factories for referral drafts in tests: a complete referral per therapy, with overrides.
import type { ReferralDraft, TherapyType } from './referral-draft.ts';

export function completeReferral(
  therapy: TherapyType = 'anti-infective',
  overrides: Partial<ReferralDraft> = {},
): ReferralDraft {
  const base: ReferralDraft = {
    channel: 'console',
    urgency: 'standard',
    sourceName: 'Northside Hospital discharge planning',
    therapy,
    patient: {
      givenName: 'Ana',
      familyName: 'Ortega',
      birthDate: '1958-04-12',
      sex: 'female',
      address: { line1: '2200 W Foster Ave', city: 'Chicago', state: 'IL', postalCode: '60625' },
      phones: [{ use: 'mobile', number: '(773) 555-0142' }],
      preferredLanguage: 'en',
      interpreterNeeded: false,
      weightKg: 68,
    },
    coverages: [
      {
        order: 1,
        payerName: 'Blue Cross Blue Shield of Illinois',
        memberId: 'XOF123456789',
        relationship: 'self',
      },
    ],
    prescription: {
      drugName: 'vancomycin',
      doseValue: 1250,
      doseUnit: 'mg',
      route: 'IV',
      frequency: 'q12h',
      durationDays: 42,
      accessDevice: 'PICC',
      administrationMethod: 'gravity',
      startDate: '2026-11-24',
    },
    diagnoses: [
      { code: 'M86.172', isPrimary: true, description: 'Acute osteomyelitis, left ankle' },
    ],
    allergies: [{ substance: 'penicillin', reaction: 'hives', severity: 'moderate' }],
    prescriber: {
      npi: '1234567893',
      givenName: 'Priya',
      familyName: 'Raman',
      practiceName: 'Lakeview Infectious Disease',
      phone: '(312) 555-0190',
      fax: '(312) 555-0191',
    },
    clinical: {
      cultureOrIndication: 'MRSA osteomyelitis, bone biopsy culture',
      labs: [{ name: 'serum creatinine', value: '0.9 mg/dL', date: '2026-11-20' }],
      tipPlacementConfirmed: true,
      regimen: 'FOLFOX',
      pumpOrdered: 'CADD-Solis ambulatory pump',
    },
  };
  return { ...base, ...overrides };
}
