// The maintained lists of reasons an admission is not admitted, put on hold, cancelled or
// discharged, and a referral declined. These are the defaults the database is seeded with;
// administrators add to and retire entries there. Codes are stable (reports group by them); the
// words shown to users live in the translation catalogues under reasons.<kind>.<code>.

export const REASON_KINDS = [
  'not-admitted',
  'on-hold',
  'cancelled',
  'discharged',
  'referral-declined',
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export interface DefaultReason {
  kind: ReasonKind;
  code: string;
  label: string;
}

const list = (kind: ReasonKind, entries: readonly [string, string][]): DefaultReason[] =>
  entries.map(([code, label]) => ({ kind, code, label }));

export const DEFAULT_REASONS: readonly DefaultReason[] = [
  ...list('not-admitted', [
    ['no-coverage', 'No coverage for home infusion'],
    ['patient-declined', 'Patient declined'],
    ['clinically-inappropriate', 'Clinically inappropriate for the home'],
    ['home-unsafe', 'Home environment unsafe'],
    ['unable-to-reach', 'Unable to reach the patient'],
    ['authorization-denied', 'Authorization denied'],
    ['out-of-service-area', 'Outside our service area'],
    ['no-caregiver', 'No capable caregiver for the therapy'],
    ['cost-to-patient', 'Patient cannot afford the cost share'],
    ['referred-elsewhere', 'Referral sent to another provider'],
  ]),
  ...list('on-hold', [
    ['hospital-readmission', 'Patient readmitted to hospital'],
    ['awaiting-orders', 'Awaiting orders from the prescriber'],
    ['awaiting-authorization', 'Awaiting payer decision'],
    ['patient-request', 'Patient asked to wait'],
    ['awaiting-line-placement', 'Awaiting vascular access placement'],
  ]),
  ...list('cancelled', [
    ['order-cancelled', 'Prescriber cancelled the order'],
    ['duplicate-referral', 'Duplicate referral'],
    ['patient-deceased', 'Patient deceased'],
    ['entered-in-error', 'Entered in error'],
  ]),
  ...list('discharged', [
    ['therapy-completed', 'Therapy completed'],
    ['transferred', 'Transferred to another provider'],
    ['hospitalized', 'Admitted to hospital'],
    ['patient-request', 'Patient request'],
    ['deceased', 'Deceased'],
  ]),
  ...list('referral-declined', [
    ['no-coverage', 'No coverage for home infusion'],
    ['clinically-inappropriate', 'Clinically inappropriate for the home'],
    ['out-of-service-area', 'Outside our service area'],
    ['capacity', 'No nursing capacity for the start date'],
    ['therapy-not-offered', 'Therapy not offered'],
  ]),
];
