import { defineType } from '../element-types.ts';
import type { ElementSpecs } from '../element-types.ts';

const LINK = ['0..* BackboneElement', { relation: '1..1 string', url: '1..1 uri' }] as const;

/** Bundle.entry (typed alone so its `link` key is not read as String.prototype.link). */
const ENTRY: ElementSpecs = {
  link: LINK,
  fullUrl: '0..1 uri',
  resource: '0..1 Resource',
  search: [
    '0..1 BackboneElement',
    { mode: ['0..1 code', 'search-entry-mode'], score: '0..1 decimal' },
  ],
  request: [
    '0..1 BackboneElement',
    {
      method: ['1..1 code', 'http-verb'],
      url: '1..1 uri',
      ifNoneMatch: '0..1 string',
      ifModifiedSince: '0..1 instant',
      ifMatch: '0..1 string',
      ifNoneExist: '0..1 string',
    },
  ],
  response: [
    '0..1 BackboneElement',
    {
      status: '1..1 string',
      location: '0..1 uri',
      etag: '0..1 string',
      lastModified: '0..1 instant',
      outcome: '0..1 Resource',
    },
  ],
};

/** https://hl7.org/fhir/R4/bundle.html ✅ (Bundle is a Resource, not a DomainResource: no text, contained or extension). */
export const BUNDLE = defineType('Bundle', 'resource', 'https://hl7.org/fhir/R4/bundle.html', {
  identifier: '0..1 Identifier',
  type: ['1..1 code', 'bundle-type'],
  timestamp: '0..1 instant',
  total: '0..1 unsignedInt',
  link: LINK,
  entry: ['0..* BackboneElement', ENTRY],
  signature: '0..1 Signature',
});
