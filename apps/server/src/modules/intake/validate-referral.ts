// Checks on a referral that need code rather than a schema pattern: the NPI check digit, ICD-10-CM
// shape after normalisation, dates in a sensible range, phones that can be dialled. Every problem
// names its field (JSON pointer) so the form can show it next to the input; nothing is stored
// while any remains.
import {
  explainInvalidNpi,
  isValidIcd10CmFormat,
  normalizeIcd10Cm,
  normalizeUsPhone,
} from '@infusio/domain/identifiers';
import type { ReferralDraft } from '@infusio/domain/intake';
import type { FieldProblem } from '../../platform/http/app-error.ts';

function daysFrom(isoDate: string, today: string): number {
  return Math.round(
    (Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}

export function validateReferral(
  draft: ReferralDraft,
  today: string,
  pointer = '',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, code: string, message: string) =>
    problems.push({ field: `${pointer}${field}`, code, message });

  const npiProblem = explainInvalidNpi(draft.prescriber.npi);
  if (npiProblem) add('/prescriber/npi', 'npi_check_digit', npiProblem);

  const age = -daysFrom(draft.patient.birthDate, today) / 365.25;
  if (age < 0) add('/patient/birthDate', 'future_date', 'The date of birth is in the future.');
  else if (age > 120)
    add('/patient/birthDate', 'out_of_range', 'The date of birth is more than 120 years ago.');

  draft.patient.phones.forEach((phone, i) => {
    if (!normalizeUsPhone(phone.number))
      add(`/patient/phones/${i}/number`, 'phone', 'Enter a 10-digit phone number with area code.');
  });
  for (const key of ['phone', 'fax'] as const) {
    const value = draft.prescriber[key];
    if (value !== undefined && !normalizeUsPhone(value))
      add(`/prescriber/${key}`, 'phone', 'Enter a 10-digit number with area code.');
  }

  draft.diagnoses.forEach((diagnosis, i) => {
    if (!isValidIcd10CmFormat(diagnosis.code))
      add(
        `/diagnoses/${i}/code`,
        'icd10_format',
        `"${diagnosis.code}" is not an ICD-10-CM code (letter, two characters, optional dot and up to four more).`,
      );
  });
  if (draft.diagnoses.filter((d) => d.isPrimary).length > 1)
    add('/diagnoses', 'one_primary', 'Mark only one diagnosis as primary.');

  const orders = draft.coverages.map((c) => c.order);
  if (new Set(orders).size !== orders.length)
    add(
      '/coverages',
      'duplicate_order',
      'Each coverage needs its own order (primary, secondary, tertiary).',
    );

  const start = draft.prescription.startDate;
  if (start !== undefined) {
    const offset = daysFrom(start, today);
    if (offset < -30)
      add(
        '/prescription/startDate',
        'out_of_range',
        'The start date is more than 30 days in the past.',
      );
    if (offset > 365)
      add('/prescription/startDate', 'out_of_range', 'The start date is more than a year away.');
  }
  (draft.clinical.labs ?? []).forEach((lab, i) => {
    if (daysFrom(lab.date, today) > 0)
      add(`/clinical/labs/${i}/date`, 'future_date', 'A lab result cannot be dated in the future.');
  });
  return problems;
}

/** The draft as stored: ICD-10-CM codes with their dot, phone numbers formatted, names trimmed. */
export function normalizeReferral(draft: ReferralDraft): ReferralDraft {
  return {
    ...draft,
    patient: {
      ...draft.patient,
      givenName: draft.patient.givenName.trim(),
      familyName: draft.patient.familyName.trim(),
      address: { ...draft.patient.address, postalCode: draft.patient.address.postalCode.trim() },
    },
    diagnoses: draft.diagnoses.map((d) => ({ ...d, code: normalizeIcd10Cm(d.code) })),
  };
}
