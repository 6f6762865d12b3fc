import { describe, expect, it } from 'vitest';
import { POLICY, type Resource, type Role } from '@infusio/domain/access';
import { CAREGIVER_PERMISSIONS } from './chart-vocabulary.ts';
import {
  CHART_SECTIONS,
  decideSections,
  visibleEntities,
  type ChartSection,
} from './chart-sections.ts';

/**
 * A role's own read grants as chart-access passes them (scope assumed to reach the patient); a
 * delegated grant is not the caregiver's own, so it does not count.
 */
function grantedTo(role: Role) {
  return (resource: Resource) => {
    const grant = POLICY[role][resource];
    return grant?.actions.includes('read') === true && grant.scope !== 'delegated';
  };
}
const shown = (visibility: Record<ChartSection, boolean>) =>
  CHART_SECTIONS.filter((section) => visibility[section]);

describe('chart sections by role', () => {
  it.each([
    ['intake', [...CHART_SECTIONS]],
    [
      'nurse',
      [
        'demographics',
        'contacts',
        'caregivers',
        'allergies',
        'diagnoses',
        'medications',
        'documents',
        'admissions',
      ],
    ],
    ['billing', ['demographics', 'contacts', 'coverages', 'admissions']],
    ['scheduler', ['demographics', 'contacts', 'admissions']],
    [
      'physician',
      [
        'demographics',
        'contacts',
        'allergies',
        'diagnoses',
        'medications',
        'documents',
        'admissions',
      ],
    ],
    // HIPAA right of access: a patient reads her whole own chart.
    ['patient', [...CHART_SECTIONS]],
  ] as const)('shows %s the sections the policy table grants', (role, expected) => {
    expect(shown(decideSections({ granted: grantedTo(role), delegation: undefined }))).toEqual(
      expected,
    );
  });

  it('shows a caregiver with no delegation nothing at all', () => {
    expect(
      shown(decideSections({ granted: grantedTo('caregiver'), delegation: undefined })),
    ).toEqual([]);
  });
});

describe('a caregiver’s delegation', () => {
  const asCaregiver = (permissions: string[]) =>
    shown(decideSections({ granted: () => false, delegation: { permissions } }));

  it.each([
    [[], ['demographics', 'contacts']],
    [['view-clinical'], ['demographics', 'contacts', 'allergies', 'diagnoses', 'medications']],
    [['view-billing'], ['demographics', 'contacts', 'coverages']],
    [['view-schedule'], ['demographics', 'contacts', 'admissions']],
    [
      ['record-care', 'message'],
      ['demographics', 'contacts'],
    ],
  ])('with %j shows %j', (permissions, expected) => {
    expect(asCaregiver(permissions)).toEqual(expected);
  });

  it('never shows caregivers or documents, whatever the permissions', () => {
    const all = asCaregiver([...CAREGIVER_PERMISSIONS]);
    expect(all).not.toContain('caregivers');
    expect(all).not.toContain('documents');
  });
});

describe('history rows by visible section', () => {
  it('hides clinical and referral history from a caregiver without view-clinical', () => {
    const entities = visibleEntities(
      decideSections({ granted: () => false, delegation: { permissions: ['view-schedule'] } }),
    );
    expect(entities.sort()).toEqual(['admission', 'contact', 'patient']);
  });

  it('shows a referral’s history only with both admissions and diagnoses', () => {
    const billing = visibleEntities(
      decideSections({ granted: grantedTo('billing'), delegation: undefined }),
    );
    expect(billing).not.toContain('referral');
    const intake = visibleEntities(
      decideSections({ granted: grantedTo('intake'), delegation: undefined }),
    );
    expect(intake).toContain('referral');
  });
});
