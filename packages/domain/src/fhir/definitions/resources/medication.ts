import { defineType } from '../element-types.ts';

/** https://hl7.org/fhir/R4/medication.html ✅ */
export const MEDICATION = defineType(
  'Medication',
  'domain-resource',
  'https://hl7.org/fhir/R4/medication.html',
  {
    identifier: '0..* Identifier',
    code: '0..1 CodeableConcept',
    status: ['0..1 code', 'medication-status'],
    manufacturer: '0..1 Reference(Organization)',
    form: '0..1 CodeableConcept',
    amount: '0..1 Ratio',
    ingredient: [
      '0..* BackboneElement',
      {
        'item[x]': '1..1 CodeableConcept|Reference(Substance|Medication)',
        isActive: '0..1 boolean',
        strength: '0..1 Ratio',
      },
    ],
    batch: ['0..1 BackboneElement', { lotNumber: '0..1 string', expirationDate: '0..1 dateTime' }],
  },
);
