/**
 * The FHIR R4 invariants (constraints) we check, by the type or backbone element they sit on. Each
 * row carries the spec's key and wording; the check is a plain function over the JSON element.
 * Only cheap, local invariants are here: the bundle-level ones (bdl-*) live in validate-bundle.ts
 * and the contained-resource ones (dom-*) in validate-resource.ts.
 * Sources: the "Constraints" tables of https://hl7.org/fhir/R4/datatypes.html, extensibility.html,
 * patient.html, organization.html, condition.html, allergyintolerance.html, servicerequest.html. ✅
 */
import type { IssueSeverity } from '../outcome/operation-outcome.ts';
import { getObject, getObjects, getString, getStrings } from './json.ts';
import type { JsonObject } from './json.ts';

export interface Invariant {
  key: string;
  severity: IssueSeverity;
  /** The spec's human description. */
  human: string;
  holds: (element: JsonObject) => boolean;
}

const UCUM = 'http://unitsofmeasure.org';
const has = (obj: JsonObject, key: string): boolean => obj[key] !== undefined;
const hasAny = (obj: JsonObject, prefix: string): boolean =>
  Object.keys(obj).some((k) => k.startsWith(prefix) && k.length > prefix.length);

function codingCodes(concept: JsonObject | undefined, system: string): string[] {
  if (concept === undefined) return [];
  return getObjects(concept, 'coding')
    .filter((c) => getString(c, 'system') === system)
    .map((c) => getString(c, 'code'))
    .filter((code): code is string => code !== undefined);
}

/** Compares two FHIR date/dateTime values of the same precision; undefined when not comparable. */
function isNotAfter(start: string, end: string): boolean | undefined {
  if (start.length <= 10 && end.length <= 10 && start.length === end.length) return start <= end;
  if (start.length > 10 && end.length > 10) {
    const a = Date.parse(start);
    const b = Date.parse(end);
    return Number.isNaN(a) || Number.isNaN(b) ? undefined : a <= b;
  }
  return undefined;
}

const QUANTITY_INVARIANTS: Invariant[] = [
  {
    key: 'qty-3',
    severity: 'error',
    human: 'If a code for the unit is present, the system SHALL also be present',
    holds: (q) => !has(q, 'code') || has(q, 'system'),
  },
];

const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const CONDITION_VER = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const ALLERGY_VER = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification';

const isEnteredInError = (obj: JsonObject, system: string): boolean =>
  codingCodes(getObject(obj, 'verificationStatus'), system).includes('entered-in-error');

export const INVARIANTS: Readonly<Record<string, readonly Invariant[]>> = {
  Extension: [
    {
      key: 'ext-1',
      severity: 'error',
      human: 'Must have either extensions or value[x], not both',
      holds: (e) => has(e, 'extension') !== hasAny(e, 'value'),
    },
  ],
  Period: [
    {
      key: 'per-1',
      severity: 'error',
      human: 'If present, start SHALL have a lower value than end',
      holds: (p) => {
        const start = getString(p, 'start');
        const end = getString(p, 'end');
        return start === undefined || end === undefined || isNotAfter(start, end) !== false;
      },
    },
  ],
  ContactPoint: [
    {
      key: 'cpt-2',
      severity: 'error',
      human: 'A system is required if a value is provided.',
      holds: (c) => !has(c, 'value') || has(c, 'system'),
    },
  ],
  Quantity: QUANTITY_INVARIANTS,
  SimpleQuantity: QUANTITY_INVARIANTS,
  Count: QUANTITY_INVARIANTS,
  Distance: QUANTITY_INVARIANTS,
  Age: QUANTITY_INVARIANTS,
  Duration: [
    ...QUANTITY_INVARIANTS,
    {
      key: 'drt-1',
      severity: 'error',
      human:
        'There SHALL be a code if there is a value and it SHALL be an expression of time.  If system is present, it SHALL be UCUM.',
      holds: (d) => !has(d, 'code') || (getString(d, 'system') === UCUM && has(d, 'value')),
    },
  ],
  Range: [
    {
      key: 'rng-2',
      severity: 'error',
      human: 'If present, low SHALL have a lower value than high',
      holds: (r) => {
        const low = getObject(r, 'low')?.value;
        const high = getObject(r, 'high')?.value;
        return typeof low !== 'number' || typeof high !== 'number' || low <= high;
      },
    },
  ],
  Ratio: [
    {
      key: 'rat-1',
      severity: 'error',
      human:
        'Numerator and denominator SHALL both be present, or both are absent. If both are absent, there SHALL be some extension present',
      holds: (r) =>
        has(r, 'numerator') === has(r, 'denominator') &&
        (has(r, 'numerator') || has(r, 'extension')),
    },
  ],
  Attachment: [
    {
      key: 'att-1',
      severity: 'error',
      human: 'If the Attachment has data, it SHALL have a contentType',
      holds: (a) => !has(a, 'data') || has(a, 'contentType'),
    },
  ],
  'Timing.repeat': [
    {
      key: 'tim-1',
      severity: 'error',
      human: "if there's a duration, there needs to be duration units",
      holds: (r) => !has(r, 'duration') || has(r, 'durationUnit'),
    },
    {
      key: 'tim-2',
      severity: 'error',
      human: "if there's a period, there needs to be period units",
      holds: (r) => !has(r, 'period') || has(r, 'periodUnit'),
    },
    {
      key: 'tim-4',
      severity: 'error',
      human: 'duration SHALL be a non-negative value',
      holds: (r) => typeof r.duration !== 'number' || r.duration >= 0,
    },
    {
      key: 'tim-5',
      severity: 'error',
      human: 'period SHALL be a non-negative value',
      holds: (r) => typeof r.period !== 'number' || r.period >= 0,
    },
    {
      key: 'tim-6',
      severity: 'error',
      human: "If there's a periodMax, there must be a period",
      holds: (r) => !has(r, 'periodMax') || has(r, 'period'),
    },
    {
      key: 'tim-7',
      severity: 'error',
      human: "If there's a durationMax, there must be a duration",
      holds: (r) => !has(r, 'durationMax') || has(r, 'duration'),
    },
    {
      key: 'tim-8',
      severity: 'error',
      human: "If there's a countMax, there must be a count",
      holds: (r) => !has(r, 'countMax') || has(r, 'count'),
    },
    {
      key: 'tim-9',
      severity: 'error',
      human: "If there's an offset, there must be a when (and not C, CM, CD, CV)",
      holds: (r) => {
        if (!has(r, 'offset')) return true;
        const when = getStrings(r, 'when');
        return when.length > 0 && !when.some((w) => ['C', 'CM', 'CD', 'CV'].includes(w));
      },
    },
    {
      key: 'tim-10',
      severity: 'error',
      human: "If there's a timeOfDay, there cannot be a when, or vice versa",
      holds: (r) => !(has(r, 'timeOfDay') && has(r, 'when')),
    },
  ],
  'Patient.contact': [
    {
      key: 'pat-1',
      severity: 'error',
      human: "SHALL at least contain a contact's details or a reference to an organization",
      holds: (c) => ['name', 'telecom', 'address', 'organization'].some((k) => has(c, k)),
    },
  ],
  Organization: [
    {
      key: 'org-1',
      severity: 'error',
      human:
        'The organization SHALL at least have a name or an identifier, and possibly more than one',
      holds: (o) => has(o, 'identifier') || has(o, 'name'),
    },
    {
      key: 'org-2',
      severity: 'error',
      human: "An address of an organization can never be of use 'home'",
      holds: (o) => !getObjects(o, 'address').some((a) => a.use === 'home'),
    },
    {
      key: 'org-3',
      severity: 'error',
      human: "The telecom of an organization can never be of use 'home'",
      holds: (o) => !getObjects(o, 'telecom').some((t) => t.use === 'home'),
    },
  ],
  Condition: [
    {
      key: 'con-3',
      severity: 'warning',
      human:
        'Condition.clinicalStatus SHALL be present if verificationStatus is not entered-in-error and category is problem-list-item',
      holds: (c) => {
        const isProblem = getObjects(c, 'category').some((cat) =>
          codingCodes(cat, 'http://terminology.hl7.org/CodeSystem/condition-category').includes(
            'problem-list-item',
          ),
        );
        return !isProblem || has(c, 'clinicalStatus') || isEnteredInError(c, CONDITION_VER);
      },
    },
    {
      key: 'con-4',
      severity: 'error',
      human:
        'If condition is abated, then clinicalStatus must be either inactive, resolved, or remission',
      holds: (c) =>
        !hasAny(c, 'abatement') ||
        codingCodes(getObject(c, 'clinicalStatus'), CONDITION_CLINICAL).some((code) =>
          ['inactive', 'resolved', 'remission'].includes(code),
        ),
    },
    {
      key: 'con-5',
      severity: 'error',
      human:
        'Condition.clinicalStatus SHALL NOT be present if verification Status is entered-in-error',
      holds: (c) => !isEnteredInError(c, CONDITION_VER) || !has(c, 'clinicalStatus'),
    },
  ],
  AllergyIntolerance: [
    {
      key: 'ait-1',
      severity: 'error',
      human:
        'AllergyIntolerance.clinicalStatus SHALL be present if verificationStatus is not entered-in-error.',
      holds: (a) => isEnteredInError(a, ALLERGY_VER) || has(a, 'clinicalStatus'),
    },
    {
      key: 'ait-2',
      severity: 'error',
      human:
        'AllergyIntolerance.clinicalStatus SHALL NOT be present if verification Status is entered-in-error',
      holds: (a) => !isEnteredInError(a, ALLERGY_VER) || !has(a, 'clinicalStatus'),
    },
  ],
  ServiceRequest: [
    {
      key: 'prr-1',
      severity: 'error',
      human: 'orderDetail SHALL only be present if code is present',
      holds: (s) => !has(s, 'orderDetail') || has(s, 'code'),
    },
  ],
};
