import { defineType } from '../element-types.ts';

/** https://hl7.org/fhir/R4/organization.html ✅ */
export const ORGANIZATION = defineType(
  'Organization',
  'domain-resource',
  'https://hl7.org/fhir/R4/organization.html',
  {
    identifier: '0..* Identifier',
    active: '0..1 boolean',
    type: '0..* CodeableConcept',
    name: '0..1 string',
    alias: '0..* string',
    telecom: '0..* ContactPoint',
    address: '0..* Address',
    partOf: '0..1 Reference(Organization)',
    contact: [
      '0..* BackboneElement',
      {
        purpose: '0..1 CodeableConcept',
        name: '0..1 HumanName',
        telecom: '0..* ContactPoint',
        address: '0..1 Address',
      },
    ],
    endpoint: '0..* Reference(Endpoint)',
  },
);
