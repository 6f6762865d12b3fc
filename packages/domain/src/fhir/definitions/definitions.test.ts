import { describe, expect, it } from 'vitest';
import { PRIMITIVE_RULES } from './primitives.ts';
import {
  BUNDLE,
  DATATYPES,
  R4_RESOURCE_TYPES,
  REQUIRED_VALUE_SETS,
  SUPPORTED_RESOURCES,
  UNCHECKED_DATATYPES,
  isPrimitiveType,
} from './index.ts';
import type { TypeDefinition } from './index.ts';

function allTypes(): TypeDefinition[] {
  const out: TypeDefinition[] = [];
  const visit = (def: TypeDefinition): void => {
    out.push(def);
    for (const element of def.elements) if (element.children !== undefined) visit(element.children);
  };
  [...SUPPORTED_RESOURCES.values(), ...DATATYPES.values(), BUNDLE].forEach(visit);
  return out;
}

describe('definition tables', () => {
  it('use only types we can check (or list as unchecked)', () => {
    const unknown = allTypes().flatMap((def) =>
      def.elements.flatMap((e) =>
        e.types
          .filter(
            (t) =>
              !isPrimitiveType(t.code) &&
              !DATATYPES.has(t.code) &&
              !UNCHECKED_DATATYPES.has(t.code) &&
              t.code !== 'Resource' &&
              e.children === undefined,
          )
          .map((t) => `${e.path}: ${t.code}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('name only real R4 resource types as reference targets', () => {
    const bad = allTypes().flatMap((def) =>
      def.elements.flatMap((e) =>
        e.types.flatMap((t) =>
          (t.targets ?? []).filter((x) => x !== 'Resource' && !R4_RESOURCE_TYPES.has(x)),
        ),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('bind only value sets that are in the table', () => {
    const missing = allTypes().flatMap((def) =>
      def.elements.filter(
        (e) =>
          e.requiredValueSet !== undefined && REQUIRED_VALUE_SETS[e.requiredValueSet] === undefined,
      ),
    );
    expect(missing.map((e) => e.path)).toEqual([]);
  });

  it('give every primitive type a rule', () => {
    const primitives = allTypes()
      .flatMap((d) => d.elements.flatMap((e) => e.types.map((t) => t.code)))
      .filter(isPrimitiveType);
    expect(primitives.filter((p) => PRIMITIVE_RULES[p] === undefined)).toEqual([]);
  });

  it('know the 146 concrete R4 resource types and the ten intake reads', () => {
    expect(R4_RESOURCE_TYPES.size).toBe(146);
    expect(R4_RESOURCE_TYPES.has('DomainResource')).toBe(false);
    expect([...SUPPORTED_RESOURCES.keys()].sort()).toEqual([
      'AllergyIntolerance',
      'Condition',
      'Coverage',
      'Medication',
      'MedicationRequest',
      'Organization',
      'Patient',
      'Practitioner',
      'PractitionerRole',
      'ServiceRequest',
    ]);
  });

  it('give MedicationRequest.medication[x] its two JSON names', () => {
    const mr = SUPPORTED_RESOURCES.get('MedicationRequest');
    expect(mr?.byJsonName.get('medicationCodeableConcept')?.type.code).toBe('CodeableConcept');
    expect(mr?.byJsonName.get('medicationReference')?.type).toEqual({
      code: 'Reference',
      targets: ['Medication'],
    });
    expect(mr?.byJsonName.has('medication')).toBe(false);
  });
});

describe('primitive rules (R4 datatypes.html)', () => {
  const ok = (type: string, value: string | number | boolean): boolean => {
    const rule = PRIMITIVE_RULES[type];
    if (rule === undefined) throw new Error(type);
    if (typeof value !== rule.json) return false;
    if (rule.pattern !== undefined && typeof value === 'string' && !rule.pattern.test(value))
      return false;
    return rule.check?.(value) === undefined;
  };

  it.each(['2024', '2024-02', '2024-02-29'])('accepts the date %s', (v) => {
    expect(ok('date', v)).toBe(true);
  });
  it.each(['2023-02-29', '2024-13-01', '24-01-01', '2024-1-5', '2024-01-01T00:00:00Z'])(
    'rejects the date %s',
    (v) => {
      expect(ok('date', v)).toBe(false);
    },
  );
  it('wants a time zone on a dateTime that has a time, and seconds', () => {
    expect(ok('dateTime', '2024-06-10T14:05:00-05:00')).toBe(true);
    expect(ok('dateTime', '2024-06-10T14:05:00')).toBe(false);
    expect(ok('dateTime', '2024-06-10T14:05-05:00')).toBe(false);
  });
  it('wants a full timestamp on an instant', () => {
    expect(ok('instant', '2024-06-10T19:05:00.123Z')).toBe(true);
    expect(ok('instant', '2024-06-10')).toBe(false);
  });
  it('keeps integers whole and in range', () => {
    expect(ok('integer', -5)).toBe(true);
    expect(ok('integer', 1.5)).toBe(false);
    expect(ok('integer', 2147483648)).toBe(false);
    expect(ok('positiveInt', 0)).toBe(false);
    expect(ok('unsignedInt', 0)).toBe(true);
  });
  it('limits an id to 64 letters, digits, dashes and dots', () => {
    expect(ok('id', 'a'.repeat(64))).toBe(true);
    expect(ok('id', 'a'.repeat(65))).toBe(false);
    expect(ok('id', 'pt_1')).toBe(false);
  });
  it('rejects a code with leading or double spaces', () => {
    expect(ok('code', 'on-hold')).toBe(true);
    expect(ok('code', ' active')).toBe(false);
    expect(ok('code', 'a  b')).toBe(false);
  });
});
