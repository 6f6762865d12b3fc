import { defineType } from '../element-types.ts';

/** https://hl7.org/fhir/R4/allergyintolerance.html ✅ */
export const ALLERGY_INTOLERANCE = defineType(
  'AllergyIntolerance',
  'domain-resource',
  'https://hl7.org/fhir/R4/allergyintolerance.html',
  {
    identifier: '0..* Identifier',
    clinicalStatus: ['0..1 CodeableConcept', 'allergyintolerance-clinical'],
    verificationStatus: ['0..1 CodeableConcept', 'allergyintolerance-verification'],
    type: ['0..1 code', 'allergy-intolerance-type'],
    category: ['0..* code', 'allergy-intolerance-category'],
    criticality: ['0..1 code', 'allergy-intolerance-criticality'],
    code: '0..1 CodeableConcept',
    patient: '1..1 Reference(Patient)',
    encounter: '0..1 Reference(Encounter)',
    'onset[x]': '0..1 dateTime|Age|Period|Range|string',
    recordedDate: '0..1 dateTime',
    recorder: '0..1 Reference(Practitioner|PractitionerRole|Patient|RelatedPerson)',
    asserter: '0..1 Reference(Patient|RelatedPerson|Practitioner|PractitionerRole)',
    lastOccurrence: '0..1 dateTime',
    note: '0..* Annotation',
    reaction: [
      '0..* BackboneElement',
      {
        substance: '0..1 CodeableConcept',
        manifestation: '1..* CodeableConcept',
        description: '0..1 string',
        onset: '0..1 dateTime',
        severity: ['0..1 code', 'reaction-event-severity'],
        exposureRoute: '0..1 CodeableConcept',
        note: '0..* Annotation',
      },
    ],
  },
);
