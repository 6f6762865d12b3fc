// A console form filled in as the browser test fills it, for the form's unit tests.
import { emptyReferralForm, type ReferralForm } from './referral-form-model.ts';

export function filledReferralForm(): ReferralForm {
  const form = emptyReferralForm();
  return {
    ...form,
    therapy: 'anti-infective',
    urgency: 'urgent',
    sourceName: 'Lakeside General Hospital',
    patient: {
      ...form.patient,
      givenName: ' Adaeze ',
      familyName: 'Okafor',
      birthDate: '1961-04-17',
      sex: 'female',
      line1: '42 Orchard Lane',
      city: 'Springfield',
      state: 'IL',
      postalCode: '62704',
      phones: [
        { use: 'mobile', number: '' },
        { use: 'home', number: '(217) 555-0142' },
      ],
      weightKg: '72',
    },
    coverages: [
      {
        ...form.coverages[0],
        payerName: 'Prairie Health Plan',
        memberId: 'PHP1',
        relationship: 'self',
        payerId: '',
        planName: '',
        groupNumber: '',
        subscriberName: '',
      },
    ],
    prescription: {
      drugName: 'Ceftriaxone',
      doseValue: '2',
      doseUnit: 'g',
      route: 'IV',
      frequency: 'q24h',
      durationDays: '28',
      accessDevice: 'PICC',
      administrationMethod: '',
      startDate: '2026-01-07',
    },
    diagnoses: [
      { code: '', description: '', isPrimary: false },
      { code: 'm86.171', description: 'Acute osteomyelitis', isPrimary: true },
    ],
    allergies: [{ substance: 'Penicillin', reaction: 'Hives', severity: '' }],
    prescriber: {
      npi: '1234567893',
      givenName: 'Priya',
      familyName: 'Raman',
      practiceName: '',
      phone: '(217) 555-0100',
      fax: '',
    },
    clinical: {
      ...form.clinical,
      cultureOrIndication: 'MSSA osteomyelitis',
      labs: [{ name: 'Serum creatinine', value: '0.9 mg/dL', date: '2026-01-04' }],
      tipPlacementConfirmed: true,
    },
  };
}
