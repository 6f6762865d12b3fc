// What the form checks before it sends anything (required fields, NPI check digit, ICD-10-CM
// shape, dialable phones, numbers), and where a server field error belongs: a JSON pointer into
// the draft becomes the id of the input that holds it.
import {
  explainInvalidNpi,
  isValidIcd10CmFormat,
  normalizeUsPhone,
} from '@infusio/domain/identifiers';
import { rowMapsOf, type ReferralForm, type RowMaps } from './referral-form-model.ts';

/** The id of the input holding a draft field: fieldId('patient', 'address', 'city'). */
export function fieldId(...path: (string | number)[]): string {
  return `rf-${path.join('-')}`;
}

export interface FieldIssue {
  /** Stable code, translated as intake.form.errors.<code>. */
  code: string;
  /** Values for the translation (for example the digits an NPI has). */
  values?: Record<string, string | number>;
  /** The server's own words, shown when the catalogue lacks the code. */
  message?: string;
}

export type FieldIssues = Record<string, FieldIssue>;

const ARRAYS: readonly { path: string; map: keyof RowMaps }[] = [
  { path: 'patient/phones', map: 'phones' },
  { path: 'coverages', map: 'coverages' },
  { path: 'diagnoses', map: 'diagnoses' },
  { path: 'allergies', map: 'allergies' },
  { path: 'clinical/labs', map: 'labs' },
];

/**
 * The input id for a server error's pointer ('/draft/patient/birthDate' → 'rf-patient-birthDate'),
 * translating positions in the draft's arrays back to the form's rows (blank rows are not sent).
 */
export function fieldIdOfPointer(pointer: string, maps: RowMaps): string {
  const segments = pointer
    .replace(/^\/draft(?=\/|$)/, '')
    .split('/')
    .filter(Boolean);
  for (const { path, map } of ARRAYS) {
    const prefix = path.split('/');
    const index = segments[prefix.length];
    if (
      prefix.every((part, i) => segments[i] === part) &&
      index !== undefined &&
      /^\d+$/.test(index)
    ) {
      const row = maps[map][Number(index)];
      if (row !== undefined) segments[prefix.length] = String(row);
    }
  }
  return fieldId(...segments);
}

const today = (now: Date) => now.toISOString().slice(0, 10);

/** Everything the form can tell before sending; the server checks again and may add more. */
export function validateReferralForm(form: ReferralForm, now: Date = new Date()): FieldIssues {
  const issues: FieldIssues = {};
  const add = (id: string, issue: FieldIssue) => {
    issues[id] ??= issue;
  };
  const required = (value: string, ...path: (string | number)[]) => {
    if (value.trim() === '') add(fieldId(...path), { code: 'required' });
  };
  const phone = (value: string, ...path: (string | number)[]) => {
    if (value.trim() !== '' && !normalizeUsPhone(value)) add(fieldId(...path), { code: 'phone' });
  };
  const positive = (value: string, integer: boolean, ...path: (string | number)[]) => {
    if (value.trim() === '') return;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
      add(fieldId(...path), { code: integer ? 'wholeNumber' : 'positiveNumber' });
  };
  const maps = rowMapsOf(form);
  const p = form.patient;

  required(form.therapy, 'therapy');
  required(p.givenName, 'patient', 'givenName');
  required(p.familyName, 'patient', 'familyName');
  required(p.birthDate, 'patient', 'birthDate');
  if (p.birthDate && p.birthDate > today(now))
    add(fieldId('patient', 'birthDate'), { code: 'futureDate' });
  required(p.sex, 'patient', 'sex');
  required(p.line1, 'patient', 'address', 'line1');
  required(p.city, 'patient', 'address', 'city');
  required(p.state, 'patient', 'address', 'state');
  required(p.postalCode, 'patient', 'address', 'postalCode');
  if (p.postalCode.trim() && !/^[0-9]{5}(-[0-9]{4})?$/.test(p.postalCode.trim()))
    add(fieldId('patient', 'address', 'postalCode'), { code: 'zip' });
  p.phones.forEach((row, i) => phone(row.number, 'patient', 'phones', i, 'number'));
  if (p.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.email.trim()))
    add(fieldId('patient', 'email'), { code: 'email' });
  positive(p.weightKg, false, 'patient', 'weightKg');
  positive(p.heightCm, false, 'patient', 'heightCm');

  for (const i of maps.coverages) {
    const c = form.coverages[i];
    if (!c) continue;
    required(c.payerName, 'coverages', i, 'payerName');
    required(c.memberId, 'coverages', i, 'memberId');
  }

  const rx = form.prescription;
  required(rx.drugName, 'prescription', 'drugName');
  required(rx.doseValue, 'prescription', 'doseValue');
  positive(rx.doseValue, false, 'prescription', 'doseValue');
  required(rx.doseUnit, 'prescription', 'doseUnit');
  required(rx.route, 'prescription', 'route');
  required(rx.frequency, 'prescription', 'frequency');
  positive(rx.durationDays, true, 'prescription', 'durationDays');

  for (const i of maps.diagnoses) {
    const d = form.diagnoses[i];
    if (!d) continue;
    required(d.code, 'diagnoses', i, 'code');
    if (d.code.trim() && !isValidIcd10CmFormat(d.code))
      add(fieldId('diagnoses', i, 'code'), { code: 'icd10', values: { code: d.code.trim() } });
  }
  for (const i of maps.allergies)
    required(form.allergies[i]?.substance ?? '', 'allergies', i, 'substance');
  for (const i of maps.labs) {
    const lab = form.clinical.labs[i];
    if (!lab) continue;
    required(lab.name, 'clinical', 'labs', i, 'name');
    required(lab.value, 'clinical', 'labs', i, 'value');
    required(lab.date, 'clinical', 'labs', i, 'date');
    if (lab.date && lab.date > today(now))
      add(fieldId('clinical', 'labs', i, 'date'), { code: 'futureDate' });
  }

  const npi = form.prescriber.npi.trim();
  required(npi, 'prescriber', 'npi');
  const npiProblem = npi ? npiIssue(npi) : undefined;
  if (npiProblem) add(fieldId('prescriber', 'npi'), npiProblem);
  required(form.prescriber.givenName, 'prescriber', 'givenName');
  required(form.prescriber.familyName, 'prescriber', 'familyName');
  phone(form.prescriber.phone, 'prescriber', 'phone');
  phone(form.prescriber.fax, 'prescriber', 'fax');
  return issues;
}

/** Why an NPI fails, as a code the catalogue translates. */
export function npiIssue(npi: string): FieldIssue | undefined {
  if (!explainInvalidNpi(npi)) return undefined;
  if (!/^\d+$/.test(npi)) return { code: 'npiDigits' };
  if (npi.length !== 10) return { code: 'npiLength', values: { count: npi.length } };
  return { code: 'npiCheckDigit' };
}

/**
 * Checks shown while the user types, once a value is complete enough to judge: the NPI when it
 * has ten characters (or a non-digit), a diagnosis code from its third character.
 */
export function liveFieldIssues(form: ReferralForm): FieldIssues {
  const issues: FieldIssues = {};
  const npi = form.prescriber.npi.trim();
  if (npi.length >= 10 || /\D/.test(npi)) {
    const issue = npiIssue(npi);
    if (issue) issues[fieldId('prescriber', 'npi')] = issue;
  }
  form.diagnoses.forEach((d, i) => {
    const code = d.code.trim();
    if (code.length >= 3 && !isValidIcd10CmFormat(code))
      issues[fieldId('diagnoses', i, 'code')] = { code: 'icd10', values: { code } };
  });
  return issues;
}
