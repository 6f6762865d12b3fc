/**
 * The shape of our FHIR R4 definition tables. Each resource and datatype is written as a compact
 * table that mirrors the "Structure" view of the spec page it cites: element name → "min..max type"
 * (plus a required value set, or nested elements for a BackboneElement). `defineType` turns a table
 * into the structured definitions the validator walks.
 */

/** "0..1 code", "1..* Reference(Patient|Group)", "0..1 boolean|dateTime" (for a [x] element). */
export type ElementSpec =
  | string
  | readonly [spec: string, requiredValueSet: string]
  | readonly [spec: string, children: ElementSpecs]
  | readonly [spec: string, children: ElementSpecs, requiredValueSet: string];

export type ElementSpecs = Readonly<Record<string, ElementSpec>>;

export interface TypeRef {
  /** A FHIR type code: 'string', 'CodeableConcept', 'Reference', 'Resource', 'BackboneElement'. */
  code: string;
  /** Reference(...) target resource types; undefined means any. */
  targets?: readonly string[];
}

export interface ElementDefinition {
  /** The element name without [x]: 'deceased' for Patient.deceased[x]. */
  name: string;
  /** Spec path, e.g. 'Patient.contact.name'. */
  path: string;
  min: number;
  max: 1 | '*';
  types: readonly TypeRef[];
  isChoice: boolean;
  /** Key into REQUIRED_VALUE_SETS: the element has a required-strength binding. */
  requiredValueSet?: string;
  /** Nested elements of a BackboneElement (or Element) declared inline. */
  children?: TypeDefinition;
}

export type TypeKind =
  'resource' | 'domain-resource' | 'datatype' | 'backbone-datatype' | 'backbone';

export interface TypeDefinition {
  /** 'Patient', 'HumanName', 'Patient.contact'. */
  name: string;
  kind: TypeKind;
  /** Where the element names and cardinalities were confirmed. */
  source: string;
  elements: readonly ElementDefinition[];
  /** JSON property name → element and the type that name selects (valueString → string). */
  byJsonName: ReadonlyMap<string, { element: ElementDefinition; type: TypeRef }>;
}

/** The R4 primitive types (https://hl7.org/fhir/R4/datatypes.html#primitive). */
export const PRIMITIVE_TYPE_CODES: ReadonlySet<string> = new Set([
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
  'xhtml',
]);

export function isPrimitiveType(code: string): boolean {
  return PRIMITIVE_TYPE_CODES.has(code);
}

/** SimpleQuantity is a profile on Quantity: in JSON a [x] element still ends in "Quantity". */
const JSON_SUFFIX: Readonly<Record<string, string>> = { SimpleQuantity: 'Quantity' };

export function jsonSuffixOf(code: string): string {
  const suffix = JSON_SUFFIX[code] ?? code;
  return suffix.charAt(0).toUpperCase() + suffix.slice(1);
}

/** Splits "A|Reference(B|C)|D" on the bars that are not inside parentheses. */
function splitTypes(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === '|' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function parseTypeRef(text: string): TypeRef {
  const match = /^(\w+)\((.+)\)$/.exec(text);
  if (match?.[1] !== undefined && match[2] !== undefined) {
    return { code: match[1], targets: match[2].split('|') };
  }
  return { code: text };
}

const SPEC_PATTERN = /^([01])\.\.([1*]) (\S+)$/;

function parseElement(
  key: string,
  spec: ElementSpec,
  parentPath: string,
  source: string,
): ElementDefinition {
  const [text, second, third] = typeof spec === 'string' ? [spec, undefined, undefined] : spec;
  const match = SPEC_PATTERN.exec(text);
  if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) {
    throw new Error(`Bad element spec for ${parentPath}.${key}: "${text}"`);
  }
  const isChoice = key.endsWith('[x]');
  const name = isChoice ? key.slice(0, -3) : key;
  const path = `${parentPath}.${name}`;
  const types = splitTypes(match[3]).map(parseTypeRef);
  const element: ElementDefinition = {
    name,
    path,
    min: Number(match[1]),
    max: match[2] === '*' ? '*' : 1,
    types,
    isChoice,
  };
  const valueSet = typeof second === 'string' ? second : third;
  if (valueSet !== undefined) element.requiredValueSet = valueSet;
  if (second !== undefined && typeof second !== 'string') {
    const kind = types[0]?.code === 'Element' ? 'datatype' : 'backbone';
    element.children = defineType(path, kind, source, second);
  }
  return element;
}

const RESOURCE_BASE: ElementSpecs = {
  id: '0..1 id',
  meta: '0..1 Meta',
  implicitRules: '0..1 uri',
  language: '0..1 code',
};
const DOMAIN_RESOURCE_BASE: ElementSpecs = {
  ...RESOURCE_BASE,
  text: '0..1 Narrative',
  contained: '0..* Resource',
  extension: '0..* Extension',
  modifierExtension: '0..* Extension',
};
const ELEMENT_BASE: ElementSpecs = { id: '0..1 string', extension: '0..* Extension' };
const BACKBONE_BASE: ElementSpecs = { ...ELEMENT_BASE, modifierExtension: '0..* Extension' };

const BASE_BY_KIND: Readonly<Record<TypeKind, ElementSpecs>> = {
  resource: RESOURCE_BASE,
  'domain-resource': DOMAIN_RESOURCE_BASE,
  datatype: ELEMENT_BASE,
  'backbone-datatype': BACKBONE_BASE,
  backbone: BACKBONE_BASE,
};

/** Builds a definition from a spec table; the base elements of its kind are added first. */
export function defineType(
  name: string,
  kind: TypeKind,
  source: string,
  specs: ElementSpecs,
): TypeDefinition {
  const all: ElementSpecs = { ...BASE_BY_KIND[kind], ...specs };
  const elements = Object.entries(all).map(([key, spec]) => parseElement(key, spec, name, source));
  const byJsonName = new Map<string, { element: ElementDefinition; type: TypeRef }>();
  for (const element of elements) {
    for (const type of element.types) {
      const jsonName = element.isChoice ? element.name + jsonSuffixOf(type.code) : element.name;
      byJsonName.set(jsonName, { element, type });
    }
  }
  return { name, kind, source, elements, byJsonName };
}
