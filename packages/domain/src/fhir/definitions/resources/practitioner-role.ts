import { defineType } from '../element-types.ts';

/** https://hl7.org/fhir/R4/practitionerrole.html ✅ (EHRs send it to tie a prescriber to a practice). */
export const PRACTITIONER_ROLE = defineType(
  'PractitionerRole',
  'domain-resource',
  'https://hl7.org/fhir/R4/practitionerrole.html',
  {
    identifier: '0..* Identifier',
    active: '0..1 boolean',
    period: '0..1 Period',
    practitioner: '0..1 Reference(Practitioner)',
    organization: '0..1 Reference(Organization)',
    code: '0..* CodeableConcept',
    specialty: '0..* CodeableConcept',
    location: '0..* Reference(Location)',
    healthcareService: '0..* Reference(HealthcareService)',
    telecom: '0..* ContactPoint',
    availableTime: [
      '0..* BackboneElement',
      {
        daysOfWeek: ['0..* code', 'days-of-week'],
        allDay: '0..1 boolean',
        availableStartTime: '0..1 time',
        availableEndTime: '0..1 time',
      },
    ],
    notAvailable: ['0..* BackboneElement', { description: '1..1 string', during: '0..1 Period' }],
    availabilityExceptions: '0..1 string',
    endpoint: '0..* Reference(Endpoint)',
  },
);
