/**
 * FHIR R4 (4.0.1) complex datatypes used by the intake resources. Element names, cardinalities and
 * types as in the spec's structure tables; confirmed against the R4 StructureDefinitions (as
 * generated into fhir-crucible/fhir_models lib/fhir_models/r4/generated/types/*.rb).
 * Confidence: ✅ (spec tables).
 */
import { defineType } from './element-types.ts';
import type { TypeDefinition } from './element-types.ts';

const DATATYPES_PAGE = 'https://hl7.org/fhir/R4/datatypes.html';

const QUANTITY_ELEMENTS = {
  value: '0..1 decimal',
  comparator: ['0..1 code', 'quantity-comparator'],
  unit: '0..1 string',
  system: '0..1 uri',
  code: '0..1 code',
} as const;

/** SimpleQuantity: a Quantity without comparator (sqty-1, enforced by leaving it out). */
const { comparator: _comparator, ...SIMPLE_QUANTITY_ELEMENTS } = QUANTITY_ELEMENTS;

/** Every type an extension's value[x] may take in R4 (extensibility.html#Extension). */
export const OPEN_TYPES = [
  'base64Binary',
  'boolean',
  'canonical',
  'code',
  'date',
  'dateTime',
  'decimal',
  'id',
  'instant',
  'integer',
  'markdown',
  'oid',
  'positiveInt',
  'string',
  'time',
  'unsignedInt',
  'uri',
  'url',
  'uuid',
  'Address',
  'Age',
  'Annotation',
  'Attachment',
  'CodeableConcept',
  'Coding',
  'ContactPoint',
  'Count',
  'Distance',
  'Duration',
  'HumanName',
  'Identifier',
  'Money',
  'Period',
  'Quantity',
  'Range',
  'Ratio',
  'Reference',
  'SampledData',
  'Signature',
  'Timing',
  'ContactDetail',
  'Contributor',
  'DataRequirement',
  'Expression',
  'ParameterDefinition',
  'RelatedArtifact',
  'TriggerDefinition',
  'UsageContext',
  'Dosage',
  'Meta',
] as const;

/**
 * Datatypes that may appear (in extensions) but whose inside we do not check: accepted as any
 * non-empty JSON object. A known gap, listed in the module README.
 */
export const UNCHECKED_DATATYPES: ReadonlySet<string> = new Set([
  'SampledData',
  'ContactDetail',
  'Contributor',
  'DataRequirement',
  'Expression',
  'ParameterDefinition',
  'RelatedArtifact',
  'TriggerDefinition',
  'UsageContext',
]);

const definitions: TypeDefinition[] = [
  defineType('Identifier', 'datatype', DATATYPES_PAGE + '#Identifier', {
    use: ['0..1 code', 'identifier-use'],
    type: '0..1 CodeableConcept',
    system: '0..1 uri',
    value: '0..1 string',
    period: '0..1 Period',
    assigner: '0..1 Reference(Organization)',
  }),
  defineType('HumanName', 'datatype', DATATYPES_PAGE + '#HumanName', {
    use: ['0..1 code', 'name-use'],
    text: '0..1 string',
    family: '0..1 string',
    given: '0..* string',
    prefix: '0..* string',
    suffix: '0..* string',
    period: '0..1 Period',
  }),
  defineType('Address', 'datatype', DATATYPES_PAGE + '#Address', {
    use: ['0..1 code', 'address-use'],
    type: ['0..1 code', 'address-type'],
    text: '0..1 string',
    line: '0..* string',
    city: '0..1 string',
    district: '0..1 string',
    state: '0..1 string',
    postalCode: '0..1 string',
    country: '0..1 string',
    period: '0..1 Period',
  }),
  defineType('ContactPoint', 'datatype', DATATYPES_PAGE + '#ContactPoint', {
    system: ['0..1 code', 'contact-point-system'],
    value: '0..1 string',
    use: ['0..1 code', 'contact-point-use'],
    rank: '0..1 positiveInt',
    period: '0..1 Period',
  }),
  defineType('CodeableConcept', 'datatype', DATATYPES_PAGE + '#CodeableConcept', {
    coding: '0..* Coding',
    text: '0..1 string',
  }),
  defineType('Coding', 'datatype', DATATYPES_PAGE + '#Coding', {
    system: '0..1 uri',
    version: '0..1 string',
    code: '0..1 code',
    display: '0..1 string',
    userSelected: '0..1 boolean',
  }),
  defineType('Reference', 'datatype', 'https://hl7.org/fhir/R4/references.html#Reference', {
    reference: '0..1 string',
    type: '0..1 uri',
    identifier: '0..1 Identifier',
    display: '0..1 string',
  }),
  defineType('Period', 'datatype', DATATYPES_PAGE + '#Period', {
    start: '0..1 dateTime',
    end: '0..1 dateTime',
  }),
  defineType('Quantity', 'datatype', DATATYPES_PAGE + '#Quantity', QUANTITY_ELEMENTS),
  defineType(
    'SimpleQuantity',
    'datatype',
    DATATYPES_PAGE + '#SimpleQuantity',
    SIMPLE_QUANTITY_ELEMENTS,
  ),
  defineType('Duration', 'datatype', DATATYPES_PAGE + '#Duration', QUANTITY_ELEMENTS),
  defineType('Age', 'datatype', DATATYPES_PAGE + '#Age', QUANTITY_ELEMENTS),
  defineType('Count', 'datatype', DATATYPES_PAGE + '#Count', QUANTITY_ELEMENTS),
  defineType('Distance', 'datatype', DATATYPES_PAGE + '#Distance', QUANTITY_ELEMENTS),
  defineType('Money', 'datatype', DATATYPES_PAGE + '#Money', {
    value: '0..1 decimal',
    currency: '0..1 code',
  }),
  defineType('Range', 'datatype', DATATYPES_PAGE + '#Range', {
    low: '0..1 SimpleQuantity',
    high: '0..1 SimpleQuantity',
  }),
  defineType('Ratio', 'datatype', DATATYPES_PAGE + '#Ratio', {
    numerator: '0..1 Quantity',
    denominator: '0..1 Quantity',
  }),
  defineType('Annotation', 'datatype', DATATYPES_PAGE + '#Annotation', {
    'author[x]': '0..1 Reference(Practitioner|Patient|RelatedPerson|Organization)|string',
    time: '0..1 dateTime',
    text: '1..1 markdown',
  }),
  defineType('Attachment', 'datatype', DATATYPES_PAGE + '#Attachment', {
    contentType: '0..1 code',
    language: '0..1 code',
    data: '0..1 base64Binary',
    url: '0..1 url',
    size: '0..1 unsignedInt',
    hash: '0..1 base64Binary',
    title: '0..1 string',
    creation: '0..1 dateTime',
  }),
  defineType('Signature', 'datatype', DATATYPES_PAGE + '#Signature', {
    type: '1..* Coding',
    when: '1..1 instant',
    who: '1..1 Reference(Practitioner|PractitionerRole|RelatedPerson|Patient|Device|Organization)',
    onBehalfOf:
      '0..1 Reference(Practitioner|PractitionerRole|RelatedPerson|Patient|Device|Organization)',
    targetFormat: '0..1 code',
    sigFormat: '0..1 code',
    data: '0..1 base64Binary',
  }),
  defineType('Meta', 'datatype', 'https://hl7.org/fhir/R4/resource.html#Meta', {
    versionId: '0..1 id',
    lastUpdated: '0..1 instant',
    source: '0..1 uri',
    profile: '0..* canonical',
    security: '0..* Coding',
    tag: '0..* Coding',
  }),
  defineType('Narrative', 'datatype', 'https://hl7.org/fhir/R4/narrative.html#Narrative', {
    status: ['1..1 code', 'narrative-status'],
    div: '1..1 xhtml',
  }),
  defineType('Extension', 'datatype', 'https://hl7.org/fhir/R4/extensibility.html#Extension', {
    url: '1..1 uri',
    'value[x]': `0..1 ${OPEN_TYPES.join('|')}`,
  }),
  defineType('Timing', 'backbone-datatype', DATATYPES_PAGE + '#Timing', {
    event: '0..* dateTime',
    repeat: [
      '0..1 Element',
      {
        'bounds[x]': '0..1 Duration|Range|Period',
        count: '0..1 positiveInt',
        countMax: '0..1 positiveInt',
        duration: '0..1 decimal',
        durationMax: '0..1 decimal',
        durationUnit: ['0..1 code', 'units-of-time'],
        frequency: '0..1 positiveInt',
        frequencyMax: '0..1 positiveInt',
        period: '0..1 decimal',
        periodMax: '0..1 decimal',
        periodUnit: ['0..1 code', 'units-of-time'],
        dayOfWeek: ['0..* code', 'days-of-week'],
        timeOfDay: '0..* time',
        when: ['0..* code', 'event-timing'],
        offset: '0..1 unsignedInt',
      },
    ],
    code: '0..1 CodeableConcept',
  }),
  defineType('Dosage', 'backbone-datatype', 'https://hl7.org/fhir/R4/dosage.html', {
    sequence: '0..1 integer',
    text: '0..1 string',
    additionalInstruction: '0..* CodeableConcept',
    patientInstruction: '0..1 string',
    timing: '0..1 Timing',
    'asNeeded[x]': '0..1 boolean|CodeableConcept',
    site: '0..1 CodeableConcept',
    route: '0..1 CodeableConcept',
    method: '0..1 CodeableConcept',
    doseAndRate: [
      '0..* Element',
      {
        type: '0..1 CodeableConcept',
        'dose[x]': '0..1 Range|SimpleQuantity',
        'rate[x]': '0..1 Ratio|Range|SimpleQuantity',
      },
    ],
    maxDosePerPeriod: '0..1 Ratio',
    maxDosePerAdministration: '0..1 SimpleQuantity',
    maxDosePerLifetime: '0..1 SimpleQuantity',
  }),
];

export const DATATYPES: ReadonlyMap<string, TypeDefinition> = new Map(
  definitions.map((d) => [d.name, d]),
);
