import { defineType } from '../element-types.ts';

/** https://hl7.org/fhir/R4/practitioner.html ✅ */
export const PRACTITIONER = defineType(
  'Practitioner',
  'domain-resource',
  'https://hl7.org/fhir/R4/practitioner.html',
  {
    identifier: '0..* Identifier',
    active: '0..1 boolean',
    name: '0..* HumanName',
    telecom: '0..* ContactPoint',
    address: '0..* Address',
    gender: ['0..1 code', 'administrative-gender'],
    birthDate: '0..1 date',
    photo: '0..* Attachment',
    qualification: [
      '0..* BackboneElement',
      {
        identifier: '0..* Identifier',
        code: '1..1 CodeableConcept',
        period: '0..1 Period',
        issuer: '0..1 Reference(Organization)',
      },
    ],
    communication: '0..* CodeableConcept',
  },
);
