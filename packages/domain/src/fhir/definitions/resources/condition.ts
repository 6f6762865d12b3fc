import { defineType } from '../element-types.ts';

/** https://hl7.org/fhir/R4/condition.html ✅ */
export const CONDITION = defineType(
  'Condition',
  'domain-resource',
  'https://hl7.org/fhir/R4/condition.html',
  {
    identifier: '0..* Identifier',
    clinicalStatus: ['0..1 CodeableConcept', 'condition-clinical'],
    verificationStatus: ['0..1 CodeableConcept', 'condition-ver-status'],
    category: '0..* CodeableConcept',
    severity: '0..1 CodeableConcept',
    code: '0..1 CodeableConcept',
    bodySite: '0..* CodeableConcept',
    subject: '1..1 Reference(Patient|Group)',
    encounter: '0..1 Reference(Encounter)',
    'onset[x]': '0..1 dateTime|Age|Period|Range|string',
    'abatement[x]': '0..1 dateTime|Age|Period|Range|string',
    recordedDate: '0..1 dateTime',
    recorder: '0..1 Reference(Practitioner|PractitionerRole|Patient|RelatedPerson)',
    asserter: '0..1 Reference(Practitioner|PractitionerRole|Patient|RelatedPerson)',
    stage: [
      '0..* BackboneElement',
      {
        summary: '0..1 CodeableConcept',
        assessment: '0..* Reference(ClinicalImpression|DiagnosticReport|Observation)',
        type: '0..1 CodeableConcept',
      },
    ],
    evidence: [
      '0..* BackboneElement',
      { code: '0..* CodeableConcept', detail: '0..* Reference(Resource)' },
    ],
    note: '0..* Annotation',
  },
);
