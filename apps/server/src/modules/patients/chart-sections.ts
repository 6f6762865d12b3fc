// Which sections of a chart a caller receives, as data. Staff, physicians and the patient get a
// section when the policy table grants its resource for this patient (patientScope). A caregiver's
// grant is 'delegated': the patient gave her access, and the permissions on that delegation decide
// which sections she sees — clinical sections only with view-clinical, coverage only with
// view-billing. The delegation is the only way a caregiver reaches a section.
import type { Resource } from '@infusio/domain/access';
import type { CaregiverPermission } from './chart-vocabulary.ts';
import type { ChangedEntity } from './record-change.ts';

export const CHART_SECTIONS = [
  'demographics',
  'contacts',
  'caregivers',
  'allergies',
  'diagnoses',
  'medications',
  'coverages',
  'documents',
  'admissions',
] as const;
export type ChartSection = (typeof CHART_SECTIONS)[number];

export interface SectionRule {
  /** The policy resource whose read grant shows the section. */
  resource: Resource;
  /**
   * What a caregiver's delegation must carry to see the section: a permission, 'with-patient'
   * (the delegation itself suffices, as for demographics) or 'never'.
   */
  delegated: CaregiverPermission | 'with-patient' | 'never';
}

export const SECTION_RULES: Readonly<Record<ChartSection, SectionRule>> = {
  demographics: { resource: 'patient', delegated: 'with-patient' },
  contacts: { resource: 'patient', delegated: 'with-patient' },
  caregivers: { resource: 'caregiver', delegated: 'never' },
  allergies: { resource: 'patient-clinical', delegated: 'view-clinical' },
  diagnoses: { resource: 'patient-clinical', delegated: 'view-clinical' },
  medications: { resource: 'patient-clinical', delegated: 'view-clinical' },
  coverages: { resource: 'coverage', delegated: 'view-billing' },
  documents: { resource: 'document', delegated: 'never' },
  admissions: { resource: 'admission', delegated: 'view-schedule' },
};

export type SectionVisibility = Readonly<Record<ChartSection, boolean>>;

/**
 * The sections shown: those the caller's own (non-delegated) grants reach for this patient, plus
 * those the caregiver delegation's permissions open. `delegation` is undefined when the caller
 * holds no active caregiver delegation for the patient.
 */
export function decideSections(input: {
  granted: (resource: Resource) => boolean;
  delegation: { permissions: readonly string[] } | undefined;
}): SectionVisibility {
  const entries = CHART_SECTIONS.map((section): [ChartSection, boolean] => {
    const rule = SECTION_RULES[section];
    if (input.granted(rule.resource)) return [section, true];
    const { delegation } = input;
    if (!delegation || rule.delegated === 'never') return [section, false];
    return [
      section,
      rule.delegated === 'with-patient' || delegation.permissions.includes(rule.delegated),
    ];
  });
  return Object.fromEntries(entries) as Record<ChartSection, boolean>;
}

/** Which sections a history row needs: every one listed must be visible to show it. */
const SECTIONS_OF_ENTITY: Readonly<Record<ChangedEntity, readonly ChartSection[]>> = {
  patient: ['demographics'],
  contact: ['contacts'],
  caregiver: ['caregivers'],
  allergy: ['allergies'],
  diagnosis: ['diagnoses'],
  medication: ['medications'],
  coverage: ['coverages'],
  admission: ['admissions'],
  // A referral carries the prescription and diagnoses as well as the journey.
  referral: ['admissions', 'diagnoses'],
  document: ['documents'],
};

/** The entities whose history rows this caller may read. */
export function visibleEntities(sections: SectionVisibility): ChangedEntity[] {
  return (Object.keys(SECTIONS_OF_ENTITY) as ChangedEntity[]).filter((entity) =>
    SECTIONS_OF_ENTITY[entity].every((section) => sections[section]),
  );
}
