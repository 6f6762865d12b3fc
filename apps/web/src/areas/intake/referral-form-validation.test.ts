import { describe, expect, it } from 'vitest';
import { filledReferralForm } from './referral-form.fixtures.ts';
import { emptyReferralForm, rowMapsOf } from './referral-form-model.ts';
import {
  fieldIdOfPointer,
  liveFieldIssues,
  validateReferralForm,
} from './referral-form-validation.ts';

const now = new Date('2026-01-05T15:00:00Z');

describe('where a server field error belongs', () => {
  it('maps a draft pointer to the id of its input', () => {
    const maps = rowMapsOf(filledReferralForm());
    expect(fieldIdOfPointer('/draft/patient/birthDate', maps)).toBe('rf-patient-birthDate');
    expect(fieldIdOfPointer('/draft/prescriber/npi', maps)).toBe('rf-prescriber-npi');
  });

  it('finds the form row behind a draft row when blank rows were left out', () => {
    const maps = rowMapsOf(filledReferralForm());
    expect(fieldIdOfPointer('/draft/patient/phones/0/number', maps)).toBe(
      'rf-patient-phones-1-number',
    );
    expect(fieldIdOfPointer('/draft/diagnoses/0/code', maps)).toBe('rf-diagnoses-1-code');
  });

  it('keeps a pointer without an input recognisable (the caller lists it above the form)', () => {
    expect(fieldIdOfPointer('/draft/diagnoses', rowMapsOf(filledReferralForm()))).toBe(
      'rf-diagnoses',
    );
  });
});

describe('the form’s own checks', () => {
  it('accepts the filled form', () => {
    expect(validateReferralForm(filledReferralForm(), now)).toEqual({});
  });

  it('asks for every required field of an empty form, therapy first', () => {
    const issues = validateReferralForm(emptyReferralForm(), now);
    expect(Object.keys(issues)[0]).toBe('rf-therapy');
    expect(issues['rf-patient-familyName']).toEqual({ code: 'required' });
    expect(issues['rf-prescription-route']).toEqual({ code: 'required' });
    expect(issues['rf-prescriber-npi']).toEqual({ code: 'required' });
  });

  it('rejects an NPI whose check digit is wrong and a code that is not ICD-10-CM', () => {
    const form = filledReferralForm();
    const issues = validateReferralForm(
      {
        ...form,
        prescriber: { ...form.prescriber, npi: '1234567890' },
        diagnoses: [{ code: 'X9', description: '', isPrimary: true }],
      },
      now,
    );
    expect(issues['rf-prescriber-npi']).toEqual({ code: 'npiCheckDigit' });
    expect(issues['rf-diagnoses-0-code']).toEqual({ code: 'icd10', values: { code: 'X9' } });
  });

  it('refuses phone numbers that cannot be dialled and birth dates in the future', () => {
    const form = filledReferralForm();
    const issues = validateReferralForm(
      {
        ...form,
        patient: {
          ...form.patient,
          birthDate: '2026-02-01',
          phones: [{ use: 'mobile', number: '555-01' }],
        },
      },
      now,
    );
    expect(issues['rf-patient-birthDate']).toEqual({ code: 'futureDate' });
    expect(issues['rf-patient-phones-0-number']).toEqual({ code: 'phone' });
  });
});

describe('checks while typing', () => {
  it('judges the NPI only once it has ten digits', () => {
    const form = filledReferralForm();
    const typing = (npi: string) =>
      liveFieldIssues({ ...form, prescriber: { ...form.prescriber, npi } });
    expect(typing('123456789')).toEqual({});
    expect(typing('1234567890')).toEqual({ 'rf-prescriber-npi': { code: 'npiCheckDigit' } });
    expect(typing('12345a')).toEqual({ 'rf-prescriber-npi': { code: 'npiDigits' } });
    expect(typing('1234567893')).toEqual({});
  });
});
