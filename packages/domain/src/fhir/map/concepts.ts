/** Reading CodeableConcepts, names and contact points the way intake staff would. */
import { getObject, getObjects, getString, getStrings } from '../validate/json.ts';
import type { JsonObject } from '../validate/json.ts';

export function codingWithSystem(
  concept: JsonObject | undefined,
  system: string,
): JsonObject | undefined {
  if (concept === undefined) return undefined;
  return getObjects(concept, 'coding').find((c) => getString(c, 'system') === system);
}

export function codesOf(
  concept: JsonObject | undefined,
): { system?: string; code?: string; display?: string }[] {
  if (concept === undefined) return [];
  return getObjects(concept, 'coding').map((c) => ({
    system: getString(c, 'system'),
    code: getString(c, 'code'),
    display: getString(c, 'display'),
  }));
}

/** The words a person would read: text, else the first coding's display, else its code. */
export function conceptText(concept: JsonObject | undefined): string | undefined {
  if (concept === undefined) return undefined;
  const text = getString(concept, 'text');
  if (text !== undefined) return text;
  const codings = codesOf(concept);
  return (
    codings.find((c) => c.display !== undefined)?.display ??
    codings.find((c) => c.code !== undefined)?.code
  );
}

/** All readable words of a concept (text and displays), for keyword matching. */
export function conceptWords(concept: JsonObject | undefined): string {
  if (concept === undefined) return '';
  return [getString(concept, 'text'), ...codesOf(concept).map((c) => c.display)]
    .filter((s): s is string => s !== undefined)
    .join(' ');
}

export function hasCode(concept: JsonObject | undefined, system: string, code: string): boolean {
  return codesOf(concept).some((c) => c.system === system && c.code === code);
}

/** Prefers the official name, then the usual one, then the first that is not old. */
export function pickName(resource: JsonObject): JsonObject | undefined {
  const names = getObjects(resource, 'name').filter((n) => getString(n, 'use') !== 'old');
  return (
    names.find((n) => getString(n, 'use') === 'official') ??
    names.find((n) => getString(n, 'use') === 'usual') ??
    names[0]
  );
}

export function formatName(name: JsonObject | undefined): string | undefined {
  if (name === undefined) return undefined;
  const text = getString(name, 'text');
  const parts = [...getStrings(name, 'given'), getString(name, 'family')].filter(
    (p): p is string => p !== undefined,
  );
  return parts.length > 0 ? parts.join(' ') : text;
}

/** Telecom entries still in use (not 'old', period not ended). */
export function currentTelecom(resource: JsonObject | undefined, system: string): JsonObject[] {
  if (resource === undefined) return [];
  return getObjects(resource, 'telecom')
    .filter((t) => getString(t, 'system') === system && getString(t, 'use') !== 'old')
    .filter((t) => getString(t, 'value') !== undefined)
    .sort((a, b) => rankOf(a) - rankOf(b));
}

function rankOf(contactPoint: JsonObject): number {
  const rank = contactPoint.rank;
  return typeof rank === 'number' ? rank : Number.MAX_SAFE_INTEGER;
}

export function firstTelecomValue(
  resource: JsonObject | undefined,
  system: string,
): string | undefined {
  const [first] = currentTelecom(resource, system);
  return first === undefined ? undefined : getString(first, 'value');
}

export function identifierValue(
  resource: JsonObject | undefined,
  system: string,
): string | undefined {
  if (resource === undefined) return undefined;
  const found = getObjects(resource, 'identifier').find((i) => getString(i, 'system') === system);
  return found === undefined ? undefined : getString(found, 'value');
}

/** ISO date part of a FHIR date/dateTime, only when it is a full date. */
export function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

export function periodOf(obj: JsonObject, key: string): { start?: string; end?: string } {
  const period = getObject(obj, key);
  if (period === undefined) return {};
  return { start: getString(period, 'start'), end: getString(period, 'end') };
}
