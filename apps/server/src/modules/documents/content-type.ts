// Uploads are typed by their content, never by their name: the first bytes are compared with the
// signatures of the formats we accept (PDF, PNG, JPEG), and what the browser declared (the part's
// Content-Type and the file name's extension) must agree with what the bytes are.

export const ACCEPTED_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AcceptedMediaType = (typeof ACCEPTED_MEDIA_TYPES)[number];

interface Signature {
  mediaType: string;
  /** Human name, with its article, used in refusals ("a ZIP archive"). */
  label: string;
  offset: number;
  bytes: readonly number[];
}

const ascii = (text: string): number[] => Array.from(Buffer.from(text, 'latin1'));

/** Accepted formats first; the rest only name what a refused file is. */
const SIGNATURES: readonly Signature[] = [
  { mediaType: 'application/pdf', label: 'a PDF', offset: 0, bytes: ascii('%PDF-') },
  {
    mediaType: 'image/png',
    label: 'a PNG image',
    offset: 0,
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { mediaType: 'image/jpeg', label: 'a JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/gif', label: 'a GIF image', offset: 0, bytes: ascii('GIF8') },
  { mediaType: 'image/webp', label: 'a WebP image', offset: 8, bytes: ascii('WEBP') },
  { mediaType: 'image/heic', label: 'an HEIC image', offset: 4, bytes: ascii('ftypheic') },
  { mediaType: 'image/tiff', label: 'a TIFF image', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { mediaType: 'image/tiff', label: 'a TIFF image', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { mediaType: 'image/bmp', label: 'a BMP image', offset: 0, bytes: ascii('BM') },
  {
    mediaType: 'application/zip',
    label: 'a ZIP archive (or a Word/Excel file)',
    offset: 0,
    bytes: [0x50, 0x4b, 0x03, 0x04],
  },
  {
    mediaType: 'application/x-ole-storage',
    label: 'a legacy Office document',
    offset: 0,
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
  { mediaType: 'application/rtf', label: 'an RTF document', offset: 0, bytes: ascii('{\\rtf') },
  {
    mediaType: 'application/x-msdownload',
    label: 'a Windows program',
    offset: 0,
    bytes: ascii('MZ'),
  },
  {
    mediaType: 'application/x-executable',
    label: 'a Linux program',
    offset: 0,
    bytes: [0x7f, 0x45, 0x4c, 0x46],
  },
];

export interface DetectedType {
  mediaType: string;
  label: string;
  isAccepted: boolean;
}

function matches(bytes: Uint8Array, signature: Signature): boolean {
  if (bytes.length < signature.offset + signature.bytes.length) return false;
  return signature.bytes.every((b, i) => bytes[signature.offset + i] === b);
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  return sample.length > 0 && sample.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
}

/** What the bytes are, from their signature. */
export function detectContentType(bytes: Uint8Array): DetectedType {
  const found = SIGNATURES.find((signature) => matches(bytes, signature));
  if (found) {
    return {
      mediaType: found.mediaType,
      label: found.label,
      isAccepted: (ACCEPTED_MEDIA_TYPES as readonly string[]).includes(found.mediaType),
    };
  }
  if (bytes.length === 0) return { mediaType: 'empty', label: 'an empty file', isAccepted: false };
  if (looksLikeText(bytes))
    return { mediaType: 'text/plain', label: 'text (HTML, CSV or plain text)', isAccepted: false };
  return { mediaType: 'application/octet-stream', label: 'an unknown format', isAccepted: false };
}

/** Declared Content-Types that mean the same as our canonical ones. */
const TYPE_ALIASES: Readonly<Record<string, AcceptedMediaType>> = {
  'application/pdf': 'application/pdf',
  'application/x-pdf': 'application/pdf',
  'image/png': 'image/png',
  'image/x-png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
};

/** Declared types that say nothing about the content (a browser that did not know). */
const UNINFORMATIVE_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

const EXTENSIONS: Readonly<Record<string, AcceptedMediaType>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  jfif: 'image/jpeg',
};

/** The name's extension when it looks like one ("scan.PDF" → pdf; "J. Smith H&P" → none). */
export function extensionOf(fileName: string): string | undefined {
  const match = /\.([a-z][a-z0-9]{1,4})$/i.exec(fileName.trim());
  return match?.[1]?.toLowerCase();
}

export interface DeclaredType {
  /** The part's Content-Type header, as sent. */
  contentType: string | undefined;
  fileName: string;
}

export type DeclarationCheck =
  { agrees: true } | { agrees: false; reason: 'content-type' | 'extension'; declared: string };

/** Whether the declared Content-Type and the file name's extension agree with the detected type. */
export function checkDeclaredType(
  detected: AcceptedMediaType,
  declared: DeclaredType,
): DeclarationCheck {
  const contentType = (declared.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!UNINFORMATIVE_TYPES.has(contentType) && TYPE_ALIASES[contentType] !== detected) {
    return { agrees: false, reason: 'content-type', declared: contentType };
  }
  const extension = extensionOf(declared.fileName);
  if (extension !== undefined && EXTENSIONS[extension] !== detected)
    return { agrees: false, reason: 'extension', declared: `.${extension}` };
  return { agrees: true };
}

export function isAcceptedMediaType(value: string): value is AcceptedMediaType {
  return (ACCEPTED_MEDIA_TYPES as readonly string[]).includes(value);
}
