import { defineType } from '../element-types.ts';

/** https://hl7.org/fhir/R4/coverage.html ✅ */
export const COVERAGE = defineType(
  'Coverage',
  'domain-resource',
  'https://hl7.org/fhir/R4/coverage.html',
  {
    identifier: '0..* Identifier',
    status: ['1..1 code', 'fm-status'],
    type: '0..1 CodeableConcept',
    policyHolder: '0..1 Reference(Patient|RelatedPerson|Organization)',
    subscriber: '0..1 Reference(Patient|RelatedPerson)',
    subscriberId: '0..1 string',
    beneficiary: '1..1 Reference(Patient)',
    dependent: '0..1 string',
    relationship: '0..1 CodeableConcept',
    period: '0..1 Period',
    payor: '1..* Reference(Organization|Patient|RelatedPerson)',
    class: [
      '0..* BackboneElement',
      { type: '1..1 CodeableConcept', value: '1..1 string', name: '0..1 string' },
    ],
    order: '0..1 positiveInt',
    network: '0..1 string',
    costToBeneficiary: [
      '0..* BackboneElement',
      {
        type: '0..1 CodeableConcept',
        'value[x]': '1..1 SimpleQuantity|Money',
        exception: [
          '0..* BackboneElement',
          { type: '1..1 CodeableConcept', period: '0..1 Period' },
        ],
      },
    ],
    subrogation: '0..1 boolean',
    contract: '0..* Reference(Contract)',
  },
);
