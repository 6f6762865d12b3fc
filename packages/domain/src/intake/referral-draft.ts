/**
 * The canonical shape of a referral as it arrives, whatever the channel (console form, FHIR R4
 * bundle from an EHR, uploaded documents keyed in, a family's inquiry turned into a referral).
 * Every channel produces one of these; intake validates it, checks it against the therapy's
 * checklist and stores it in one transaction.
 */

export type ReferralChannel = 'console' | 'fhir' | 'document' | 'inquiry';
export type ReferralUrgency = 'urgent' | 'standard';

/** Administrative sex as FHIR R4 AdministrativeGender. */
export type AdministrativeSex = 'female' | 'male' | 'other' | 'unknown';

export type PhoneUse = 'mobile' | 'home' | 'work';

export type SubscriberRelationship = 'self' | 'spouse' | 'child' | 'other';

/** Route of administration as written on the prescription. */
export type AdministrationRoute = 'IV' | 'SC' | 'IM' | 'intrathecal' | 'other';

/** Vascular access device (DOMAIN.md §3.3). */
export type AccessDevice = 'PIV' | 'midline' | 'PICC' | 'tunneled-CVC' | 'port' | 'none';

/**
 * How the drug is given: decides Medicare benefit routing (DOMAIN.md §1): an electronic pump is
 * DME (E0781), an elastomeric pump or gravity or IV push is not.
 */
export type AdministrationMethod = 'electronic-pump' | 'elastomeric-pump' | 'gravity' | 'iv-push';

/** Therapy families: each has its own referral checklist and per diem coding. */
export type TherapyType =
  | 'anti-infective'
  | 'ivig'
  | 'scig'
  | 'chemotherapy'
  | 'parenteral-nutrition'
  | 'hydration'
  | 'inotrope'
  | 'pain-management'
  | 'pulmonary-hypertension'
  | 'biologic'
  | 'other';

export interface PostalAddress {
  line1: string;
  line2?: string;
  city: string;
  /** USPS two-letter state code. */
  state: string;
  /** 5-digit ZIP or ZIP+4. */
  postalCode: string;
}

export interface ReferralPatient {
  givenName: string;
  middleName?: string;
  familyName: string;
  /** ISO date YYYY-MM-DD. */
  birthDate: string;
  sex: AdministrativeSex;
  address: PostalAddress;
  phones: { use: PhoneUse; number: string }[];
  email?: string;
  /** BCP 47 tag: 'en', 'zh-Hans', 'es', ... */
  preferredLanguage: string;
  interpreterNeeded: boolean;
  weightKg?: number;
  heightCm?: number;
}

export interface ReferralCoverage {
  /** 1 primary, 2 secondary, 3 tertiary. */
  order: 1 | 2 | 3;
  payerName: string;
  /** Payer id as used on X12 (NM1*PR ... PI). */
  payerId?: string;
  planName?: string;
  memberId: string;
  groupNumber?: string;
  subscriberName?: string;
  relationship: SubscriberRelationship;
}

export interface ReferralPrescription {
  drugName: string;
  /** RxNorm concept id when the sender gave one. */
  rxnormCode?: string;
  /** 11-digit NDC when known. */
  ndc?: string;
  doseValue: number;
  doseUnit: string;
  route: AdministrationRoute;
  /** As written: 'q8h', 'q24h', 'every 4 weeks', 'continuous'. */
  frequency: string;
  durationDays?: number;
  accessDevice?: AccessDevice;
  administrationMethod?: AdministrationMethod;
  /** ISO date the therapy should start. */
  startDate?: string;
}

export interface ReferralDiagnosis {
  /** ICD-10-CM, normalised with the dot (J18.9). */
  code: string;
  description?: string;
  isPrimary: boolean;
}

export interface ReferralAllergy {
  substance: string;
  reaction?: string;
  severity?: 'mild' | 'moderate' | 'severe';
}

export interface ReferralPrescriber {
  npi: string;
  givenName: string;
  familyName: string;
  practiceName?: string;
  phone?: string;
  fax?: string;
}

export interface ReferralLabResult {
  /** e.g. 'serum creatinine', 'CBC', 'blood culture'. */
  name: string;
  value: string;
  /** ISO date drawn. */
  date: string;
}

/** Therapy-specific clinical facts the door checklist asks for (see therapy checklists). */
export interface ReferralClinical {
  /** Anti-infectives: organism/culture or the indication treated. */
  cultureOrIndication?: string;
  /** Chemotherapy: the regimen name (e.g. FOLFOX). */
  regimen?: string;
  /** Chemotherapy / pain: the pump ordered. */
  pumpOrdered?: string;
  labs?: ReferralLabResult[];
  /** VAD tip placement confirmed (X-ray), as DOMAIN.md §3.3 asks of PICC referrals. */
  tipPlacementConfirmed?: boolean;
  /** Hospital discharge pending: a priority flag for the queues. */
  dischargePending?: boolean;
}

export interface ReferralDraft {
  channel: ReferralChannel;
  urgency: ReferralUrgency;
  /** Who sent it: hospital, practice, case manager, payer. */
  sourceName?: string;
  /** The sender's own identifier (FHIR ServiceRequest id, fax number, ...). */
  sourceReference?: string;
  therapy: TherapyType;
  patient: ReferralPatient;
  coverages: ReferralCoverage[];
  prescription: ReferralPrescription;
  diagnoses: ReferralDiagnosis[];
  allergies: ReferralAllergy[];
  medicalHistory?: string;
  physicianInstructions?: string;
  prescriber: ReferralPrescriber;
  clinical: ReferralClinical;
}
