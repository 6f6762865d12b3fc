import { defineType } from '../element-types.ts';

/** https://hl7.org/fhir/R4/patient.html (structure table; R4 StructureDefinition Patient). ✅ */
export const PATIENT = defineType(
  'Patient',
  'domain-resource',
  'https://hl7.org/fhir/R4/patient.html',
  {
    identifier: '0..* Identifier',
    active: '0..1 boolean',
    name: '0..* HumanName',
    telecom: '0..* ContactPoint',
    gender: ['0..1 code', 'administrative-gender'],
    birthDate: '0..1 date',
    'deceased[x]': '0..1 boolean|dateTime',
    address: '0..* Address',
    maritalStatus: '0..1 CodeableConcept',
    'multipleBirth[x]': '0..1 boolean|integer',
    photo: '0..* Attachment',
    contact: [
      '0..* BackboneElement',
      {
        relationship: '0..* CodeableConcept',
        name: '0..1 HumanName',
        telecom: '0..* ContactPoint',
        address: '0..1 Address',
        gender: ['0..1 code', 'administrative-gender'],
        organization: '0..1 Reference(Organization)',
        period: '0..1 Period',
      },
    ],
    communication: [
      '0..* BackboneElement',
      { language: '1..1 CodeableConcept', preferred: '0..1 boolean' },
    ],
    generalPractitioner: '0..* Reference(Organization|Practitioner|PractitionerRole)',
    managingOrganization: '0..1 Reference(Organization)',
    link: [
      '0..* BackboneElement',
      { other: '1..1 Reference(Patient|RelatedPerson)', type: ['1..1 code', 'link-type'] },
    ],
  },
);
