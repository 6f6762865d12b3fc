/**
 * Required-strength value set bindings of FHIR R4 (4.0.1) that the intake resources use. A value
 * outside a required value set is an error (terminologies.html#required). Each row names the
 * value set's canonical URL (its page is https://hl7.org/fhir/R4/valueset-<id>.html) and the code
 * system a Coding must carry. Confidence: ✅ codes as listed on the R4 value set pages (and in the
 * R4 StructureDefinitions' bindings as generated into fhir-crucible/fhir_models).
 */

export interface RequiredValueSet {
  url: string;
  /** The code system of the codes, for Coding/CodeableConcept bindings. */
  system: string;
  codes: ReadonlySet<string>;
}

function valueSet(id: string, system: string, codes: readonly string[]): RequiredValueSet {
  return { url: `http://hl7.org/fhir/ValueSet/${id}`, system, codes: new Set(codes) };
}

const HL7 = 'http://hl7.org/fhir';
const THO = 'http://terminology.hl7.org/CodeSystem';

export const REQUIRED_VALUE_SETS: Readonly<Record<string, RequiredValueSet>> = {
  'administrative-gender': valueSet('administrative-gender', `${HL7}/administrative-gender`, [
    'male',
    'female',
    'other',
    'unknown',
  ]),
  'identifier-use': valueSet('identifier-use', `${HL7}/identifier-use`, [
    'usual',
    'official',
    'temp',
    'secondary',
    'old',
  ]),
  'name-use': valueSet('name-use', `${HL7}/name-use`, [
    'usual',
    'official',
    'temp',
    'nickname',
    'anonymous',
    'old',
    'maiden',
  ]),
  'address-use': valueSet('address-use', `${HL7}/address-use`, [
    'home',
    'work',
    'temp',
    'old',
    'billing',
  ]),
  'address-type': valueSet('address-type', `${HL7}/address-type`, ['postal', 'physical', 'both']),
  'contact-point-system': valueSet('contact-point-system', `${HL7}/contact-point-system`, [
    'phone',
    'fax',
    'email',
    'pager',
    'url',
    'sms',
    'other',
  ]),
  'contact-point-use': valueSet('contact-point-use', `${HL7}/contact-point-use`, [
    'home',
    'work',
    'temp',
    'old',
    'mobile',
  ]),
  'quantity-comparator': valueSet('quantity-comparator', `${HL7}/quantity-comparator`, [
    '<',
    '<=',
    '>=',
    '>',
  ]),
  'narrative-status': valueSet('narrative-status', `${HL7}/narrative-status`, [
    'generated',
    'extensions',
    'additional',
    'empty',
  ]),
  'units-of-time': valueSet('units-of-time', 'http://unitsofmeasure.org', [
    's',
    'min',
    'h',
    'd',
    'wk',
    'mo',
    'a',
  ]),
  'days-of-week': valueSet('days-of-week', `${HL7}/days-of-week`, [
    'mon',
    'tue',
    'wed',
    'thu',
    'fri',
    'sat',
    'sun',
  ]),
  // event-timing unites http://hl7.org/fhir/event-timing and v3 TimingEvent codes.
  'event-timing': valueSet('event-timing', `${HL7}/event-timing`, [
    'MORN',
    'MORN.early',
    'MORN.late',
    'NOON',
    'AFT',
    'AFT.early',
    'AFT.late',
    'EVE',
    'EVE.early',
    'EVE.late',
    'NIGHT',
    'PHS',
    'HS',
    'WAKE',
    'C',
    'CM',
    'CD',
    'CV',
    'AC',
    'ACM',
    'ACD',
    'ACV',
    'PC',
    'PCM',
    'PCD',
    'PCV',
  ]),
  'bundle-type': valueSet('bundle-type', `${HL7}/bundle-type`, [
    'document',
    'message',
    'transaction',
    'transaction-response',
    'batch',
    'batch-response',
    'history',
    'searchset',
    'collection',
  ]),
  'http-verb': valueSet('http-verb', `${HL7}/http-verb`, [
    'GET',
    'HEAD',
    'POST',
    'PUT',
    'DELETE',
    'PATCH',
  ]),
  'search-entry-mode': valueSet('search-entry-mode', `${HL7}/search-entry-mode`, [
    'match',
    'include',
    'outcome',
  ]),
  'link-type': valueSet('link-type', `${HL7}/link-type`, [
    'replaced-by',
    'replaces',
    'refer',
    'seealso',
  ]),
  'medicationrequest-status': valueSet(
    'medicationrequest-status',
    `${HL7}/CodeSystem/medicationrequest-status`,
    [
      'active',
      'on-hold',
      'cancelled',
      'completed',
      'entered-in-error',
      'stopped',
      'draft',
      'unknown',
    ],
  ),
  'medicationrequest-intent': valueSet(
    'medicationrequest-intent',
    `${HL7}/CodeSystem/medicationrequest-intent`,
    [
      'proposal',
      'plan',
      'order',
      'original-order',
      'reflex-order',
      'filler-order',
      'instance-order',
      'option',
    ],
  ),
  'request-priority': valueSet('request-priority', `${HL7}/request-priority`, [
    'routine',
    'urgent',
    'asap',
    'stat',
  ]),
  'request-status': valueSet('request-status', `${HL7}/request-status`, [
    'draft',
    'active',
    'on-hold',
    'revoked',
    'completed',
    'entered-in-error',
    'unknown',
  ]),
  'request-intent': valueSet('request-intent', `${HL7}/request-intent`, [
    'proposal',
    'plan',
    'directive',
    'order',
    'original-order',
    'reflex-order',
    'filler-order',
    'instance-order',
    'option',
  ]),
  'fm-status': valueSet('fm-status', `${HL7}/fm-status`, [
    'active',
    'cancelled',
    'draft',
    'entered-in-error',
  ]),
  'medication-status': valueSet('medication-status', `${HL7}/CodeSystem/medication-status`, [
    'active',
    'inactive',
    'entered-in-error',
  ]),
  'condition-clinical': valueSet('condition-clinical', `${THO}/condition-clinical`, [
    'active',
    'recurrence',
    'relapse',
    'inactive',
    'remission',
    'resolved',
  ]),
  'condition-ver-status': valueSet('condition-ver-status', `${THO}/condition-ver-status`, [
    'unconfirmed',
    'provisional',
    'differential',
    'confirmed',
    'refuted',
    'entered-in-error',
  ]),
  'allergyintolerance-clinical': valueSet(
    'allergyintolerance-clinical',
    `${THO}/allergyintolerance-clinical`,
    ['active', 'inactive', 'resolved'],
  ),
  'allergyintolerance-verification': valueSet(
    'allergyintolerance-verification',
    `${THO}/allergyintolerance-verification`,
    ['unconfirmed', 'confirmed', 'refuted', 'entered-in-error'],
  ),
  'allergy-intolerance-type': valueSet(
    'allergy-intolerance-type',
    `${HL7}/allergy-intolerance-type`,
    ['allergy', 'intolerance'],
  ),
  'allergy-intolerance-category': valueSet(
    'allergy-intolerance-category',
    `${HL7}/allergy-intolerance-category`,
    ['food', 'medication', 'environment', 'biologic'],
  ),
  'allergy-intolerance-criticality': valueSet(
    'allergy-intolerance-criticality',
    `${HL7}/allergy-intolerance-criticality`,
    ['low', 'high', 'unable-to-assess'],
  ),
  'reaction-event-severity': valueSet('reaction-event-severity', `${HL7}/reaction-event-severity`, [
    'mild',
    'moderate',
    'severe',
  ]),
};
