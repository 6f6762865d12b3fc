// The Content-Disposition of a viewed document (RFC 6266): inline, with an ASCII-only quoted name
// that cannot break out of the header, and the exact name in UTF-8 (RFC 8187) for modern browsers.
import { extensionOf, type AcceptedMediaType } from './content-type.ts';

const EXTENSION_OF_TYPE: Readonly<Record<AcceptedMediaType, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

/** RFC 5987 attr-char: everything else is percent-encoded. */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function inlineContentDisposition(fileName: string, mediaType: AcceptedMediaType): string {
  const named = extensionOf(fileName) ? fileName : `${fileName}.${EXTENSION_OF_TYPE[mediaType]}`;
  const ascii = named.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(named)}`;
}
