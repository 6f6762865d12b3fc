import { describe, expect, it } from 'vitest';
import { checkReferral } from '@infusio/domain/intake';
import { filledReferralForm } from './referral-form.fixtures.ts';
import { toReferralDraft, toRequestDraft } from './referral-form-draft.ts';
import { emptyReferralForm, rowMapsOf } from './referral-form-model.ts';

const context = { receivedOn: '2026-01-05', recentLabDays: 7 };

describe('the console form as a referral draft', () => {
  it('passes the antibiotic checklist when every field the therapy asks for is filled', () => {
    const result = checkReferral(toReferralDraft(filledReferralForm()), context);
    expect(result.missing).toEqual([]);
  });

  it('lists what an empty form still lacks as the coordinator starts typing', () => {
    const form = { ...emptyReferralForm(), therapy: 'anti-infective' as const };
    const missing = checkReferral(toReferralDraft(form), context).missing.map((m) => m.id);
    expect(missing).toContain('recent-renal-labs');
    expect(missing).toContain('culture-or-indication');
    expect(missing).toContain('prescriber');
  });

  it('leaves out blank rows and blank optional text, and trims names', () => {
    const draft = toReferralDraft(filledReferralForm());
    expect(draft.patient.givenName).toBe('Adaeze');
    expect(draft.patient.phones).toEqual([{ use: 'home', number: '(217) 555-0142' }]);
    expect(draft.diagnoses).toEqual([
      { code: 'M86.171', description: 'Acute osteomyelitis', isPrimary: true },
    ]);
    expect(draft.prescriber).not.toHaveProperty('practiceName');
    expect(draft.prescription).not.toHaveProperty('administrationMethod');
    expect(draft.coverages[0]).toMatchObject({ order: 1, payerName: 'Prairie Health Plan' });
    expect(draft.patient.weightKg).toBe(72);
  });

  it('remembers which form row each sent row came from', () => {
    expect(rowMapsOf(filledReferralForm())).toMatchObject({ phones: [1], diagnoses: [1] });
  });

  it('sends "no known drug allergies" as the chart records it', () => {
    const form = { ...filledReferralForm(), noKnownAllergies: true };
    expect(toReferralDraft(form).allergies).toEqual([{ substance: 'NKDA' }]);
  });

  it('refuses to build a request without a US state', () => {
    const form = filledReferralForm();
    const draft = toReferralDraft({ ...form, patient: { ...form.patient, state: '' } });
    expect(() => toRequestDraft(draft)).toThrow(/state/);
    expect(toRequestDraft(toReferralDraft(form)).patient.address.state).toBe('IL');
  });
});
