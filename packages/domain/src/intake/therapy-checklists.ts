// What a referral must contain, by therapy, checked at the door so the sender hears what is
// missing at submission instead of days later. The generic items follow the NHIA / home-care
// referral document checklist (DOMAIN.md §4.1 ✅); the therapy-specific items are the ones the
// product brief names (IVIG: immune-deficiency diagnosis and weight; anti-infectives: culture or
// indication, line type and recent renal labs; chemotherapy: regimen and pump) plus DOMAIN.md §3.3
// (PICC tip placement). The recent-lab window is our policy (❌ no standard), configurable.
import { findDiagnosisInGroup } from '../coverage/diagnosis-groups.ts';
import { isValidIcd10CmFormat } from '../identifiers/icd10.ts';
import { isValidNpi } from '../identifiers/npi.ts';
import type { ReferralDraft, TherapyType } from './referral-draft.ts';

/** Who has to supply the missing item: the referral source, or a role inside the provider. */
export type ChecklistOwner = 'referral-source' | 'intake' | 'pharmacist';

export interface ChecklistContext {
  /** ISO date the referral was received, for "recent" labs. */
  receivedOn: string;
  /** Labs older than this many days do not count as recent. */
  recentLabDays: number;
}

export const DEFAULT_RECENT_LAB_DAYS = 7;

export interface ChecklistItem {
  id: string;
  therapies: readonly TherapyType[] | 'all';
  owner: ChecklistOwner;
  /** English text; the web app translates by id (referralChecklist.<id>). */
  description: string;
  source: string;
  isSatisfied(draft: ReferralDraft, context: ChecklistContext): boolean;
}

const IV_THERAPIES: readonly TherapyType[] = [
  'anti-infective',
  'ivig',
  'chemotherapy',
  'parenteral-nutrition',
  'hydration',
  'inotrope',
  'pain-management',
  'pulmonary-hypertension',
  'biologic',
];
const CENTRAL_LINES = new Set(['PICC', 'tunneled-CVC', 'port']);
const RENAL_LAB = /creatinine|\bscr\b|bmp|cmp|renal|egfr|crcl|bun/i;
const CHEMISTRY_LAB = /bmp|cmp|chem|electrolyte|potassium|glucose|triglyceride/i;

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round(
    (Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000,
  );
}

function hasRecentLab(draft: ReferralDraft, context: ChecklistContext, pattern: RegExp): boolean {
  return (draft.clinical.labs ?? []).some((lab) => {
    const age = daysBetween(lab.date, context.receivedOn);
    return pattern.test(lab.name) && age >= 0 && age <= context.recentLabDays;
  });
}

const DOMAIN_41 =
  'DOMAIN.md §4.1 referral document checklist (NHIA / home-care referral guides) ✅';
const BRIEF = 'Product brief, issue "Referral to start of care": therapy-specific checklist';

export const REFERRAL_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'patient-demographics',
    therapies: 'all',
    owner: 'referral-source',
    description: 'Legal name, date of birth, sex and the home address where care is given',
    source: DOMAIN_41,
    isSatisfied: ({ patient: p }) =>
      Boolean(
        p.givenName &&
        p.familyName &&
        p.birthDate &&
        p.sex !== 'unknown' &&
        p.address.line1 &&
        p.address.city &&
        p.address.state &&
        p.address.postalCode,
      ),
  },
  {
    id: 'patient-phone',
    therapies: 'all',
    owner: 'referral-source',
    description: 'A phone number to reach the patient',
    source: DOMAIN_41,
    isSatisfied: ({ patient }) =>
      patient.phones.some((phone) => phone.number.replace(/\D/g, '').length >= 10),
  },
  {
    id: 'insurance',
    therapies: 'all',
    owner: 'referral-source',
    description: 'Insurance: payer and member id (front and back of the card)',
    source: DOMAIN_41,
    isSatisfied: ({ coverages }) =>
      coverages.some((c) => c.payerName.trim() !== '' && c.memberId.trim() !== ''),
  },
  {
    id: 'prescription-complete',
    therapies: 'all',
    owner: 'referral-source',
    description: 'Signed order: drug, dose, route, frequency and duration',
    source: DOMAIN_41,
    isSatisfied: ({ prescription: rx }) =>
      Boolean(
        rx.drugName &&
        rx.doseValue > 0 &&
        rx.doseUnit &&
        rx.frequency &&
        rx.durationDays !== undefined &&
        rx.durationDays > 0,
      ),
  },
  {
    id: 'start-date',
    therapies: 'all',
    owner: 'referral-source',
    description: 'The date therapy should start',
    source: DOMAIN_41,
    isSatisfied: ({ prescription }) => prescription.startDate !== undefined,
  },
  {
    id: 'diagnosis',
    therapies: 'all',
    owner: 'referral-source',
    description: 'At least one ICD-10-CM diagnosis',
    source: DOMAIN_41,
    isSatisfied: ({ diagnoses }) => diagnoses.some((d) => isValidIcd10CmFormat(d.code)),
  },
  {
    id: 'allergies',
    therapies: 'all',
    owner: 'referral-source',
    description: 'Allergies, or "no known drug allergies"',
    source: DOMAIN_41,
    isSatisfied: ({ allergies }) => allergies.length > 0,
  },
  {
    id: 'prescriber',
    therapies: 'all',
    owner: 'referral-source',
    description: 'Prescriber with a valid NPI and a phone or fax number',
    source: DOMAIN_41,
    isSatisfied: ({ prescriber: p }) =>
      isValidNpi(p.npi) && Boolean(p.familyName) && Boolean(p.phone ?? p.fax),
  },
  {
    id: 'access-device',
    therapies: IV_THERAPIES,
    owner: 'referral-source',
    description: 'Vascular access device (line type)',
    source: `${DOMAIN_41}; ${BRIEF} (anti-infectives: line type)`,
    isSatisfied: ({ prescription, therapy }) =>
      (prescription.route !== 'IV' && therapy !== 'anti-infective') ||
      (prescription.accessDevice !== undefined && prescription.accessDevice !== 'none'),
  },
  {
    id: 'picc-tip-confirmed',
    therapies: 'all',
    owner: 'referral-source',
    description: 'PICC tip placement confirmation (chest X-ray)',
    source: 'DOMAIN.md §3.3 / §4.1: PICC referrals include tip-placement confirmation ✅',
    isSatisfied: ({ prescription, clinical }) =>
      prescription.accessDevice !== 'PICC' || clinical.tipPlacementConfirmed === true,
  },
  {
    id: 'immune-deficiency-diagnosis',
    therapies: ['ivig', 'scig'],
    owner: 'referral-source',
    description: 'The immune-deficiency diagnosis (ICD-10-CM D80–D83, G11.3)',
    source: `${BRIEF} (IVIG); PID codes from coverage/diagnosis-groups (MBPM ch.15 §50.6 ✅)`,
    isSatisfied: ({ diagnoses }) =>
      findDiagnosisInGroup(
        diagnoses.map((d) => d.code),
        'primary-immune-deficiency',
      ) !== undefined,
  },
  {
    id: 'weight',
    therapies: [
      'ivig',
      'scig',
      'parenteral-nutrition',
      'inotrope',
      'pulmonary-hypertension',
      'chemotherapy',
    ],
    owner: 'referral-source',
    description: 'Current weight (dosing)',
    source: `${BRIEF} (IVIG: weight); DOMAIN.md §4.1 height/weight`,
    isSatisfied: ({ patient }) => patient.weightKg !== undefined && patient.weightKg > 0,
  },
  {
    id: 'culture-or-indication',
    therapies: ['anti-infective'],
    owner: 'referral-source',
    description: 'The culture result or the indication being treated',
    source: `${BRIEF} (antibiotics); DOMAIN.md §4.1 cultures & sensitivities`,
    isSatisfied: ({ clinical }) => Boolean(clinical.cultureOrIndication?.trim()),
  },
  {
    id: 'recent-renal-labs',
    therapies: ['anti-infective'],
    owner: 'referral-source',
    description: 'Recent renal labs (serum creatinine or BMP)',
    source: `${BRIEF} (antibiotics: recent renal labs); DOMAIN.md §3.7 (vancomycin needs a current creatinine)`,
    isSatisfied: (draft, context) => hasRecentLab(draft, context, RENAL_LAB),
  },
  {
    id: 'chemotherapy-regimen',
    therapies: ['chemotherapy'],
    owner: 'referral-source',
    description: 'The chemotherapy regimen',
    source: BRIEF,
    isSatisfied: ({ clinical }) => Boolean(clinical.regimen?.trim()),
  },
  {
    id: 'pump-ordered',
    therapies: ['chemotherapy', 'pain-management', 'pulmonary-hypertension'],
    owner: 'referral-source',
    description: 'The infusion pump ordered',
    source: `${BRIEF} (chemotherapy: pump); DOMAIN.md §1.2 (pump codes)`,
    isSatisfied: ({ clinical }) => Boolean(clinical.pumpOrdered?.trim()),
  },
  {
    id: 'central-line',
    therapies: ['parenteral-nutrition', 'inotrope', 'pulmonary-hypertension'],
    owner: 'referral-source',
    description: 'A central line (PICC, tunneled catheter or port)',
    source:
      'DOMAIN.md §3.3 (TPN and continuous vesicant/inotrope infusions need central access) ⚠️',
    isSatisfied: ({ prescription }) =>
      prescription.accessDevice !== undefined && CENTRAL_LINES.has(prescription.accessDevice),
  },
  {
    id: 'recent-chemistry-labs',
    therapies: ['parenteral-nutrition'],
    owner: 'referral-source',
    description: 'Recent chemistry labs (BMP/CMP)',
    source: 'DOMAIN.md §4.1 recent labs ✅; TPN baseline chemistry ⚠️',
    isSatisfied: (draft, context) => hasRecentLab(draft, context, CHEMISTRY_LAB),
  },
];

export interface ChecklistResult {
  complete: boolean;
  items: { id: string; description: string; owner: ChecklistOwner; satisfied: boolean }[];
  missing: { id: string; description: string; owner: ChecklistOwner }[];
}

export function checklistFor(
  therapy: TherapyType,
  items: readonly ChecklistItem[] = REFERRAL_CHECKLIST,
): ChecklistItem[] {
  return items.filter((item) => item.therapies === 'all' || item.therapies.includes(therapy));
}

export function checkReferral(
  draft: ReferralDraft,
  context: ChecklistContext,
  items: readonly ChecklistItem[] = REFERRAL_CHECKLIST,
): ChecklistResult {
  const evaluated = checklistFor(draft.therapy, items).map((item) => ({
    id: item.id,
    description: item.description,
    owner: item.owner,
    satisfied: item.isSatisfied(draft, context),
  }));
  const missing = evaluated
    .filter((item) => !item.satisfied)
    .map(({ id, description, owner }) => ({ id, description, owner }));
  return { complete: missing.length === 0, items: evaluated, missing };
}
