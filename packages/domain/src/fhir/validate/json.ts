/** Small helpers for reading untrusted JSON without `any`. */

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON kind of a value, for messages: 'an object', 'an array', 'a string', 'null'. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const kind = typeof value;
  if (kind === 'object') return 'an object';
  return kind === 'undefined' ? 'nothing' : `a ${kind}`;
}

export function getString(obj: JsonObject, key: string): string | undefined {
  const value = obj[key];
  return typeof value === 'string' ? value : undefined;
}

export function getObject(obj: JsonObject, key: string): JsonObject | undefined {
  const value = obj[key];
  return isJsonObject(value) ? value : undefined;
}

export function getObjects(obj: JsonObject, key: string): JsonObject[] {
  const value = obj[key];
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

export function getStrings(obj: JsonObject, key: string): string[] {
  const value = obj[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
