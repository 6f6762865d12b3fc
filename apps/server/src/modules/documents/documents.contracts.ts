import { Type, type Static } from 'typebox';

export const DOCUMENT_KINDS = [
  'referral-form',
  'history-physical',
  'orders',
  'insurance-card-front',
  'insurance-card-back',
  'consent',
  'lab-results',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** Stored verdicts: clean from the scanner, unscanned when no scanner is configured (infected files are never stored). */
export const SCAN_STATUSES = ['clean', 'unscanned'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

export const DocumentSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  patientId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  referralId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  admissionId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  kind: Type.Enum([...DOCUMENT_KINDS]),
  fileName: Type.String(),
  mediaType: Type.Enum(['application/pdf', 'image/png', 'image/jpeg']),
  sizeBytes: Type.Integer(),
  sha256: Type.String({ description: 'SHA-256 of the bytes, lowercase hex' }),
  scanStatus: Type.Enum([...SCAN_STATUSES]),
  scannedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  uploadedAt: Type.String({ format: 'date-time' }),
  uploadedBy: Type.Union([
    Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() }),
    Type.Null(),
  ]),
  contentUrl: Type.String({ description: 'GET it to view the file (inline).' }),
});
export type DocumentMetadata = Static<typeof DocumentSchema>;

export const ListDocumentsResponseSchema = Type.Object({
  items: Type.Array(DocumentSchema),
  /** The largest file accepted, for the upload form's hint. */
  maxBytes: Type.Integer(),
});
export type ListDocumentsResponse = Static<typeof ListDocumentsResponseSchema>;

export const PatientDocumentsParamsSchema = Type.Object(
  { patientId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const ReferralDocumentsParamsSchema = Type.Object(
  { referralId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const DocumentIdParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

/**
 * The multipart form of an upload, as documentation (multipart bodies are read by the route, not
 * validated by the JSON validator): one `file` part and these text fields.
 */
export interface UploadDocumentFields {
  kind: DocumentKind;
  /** Optional on the patient route; the referral route takes it from the path. */
  referralId?: string;
  admissionId?: string;
}

export const UPLOAD_FORM_DESCRIPTION =
  'multipart/form-data with one `file` part (PDF, PNG or JPEG, typed by content; its Content-Type and extension must agree) and the text fields `kind` (' +
  DOCUMENT_KINDS.join(', ') +
  '), optional `referralId` and `admissionId`.';
