import { bigint, customType, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { patients } from '../patients/patients.tables.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Uploaded documents (referral form, history and physical, orders, insurance card, consent):
 * type checked by content, SHA-256 of the bytes, size, and the virus-scan verdict.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id').references(() => patients.id),
    referralId: uuid('referral_id'),
    admissionId: uuid('admission_id'),
    /** referral-form, history-physical, orders, insurance-card-front, insurance-card-back, consent, lab-results, other. */
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    /** Detected from the content: application/pdf, image/png, image/jpeg. */
    mediaType: text('media_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    /** clean, infected, unscanned (no scanner configured), error. */
    scanStatus: text('scan_status').notNull(),
    scannedAt: timestamp('scanned_at', { withTimezone: true }),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('documents_patient_idx').on(t.patientId, t.uploadedAt),
    index('documents_referral_idx').on(t.referralId),
  ],
);

/** The bytes, apart from the metadata so listings stay light. */
export const documentContents = pgTable('document_contents', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => documents.id),
  bytes: bytea('bytes').notNull(),
});
