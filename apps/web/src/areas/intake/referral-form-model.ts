// The console referral form as the inputs hold it: strings, and rows that may be blank. Blank rows
// are not sent (referral-form-draft.ts), and the kept rows' positions are remembered so a server
// error on /draft/diagnoses/1/code finds its input.
import type {
  AccessDevice,
  AdministrationMethod,
  AdministrationRoute,
  AdministrativeSex,
  PhoneUse,
  ReferralUrgency,
  SubscriberRelationship,
  TherapyType,
} from '@infusio/domain/intake';

export interface PhoneRow {
  use: PhoneUse;
  number: string;
}
export interface CoverageRow {
  payerName: string;
  payerId: string;
  planName: string;
  memberId: string;
  groupNumber: string;
  subscriberName: string;
  relationship: SubscriberRelationship;
}
export interface DiagnosisRow {
  code: string;
  description: string;
  isPrimary: boolean;
}
export interface AllergyRow {
  substance: string;
  reaction: string;
  severity: '' | 'mild' | 'moderate' | 'severe';
}
export interface LabRow {
  name: string;
  value: string;
  date: string;
}

export interface ReferralForm {
  therapy: TherapyType | '';
  urgency: ReferralUrgency;
  sourceName: string;
  sourceReference: string;
  patient: {
    givenName: string;
    middleName: string;
    familyName: string;
    birthDate: string;
    sex: AdministrativeSex | '';
    line1: string;
    line2: string;
    city: string;
    state: string;
    postalCode: string;
    phones: PhoneRow[];
    email: string;
    preferredLanguage: string;
    interpreterNeeded: boolean;
    weightKg: string;
    heightCm: string;
  };
  coverages: CoverageRow[];
  prescription: {
    drugName: string;
    doseValue: string;
    doseUnit: string;
    route: AdministrationRoute | '';
    frequency: string;
    durationDays: string;
    accessDevice: AccessDevice | '';
    administrationMethod: AdministrationMethod | '';
    startDate: string;
  };
  diagnoses: DiagnosisRow[];
  noKnownAllergies: boolean;
  allergies: AllergyRow[];
  medicalHistory: string;
  physicianInstructions: string;
  prescriber: {
    npi: string;
    givenName: string;
    familyName: string;
    practiceName: string;
    phone: string;
    fax: string;
  };
  clinical: {
    cultureOrIndication: string;
    regimen: string;
    pumpOrdered: string;
    labs: LabRow[];
    tipPlacementConfirmed: boolean;
    dischargePending: boolean;
  };
}

/** The substance the chart uses for "no known drug allergies" (patients chart-mappers NKDA). */
export const NKDA = 'NKDA';

export const emptyCoverage = (): CoverageRow => ({
  payerName: '',
  payerId: '',
  planName: '',
  memberId: '',
  groupNumber: '',
  subscriberName: '',
  relationship: 'self',
});
export const emptyDiagnosis = (isPrimary = false): DiagnosisRow => ({
  code: '',
  description: '',
  isPrimary,
});
export const emptyAllergy = (): AllergyRow => ({ substance: '', reaction: '', severity: '' });
export const emptyLab = (): LabRow => ({ name: '', value: '', date: '' });

export function emptyReferralForm(): ReferralForm {
  return {
    therapy: '',
    urgency: 'standard',
    sourceName: '',
    sourceReference: '',
    patient: {
      givenName: '',
      middleName: '',
      familyName: '',
      birthDate: '',
      sex: '',
      line1: '',
      line2: '',
      city: '',
      state: '',
      postalCode: '',
      phones: [
        { use: 'mobile', number: '' },
        { use: 'home', number: '' },
      ],
      email: '',
      preferredLanguage: 'en',
      interpreterNeeded: false,
      weightKg: '',
      heightCm: '',
    },
    coverages: [emptyCoverage()],
    prescription: {
      drugName: '',
      doseValue: '',
      doseUnit: '',
      route: '',
      frequency: '',
      durationDays: '',
      accessDevice: '',
      administrationMethod: '',
      startDate: '',
    },
    diagnoses: [emptyDiagnosis(true)],
    noKnownAllergies: false,
    allergies: [emptyAllergy()],
    medicalHistory: '',
    physicianInstructions: '',
    prescriber: { npi: '', givenName: '', familyName: '', practiceName: '', phone: '', fax: '' },
    clinical: {
      cultureOrIndication: '',
      regimen: '',
      pumpOrdered: '',
      labs: [emptyLab()],
      tipPlacementConfirmed: false,
      dischargePending: false,
    },
  };
}

const isBlank = (row: object) =>
  Object.values(row).every((v) => typeof v !== 'string' || v.trim() === '');

/** Positions of the rows that are not blank, in order. */
function keptRows<T extends object>(rows: readonly T[], blank: (row: T) => boolean = isBlank) {
  return rows.flatMap((row, i) => (blank(row) ? [] : [i]));
}

/** Which form row each draft array entry came from. */
export interface RowMaps {
  phones: number[];
  coverages: number[];
  diagnoses: number[];
  allergies: number[];
  labs: number[];
}

export function rowMapsOf(form: ReferralForm): RowMaps {
  return {
    phones: keptRows(form.patient.phones, (p) => p.number.trim() === ''),
    coverages: keptRows(form.coverages, (c) => isBlank({ ...c, relationship: '' })),
    diagnoses: keptRows(form.diagnoses, (d) => d.code.trim() === '' && d.description.trim() === ''),
    allergies: form.noKnownAllergies ? [] : keptRows(form.allergies),
    labs: keptRows(form.clinical.labs),
  };
}

/** The rows with one of them changed. */
export function replaceAt<T>(rows: readonly T[], index: number, change: Partial<T>): T[] {
  return rows.map((row, i) => (i === index ? { ...row, ...change } : row));
}
