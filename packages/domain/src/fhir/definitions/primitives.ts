/**
 * FHIR R4 primitive types: the JSON type each must have and the regular expression its value must
 * match, as published on https://hl7.org/fhir/R4/datatypes.html#primitive (and in the R4
 * StructureDefinitions' "regex" extensions). Plus two checks the regexes cannot express: calendar
 * dates that do not exist (2023-02-30) and the 32-bit range of integer. ✅
 */

export type JsonKind = 'string' | 'number' | 'boolean';

export interface PrimitiveRule {
  json: JsonKind;
  pattern?: RegExp;
  /** Extra check beyond the pattern; returns why the value is wrong, or undefined. */
  check?: (value: string | number | boolean) => string | undefined;
  /** An example of a valid value, quoted in messages. */
  example: string;
}

const YEAR = '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)';
const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[1-2][0-9]|3[0-1])';
const TIME = '([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?';
const ZONE = '(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))';

function anchored(source: string): RegExp {
  return new RegExp(`^(?:${source})$`);
}

/** Rejects dates the calendar does not have (the R4 regexes accept 2023-02-30). */
function checkCalendarDate(value: string | number | boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? undefined : `${match[0]} is not a date on the calendar`;
}

function checkInteger(min: number) {
  return (value: string | number | boolean): string | undefined => {
    if (typeof value !== 'number') return undefined;
    if (!Number.isInteger(value)) return `${value} is not a whole number`;
    if (value < min) return `${value} is below the minimum ${min}`;
    if (value > 2147483647) return `${value} is above the 32-bit maximum 2147483647`;
    return undefined;
  };
}

export const PRIMITIVE_RULES: Readonly<Record<string, PrimitiveRule>> = {
  boolean: { json: 'boolean', example: 'true' },
  integer: { json: 'number', check: checkInteger(-2147483648), example: '42' },
  positiveInt: { json: 'number', check: checkInteger(1), example: '1' },
  unsignedInt: { json: 'number', check: checkInteger(0), example: '0' },
  decimal: {
    json: 'number',
    check: (v) =>
      typeof v === 'number' && !Number.isFinite(v) ? 'not a finite number' : undefined,
    example: '2.5',
  },
  string: { json: 'string', pattern: /^[ \r\n\t\S]+$/, example: 'any non-empty text' },
  markdown: { json: 'string', pattern: /^[ \r\n\t\S]+$/, example: 'any non-empty text' },
  code: { json: 'string', pattern: /^[^\s]+(\s[^\s]+)*$/, example: 'active' },
  id: { json: 'string', pattern: /^[A-Za-z0-9\-.]{1,64}$/, example: 'abc-123' },
  uri: { json: 'string', pattern: /^\S+$/, example: 'http://example.org/x' },
  url: { json: 'string', pattern: /^\S+$/, example: 'https://example.org/x' },
  canonical: { json: 'string', pattern: /^\S+$/, example: 'http://hl7.org/fhir/ValueSet/x' },
  oid: { json: 'string', pattern: /^urn:oid:[0-2](\.(0|[1-9][0-9]*))+$/, example: 'urn:oid:1.2.3' },
  uuid: {
    json: 'string',
    pattern: /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    example: 'urn:uuid:c757873d-ec9a-4326-a141-556f43239520',
  },
  base64Binary: {
    json: 'string',
    pattern: /^(\s*([0-9a-zA-Z+/=]){4}\s*)+$/,
    example: 'aGVsbG8=',
  },
  date: {
    json: 'string',
    pattern: anchored(`${YEAR}(-${MONTH}(-${DAY})?)?`),
    check: checkCalendarDate,
    example: '1958-03-14 (or 1958-03, or 1958)',
  },
  dateTime: {
    json: 'string',
    pattern: anchored(`${YEAR}(-${MONTH}(-${DAY}(T${TIME}${ZONE})?)?)?`),
    check: checkCalendarDate,
    example: '2024-05-01 or 2024-05-01T09:30:00-05:00 (a time needs a time zone)',
  },
  instant: {
    json: 'string',
    pattern: anchored(`${YEAR}-${MONTH}-${DAY}T${TIME}${ZONE}`),
    check: checkCalendarDate,
    example: '2024-05-01T09:30:00Z',
  },
  time: { json: 'string', pattern: anchored(TIME), example: '14:30:00' },
  xhtml: {
    json: 'string',
    pattern: /^\s*<div[\s>][\s\S]*<\/div>\s*$/,
    example: '<div xmlns="http://www.w3.org/1999/xhtml">…</div>',
  },
};
