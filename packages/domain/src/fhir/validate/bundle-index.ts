/**
 * Resolving references inside a Bundle, following https://hl7.org/fhir/R4/bundle.html#references:
 * urn:uuid:/urn:oid: and absolute URLs match an entry's fullUrl; a relative 'Type/id' is taken
 * against the base of the referring entry's fullUrl (when that is a RESTful URL), and otherwise
 * matched to the one entry holding a resource of that type and id.
 */
import { isR4ResourceType } from '../definitions/index.ts';
import { getObject, getObjects, getString } from './json.ts';
import type { JsonObject } from './json.ts';

export interface IndexedEntry {
  index: number;
  fullUrl: string | undefined;
  resource: JsonObject | undefined;
  resourceType: string | undefined;
}

export type Resolution =
  | { status: 'resolved'; entry: IndexedEntry }
  /** urn:uuid / urn:oid: can only ever point into the bundle. */
  | { status: 'missing-internal' }
  /** A relative or absolute URL not in the bundle: it names a resource on some server. */
  | { status: 'missing-external'; resourceType: string | undefined }
  /** 'Patient?identifier=...': a transaction's conditional reference, resolved by the server. */
  | { status: 'conditional' }
  | { status: 'malformed'; reason: string };

const RESTFUL_URL =
  /^(https?:\/\/.+\/)?([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

/** Splits a RESTful URL into base ('http://x/fhir/' or ''), type, id; undefined otherwise. */
export function parseRestfulUrl(
  url: string,
): { base: string; resourceType: string; id: string; version: string | undefined } | undefined {
  const m = RESTFUL_URL.exec(url);
  if (m?.[2] === undefined || m[3] === undefined || !isR4ResourceType(m[2])) return undefined;
  return { base: m[1] ?? '', resourceType: m[2], id: m[3], version: m[4]?.slice(10) };
}

export class BundleIndex {
  readonly entries: readonly IndexedEntry[];
  private readonly byFullUrl = new Map<string, IndexedEntry>();
  private readonly byTypeAndId = new Map<string, IndexedEntry[]>();

  constructor(bundle: JsonObject) {
    const entries: IndexedEntry[] = [];
    const raw = Array.isArray(bundle.entry) ? bundle.entry : [];
    raw.forEach((entry: unknown, index) => {
      const obj = typeof entry === 'object' && entry !== null ? (entry as JsonObject) : {};
      const resource = getObject(obj, 'resource');
      const indexed: IndexedEntry = {
        index,
        fullUrl: getString(obj, 'fullUrl'),
        resource,
        resourceType: resource === undefined ? undefined : getString(resource, 'resourceType'),
      };
      entries.push(indexed);
      if (indexed.fullUrl !== undefined && !this.byFullUrl.has(indexed.fullUrl)) {
        this.byFullUrl.set(indexed.fullUrl, indexed);
      }
      const id = resource === undefined ? undefined : getString(resource, 'id');
      if (indexed.resourceType !== undefined && id !== undefined) {
        const key = `${indexed.resourceType}/${id}`;
        this.byTypeAndId.set(key, [...(this.byTypeAndId.get(key) ?? []), indexed]);
      }
    });
    this.entries = entries;
  }

  /** Entries whose resource has the given type, in bundle order. */
  ofType(resourceType: string): IndexedEntry[] {
    return this.entries.filter((e) => e.resourceType === resourceType);
  }

  resolve(reference: string, fromEntry: number | undefined): Resolution {
    if (reference.startsWith('urn:uuid:') || reference.startsWith('urn:oid:')) {
      const entry = this.byFullUrl.get(reference);
      return entry === undefined ? { status: 'missing-internal' } : { status: 'resolved', entry };
    }
    if (/^[A-Z][A-Za-z]+\?/.test(reference)) return { status: 'conditional' };
    const parsed = parseRestfulUrl(reference);
    if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) {
      const bare =
        parsed?.version === undefined ? reference : reference.replace(/\/_history\/.*$/, '');
      const entry = this.byFullUrl.get(bare);
      if (entry !== undefined) return { status: 'resolved', entry };
      return { status: 'missing-external', resourceType: parsed?.resourceType };
    }
    if (parsed === undefined) {
      return {
        status: 'malformed',
        reason:
          'a reference is "Type/id", an absolute URL, "urn:uuid:…" or "#id" for a contained resource',
      };
    }
    const from = fromEntry === undefined ? undefined : this.entries[fromEntry]?.fullUrl;
    const fromBase = from === undefined ? undefined : parseRestfulUrl(from)?.base;
    if (fromBase !== undefined && fromBase !== '') {
      const entry = this.byFullUrl.get(`${fromBase}${parsed.resourceType}/${parsed.id}`);
      if (entry !== undefined) return { status: 'resolved', entry };
    }
    const candidates = this.byTypeAndId.get(`${parsed.resourceType}/${parsed.id}`) ?? [];
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only !== undefined) return { status: 'resolved', entry: only };
    return { status: 'missing-external', resourceType: parsed.resourceType };
  }

  /** Follows a Reference element's `reference` from an entry; undefined when it does not resolve. */
  follow(referenceElement: JsonObject | undefined, fromEntry: number): IndexedEntry | undefined {
    const reference =
      referenceElement === undefined ? undefined : getString(referenceElement, 'reference');
    if (reference === undefined) return undefined;
    const resolution = this.resolve(reference, fromEntry);
    return resolution.status === 'resolved' ? resolution.entry : undefined;
  }
}

/** The resources of a bundle's entries (helper for tests and mapping). */
export function entryResources(bundle: JsonObject): JsonObject[] {
  return getObjects(bundle, 'entry').flatMap((e) => {
    const r = getObject(e, 'resource');
    return r === undefined ? [] : [r];
  });
}
