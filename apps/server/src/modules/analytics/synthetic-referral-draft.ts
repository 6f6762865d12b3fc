// The referral as received, for synthetic history (demo and benchmarks): the patient's own
// demographics, a therapy-typical order, diagnosis and clinical facts, and an invented prescriber
// with a valid NPI. About one in seven arrives with something missing (an old lab, no start date)
// so the stored checklists are not all green, as at a real intake desk.
import { computeLuhnCheckDigit } from '@infusio/domain/identifiers';
import type {
  AccessDevice,
  AdministrationMethod,
  ReferralChannel,
  ReferralClinical,
  ReferralDraft,
  TherapyType,
} from '@infusio/domain/intake';
import type { HistoryReferral } from './synthetic-history.ts';

export interface DraftPerson {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: string;
  addressLine1: string;
  city: string;
  state: string;
  postalCode: string;
  phoneMobile: string | null;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  weightKg: number | null;
  heightCm: number | null;
}

interface TherapyOrder {
  diagnosis: readonly [string, string];
  dose: readonly [number, string];
  route: 'IV' | 'SC';
  frequency: string;
  durationDays: number;
  accessDevice: AccessDevice;
  method: AdministrationMethod;
  clinical: (labDate: string) => ReferralClinical;
}

const renal = (date: string) => [{ name: 'serum creatinine', value: '0.9 mg/dL', date }];

const ORDERS: Readonly<Record<TherapyType, TherapyOrder>> = {
  'anti-infective': {
    diagnosis: ['M86.172', 'Acute osteomyelitis, left ankle and foot'],
    dose: [1250, 'mg'],
    route: 'IV',
    frequency: 'q12h',
    durationDays: 42,
    accessDevice: 'PICC',
    method: 'gravity',
    clinical: (date) => ({
      cultureOrIndication: 'MRSA, bone biopsy culture',
      labs: renal(date),
      tipPlacementConfirmed: true,
    }),
  },
  ivig: {
    diagnosis: ['D83.9', 'Common variable immunodeficiency, unspecified'],
    dose: [0.4, 'g/kg'],
    route: 'IV',
    frequency: 'every 4 weeks',
    durationDays: 180,
    accessDevice: 'PIV',
    method: 'electronic-pump',
    clinical: (date) => ({ labs: [{ name: 'IgG trough', value: '520 mg/dL', date }] }),
  },
  scig: {
    diagnosis: ['D80.1', 'Nonfamilial hypogammaglobulinemia'],
    dose: [10, 'g'],
    route: 'SC',
    frequency: 'weekly',
    durationDays: 365,
    accessDevice: 'none',
    method: 'electronic-pump',
    clinical: () => ({}),
  },
  chemotherapy: {
    diagnosis: ['C18.7', 'Malignant neoplasm of sigmoid colon'],
    dose: [2400, 'mg/m2'],
    route: 'IV',
    frequency: 'over 46 hours every 2 weeks',
    durationDays: 84,
    accessDevice: 'port',
    method: 'elastomeric-pump',
    clinical: (date) => ({
      regimen: 'FOLFOX',
      pumpOrdered: 'elastomeric pump 46 h',
      labs: [{ name: 'CBC', value: 'ANC 2.1', date }],
    }),
  },
  'parenteral-nutrition': {
    diagnosis: ['K91.2', 'Postsurgical malabsorption'],
    dose: [2000, 'mL'],
    route: 'IV',
    frequency: 'nightly over 12 hours',
    durationDays: 60,
    accessDevice: 'PICC',
    method: 'electronic-pump',
    clinical: (date) => ({
      tipPlacementConfirmed: true,
      labs: [{ name: 'CMP', value: 'within normal limits', date }],
    }),
  },
  hydration: {
    diagnosis: ['E86.0', 'Dehydration'],
    dose: [1000, 'mL'],
    route: 'IV',
    frequency: 'daily',
    durationDays: 5,
    accessDevice: 'PIV',
    method: 'gravity',
    clinical: () => ({}),
  },
  inotrope: {
    diagnosis: ['I50.22', 'Chronic systolic (congestive) heart failure'],
    dose: [0.375, 'mcg/kg/min'],
    route: 'IV',
    frequency: 'continuous',
    durationDays: 90,
    accessDevice: 'PICC',
    method: 'electronic-pump',
    clinical: (date) => ({ tipPlacementConfirmed: true, labs: renal(date) }),
  },
  'pain-management': {
    diagnosis: ['G89.3', 'Neoplasm related pain (acute) (chronic)'],
    dose: [0.5, 'mg/h'],
    route: 'IV',
    frequency: 'continuous with PCA bolus',
    durationDays: 30,
    accessDevice: 'port',
    method: 'electronic-pump',
    clinical: () => ({ pumpOrdered: 'CADD-Solis PCA pump' }),
  },
  'pulmonary-hypertension': {
    diagnosis: ['I27.0', 'Primary pulmonary hypertension'],
    dose: [20, 'ng/kg/min'],
    route: 'IV',
    frequency: 'continuous',
    durationDays: 365,
    accessDevice: 'tunneled-CVC',
    method: 'electronic-pump',
    clinical: () => ({ pumpOrdered: 'CADD-Legacy pump' }),
  },
  biologic: {
    diagnosis: ['K50.90', "Crohn's disease, unspecified, without complications"],
    dose: [5, 'mg/kg'],
    route: 'IV',
    frequency: 'every 8 weeks',
    durationDays: 180,
    accessDevice: 'PIV',
    method: 'electronic-pump',
    clinical: () => ({}),
  },
  other: {
    diagnosis: ['D50.0', 'Iron deficiency anemia secondary to blood loss (chronic)'],
    dose: [200, 'mg'],
    route: 'IV',
    frequency: 'weekly',
    durationDays: 35,
    accessDevice: 'PIV',
    method: 'iv-push',
    clinical: () => ({}),
  },
};

export function inventedNpi(nineDigits: string): string {
  return `${nineDigits}${computeLuhnCheckDigit(`80840${nineDigits}`)}`;
}

const PRESCRIBERS = [
  ['Priya', 'Raman', 'Lakeview Infectious Disease', '123456789'],
  ['Marcus', 'Bell', 'Northside Hospitalist Group', '198765432'],
  ['Lin', 'Zhou', 'Rush Immunology Clinic', '165432198'],
  ['Elena', 'Ruiz', 'North Shore Oncology Associates', '154321987'],
] as const;

const isoDay = (at: Date, days = 0) =>
  new Date(at.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export function buildHistoryDraft(
  referral: HistoryReferral,
  person: DraftPerson,
  channel: ReferralChannel,
  rand: () => number,
): ReferralDraft {
  const order = ORDERS[referral.therapy];
  const incomplete = rand() < 0.15;
  const [givenName, familyName, practiceName, npi] =
    PRESCRIBERS[Math.floor(rand() * PRESCRIBERS.length)] ?? PRESCRIBERS[0];
  const drug = referral.admission?.drugName ?? order.diagnosis[1];
  return {
    channel,
    urgency: referral.urgency,
    sourceName: referral.referralSource,
    therapy: referral.therapy,
    patient: {
      givenName: person.givenName,
      familyName: person.familyName,
      birthDate: person.birthDate,
      sex: person.sex === 'male' ? 'male' : 'female',
      address: {
        line1: person.addressLine1,
        city: person.city,
        state: person.state,
        postalCode: person.postalCode,
      },
      phones: person.phoneMobile ? [{ use: 'mobile', number: person.phoneMobile }] : [],
      preferredLanguage: person.preferredLanguage,
      interpreterNeeded: person.interpreterNeeded,
      ...(person.weightKg === null ? {} : { weightKg: person.weightKg }),
      ...(person.heightCm === null ? {} : { heightCm: person.heightCm }),
    },
    coverages: [
      {
        order: 1,
        payerName: referral.payerName,
        memberId: `M${Math.floor(rand() * 1e9)
          .toString()
          .padStart(9, '0')}`,
        relationship: 'self',
      },
    ],
    prescription: {
      drugName: drug,
      doseValue: order.dose[0],
      doseUnit: order.dose[1],
      route: order.route,
      frequency: order.frequency,
      durationDays: order.durationDays,
      accessDevice: order.accessDevice,
      administrationMethod: order.method,
      ...(incomplete ? {} : { startDate: isoDay(referral.receivedAt, 2) }),
    },
    diagnoses: [{ code: order.diagnosis[0], description: order.diagnosis[1], isPrimary: true }],
    allergies: [{ substance: 'no known drug allergies' }],
    prescriber: {
      npi: inventedNpi(npi),
      givenName,
      familyName,
      practiceName,
      phone: '(312) 555-0190',
    },
    clinical: order.clinical(isoDay(referral.receivedAt, incomplete ? -12 : -1)),
  };
}
