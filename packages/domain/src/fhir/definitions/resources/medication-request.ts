import { defineType } from '../element-types.ts';

const WHO = 'Practitioner|PractitionerRole|Organization|Patient|RelatedPerson|Device';

/** https://hl7.org/fhir/R4/medicationrequest.html ✅ */
export const MEDICATION_REQUEST = defineType(
  'MedicationRequest',
  'domain-resource',
  'https://hl7.org/fhir/R4/medicationrequest.html',
  {
    identifier: '0..* Identifier',
    status: ['1..1 code', 'medicationrequest-status'],
    statusReason: '0..1 CodeableConcept',
    intent: ['1..1 code', 'medicationrequest-intent'],
    category: '0..* CodeableConcept',
    priority: ['0..1 code', 'request-priority'],
    doNotPerform: '0..1 boolean',
    'reported[x]':
      '0..1 boolean|Reference(Patient|Practitioner|PractitionerRole|RelatedPerson|Organization)',
    'medication[x]': '1..1 CodeableConcept|Reference(Medication)',
    subject: '1..1 Reference(Patient|Group)',
    encounter: '0..1 Reference(Encounter)',
    supportingInformation: '0..* Reference(Resource)',
    authoredOn: '0..1 dateTime',
    requester: `0..1 Reference(${WHO})`,
    performer: `0..1 Reference(${WHO}|CareTeam)`,
    performerType: '0..1 CodeableConcept',
    recorder: '0..1 Reference(Practitioner|PractitionerRole)',
    reasonCode: '0..* CodeableConcept',
    reasonReference: '0..* Reference(Condition|Observation)',
    instantiatesCanonical: '0..* canonical',
    instantiatesUri: '0..* uri',
    basedOn: '0..* Reference(CarePlan|MedicationRequest|ServiceRequest|ImmunizationRecommendation)',
    groupIdentifier: '0..1 Identifier',
    courseOfTherapyType: '0..1 CodeableConcept',
    insurance: '0..* Reference(Coverage|ClaimResponse)',
    note: '0..* Annotation',
    dosageInstruction: '0..* Dosage',
    dispenseRequest: [
      '0..1 BackboneElement',
      {
        initialFill: [
          '0..1 BackboneElement',
          { quantity: '0..1 SimpleQuantity', duration: '0..1 Duration' },
        ],
        dispenseInterval: '0..1 Duration',
        validityPeriod: '0..1 Period',
        numberOfRepeatsAllowed: '0..1 unsignedInt',
        quantity: '0..1 SimpleQuantity',
        expectedSupplyDuration: '0..1 Duration',
        performer: '0..1 Reference(Organization)',
      },
    ],
    substitution: [
      '0..1 BackboneElement',
      { 'allowed[x]': '1..1 boolean|CodeableConcept', reason: '0..1 CodeableConcept' },
    ],
    priorPrescription: '0..1 Reference(MedicationRequest)',
    detectedIssue: '0..* Reference(DetectedIssue)',
    eventHistory: '0..* Reference(Provenance)',
  },
);
