import type { DocumentKind } from '@server/modules/documents/documents.contracts.ts';

/** The kinds in the order the upload form offers them (the server's list, checked by the type). */
export const DOCUMENT_KINDS = [
  'referral-form',
  'history-physical',
  'orders',
  'insurance-card-front',
  'insurance-card-back',
  'consent',
  'lab-results',
  'other',
] as const satisfies readonly DocumentKind[];

/** What the file input offers; the server checks the content anyway. */
export const ACCEPTED_FILES = 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg';
export const ACCEPTED_TYPES: readonly string[] = ['application/pdf', 'image/png', 'image/jpeg'];

/** 1.2 MB, 340 kB, 12 bytes in the user's language (binary multiples, as the server's 20 MB limit). */
export function formatBytes(bytes: number, language: string): string {
  const [unit, value] =
    bytes >= 1024 * 1024
      ? (['megabyte', bytes / (1024 * 1024)] as const)
      : bytes >= 1024
        ? (['kilobyte', bytes / 1024] as const)
        : (['byte', bytes] as const);
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    // "193 bytes" rather than "193 byte"; kB and MB stay short.
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
