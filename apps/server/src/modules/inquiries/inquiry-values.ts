// Values of a request for care shown to people. The reference a family quotes on the phone: RC- and
// the first eight hexadecimal digits of the id in two groups (RC-3F9A-1C2B), derived, not stored.

export function referenceOf(inquiryId: string): string {
  const hex = inquiryId.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `RC-${hex.slice(0, 4)}-${hex.slice(4, 8)}`;
}

/** The id prefix a typed reference stands for ("rc-3f9a 1c2b" → "3f9a1c2b"), or undefined. */
export function idPrefixOfReference(reference: string): string | undefined {
  const hex = reference.trim().toLowerCase().replace(/^rc/, '').replace(/[\s-]/g, '');
  return /^[0-9a-f]{8}$/.test(hex) ? hex : undefined;
}

/** The phone as (773) 555-0142 when it is a North American number, else as typed. */
export function formatPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (national.length !== 10) return value.trim();
  return `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`;
}
