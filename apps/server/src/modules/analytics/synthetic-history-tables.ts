// The mixes behind the synthetic admission history (demo organisation and benchmarks). Invented,
// plausible proportions for a mid-sized home infusion branch — not industry statistics: DOMAIN.md
// §4.2 has no benchmark for these (❌), and nothing in the product reads them.
import type { AdmissionStage } from '@infusio/domain/intake';
import type { ReferralUrgency, TherapyType } from '@infusio/domain/intake';

export type Weighted<T> = readonly (readonly [T, number])[];

export const THERAPY_MIX: Weighted<TherapyType> = [
  ['anti-infective', 40],
  ['ivig', 11],
  ['hydration', 9],
  ['chemotherapy', 9],
  ['parenteral-nutrition', 8],
  ['biologic', 8],
  ['scig', 6],
  ['inotrope', 5],
  ['pain-management', 4],
];

export const PAYER_MIX: Weighted<string> = [
  ['Medicare Part B', 22],
  ['Blue Cross Blue Shield of Illinois', 24],
  ['UnitedHealthcare', 15],
  ['Aetna', 12],
  ['Illinois Medicaid (HFS)', 14],
  ['Humana Medicare Advantage', 13],
];

export interface SourceProfile {
  name: string;
  /** Hospital discharge planners send urgent referrals more often. */
  isHospital: boolean;
}

export const SOURCE_MIX: Weighted<SourceProfile> = [
  [{ name: 'Northside Hospital discharge planning', isHospital: true }, 30],
  [{ name: 'Lakeshore Medical Center case management', isHospital: true }, 20],
  [{ name: 'Lakeview Infectious Disease', isHospital: false }, 18],
  [{ name: 'Rush Immunology Clinic', isHospital: false }, 10],
  [{ name: 'North Shore Oncology Associates', isHospital: false }, 10],
  [{ name: 'Payer case management', isHospital: false }, 7],
  [{ name: 'Patient or family inquiry', isHospital: false }, 5],
];

/** Hours spent in each intake stage before moving on: [shortest, longest] for a standard referral. */
export const STAGE_HOURS: Readonly<Partial<Record<AdmissionStage, readonly [number, number]>>> = {
  'referral-received': [1, 14],
  'information-complete': [2, 22],
  'benefits-verified': [3, 50],
  authorized: [0.5, 6],
  'pharmacist-assessment-done': [1, 12],
  'financial-review-acknowledged': [2, 16],
  'medication-ready': [1, 8],
  'first-visit-scheduled': [4, 26],
};

/** Prior authorization takes longer for specialty drugs. */
export const AUTHORIZATION_FACTOR: Readonly<Partial<Record<TherapyType, number>>> = {
  ivig: 1.8,
  scig: 1.5,
  biologic: 1.8,
  chemotherapy: 1.4,
  'pulmonary-hypertension': 1.6,
};

export const URGENCY_FACTOR: Readonly<Record<ReferralUrgency, number>> = {
  urgent: 0.55,
  standard: 1,
};

/** Days of therapy after start of care before discharge: [shortest, longest]. */
export const THERAPY_DAYS: Readonly<Record<TherapyType, readonly [number, number]>> = {
  'anti-infective': [7, 28],
  ivig: [28, 84],
  scig: [30, 90],
  chemotherapy: [14, 42],
  'parenteral-nutrition': [20, 60],
  hydration: [3, 7],
  inotrope: [14, 60],
  'pain-management': [10, 30],
  'pulmonary-hypertension': [60, 120],
  biologic: [30, 90],
  other: [7, 30],
};

/** Where referrals leave the journey without start of care, and why. */
export const NOT_ADMITTED_EXITS: Weighted<{ stage: AdmissionStage; reason: string }> = [
  [{ stage: 'referral-received', reason: 'unable-to-reach' }, 2],
  [{ stage: 'referral-received', reason: 'patient-declined' }, 2],
  [{ stage: 'information-complete', reason: 'clinically-inappropriate' }, 1],
  [{ stage: 'information-complete', reason: 'home-unsafe' }, 1],
  [{ stage: 'information-complete', reason: 'no-caregiver' }, 1],
  [{ stage: 'benefits-verified', reason: 'no-coverage' }, 3],
  [{ stage: 'benefits-verified', reason: 'authorization-denied' }, 3],
  [{ stage: 'financial-review-acknowledged', reason: 'cost-to-patient' }, 2],
  [{ stage: 'benefits-verified', reason: 'referred-elsewhere' }, 1],
];

export const CANCELLED_EXITS: Weighted<{ stage: AdmissionStage; reason: string }> = [
  [{ stage: 'referral-received', reason: 'duplicate-referral' }, 1],
  [{ stage: 'information-complete', reason: 'order-cancelled' }, 1],
];

export const HOLDS: Weighted<{ stage: AdmissionStage; reason: string }> = [
  [{ stage: 'benefits-verified', reason: 'awaiting-authorization' }, 3],
  [{ stage: 'information-complete', reason: 'awaiting-line-placement' }, 2],
  [{ stage: 'authorized', reason: 'hospital-readmission' }, 2],
  [{ stage: 'referral-received', reason: 'awaiting-orders' }, 1],
];

export const DECLINE_REASONS: Weighted<string> = [
  ['out-of-service-area', 3],
  ['capacity', 2],
  ['therapy-not-offered', 1],
  ['no-coverage', 2],
];

export const DRUGS: Readonly<Record<TherapyType, readonly string[]>> = {
  'anti-infective': ['vancomycin', 'ceftriaxone', 'ertapenem', 'daptomycin', 'cefazolin'],
  ivig: ['immune globulin intravenous (human) 10%'],
  scig: ['immune globulin subcutaneous (human) 20%'],
  chemotherapy: ['fluorouracil'],
  'parenteral-nutrition': ['parenteral nutrition 3-in-1 admixture'],
  hydration: ['sodium chloride 0.9%'],
  inotrope: ['milrinone'],
  'pain-management': ['hydromorphone'],
  'pulmonary-hypertension': ['treprostinil'],
  biologic: ['infliximab'],
  other: ['iron sucrose'],
};
