import { and, desc, eq, getTableColumns } from 'drizzle-orm';
import type { Action } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { users } from '../identity/identity.tables.ts';
import { referrals } from '../intake/intake.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { patients } from '../patients/patients.tables.ts';
import type { DocumentKind, DocumentMetadata, ScanStatus } from './documents.contracts.ts';
import { documentScope, referralDocumentScope } from './document-scope.ts';
import { documentContents, documents } from './documents.tables.ts';

type Caller = Pick<AccessContext, 'userId' | 'roles' | 'branchIds'>;

const columns = { ...getTableColumns(documents), uploaderName: users.displayName };
export type DocumentRow = typeof documents.$inferSelect & { uploaderName: string | null };

export function toDocumentMetadata(row: DocumentRow): DocumentMetadata {
  return {
    id: row.id,
    patientId: row.patientId,
    referralId: row.referralId,
    admissionId: row.admissionId,
    kind: row.kind as DocumentKind,
    fileName: row.fileName,
    mediaType: row.mediaType as DocumentMetadata['mediaType'],
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    scanStatus: row.scanStatus as ScanStatus,
    scannedAt: row.scannedAt?.toISOString() ?? null,
    uploadedAt: row.uploadedAt.toISOString(),
    uploadedBy:
      row.uploadedBy === null
        ? null
        : { id: row.uploadedBy, name: row.uploaderName ?? 'Unknown user' },
    contentUrl: `/api/documents/${row.id}/content`,
  };
}

function selectDocuments(db: DbOrTx) {
  return db.select(columns).from(documents).leftJoin(users, eq(users.id, documents.uploadedBy));
}

/** The patient, when it exists and the caller may act on its documents. */
export async function findPatientForDocuments(
  db: DbOrTx,
  access: Caller,
  patientId: string,
  action: Action,
  now: Date,
): Promise<{ id: string; branchId: string } | undefined> {
  const [row] = await db
    .select({ id: patients.id, branchId: patients.branchId })
    .from(patients)
    .where(
      and(eq(patients.id, patientId), patientScope(access, 'document', action, patients.id, now)),
    );
  return row;
}

/** The referral, when it exists and the caller may act on its documents. */
export async function findReferralForDocuments(
  db: DbOrTx,
  access: Caller,
  referralId: string,
  action: Action,
  now: Date,
): Promise<{ id: string; patientId: string | null; branchId: string } | undefined> {
  const [row] = await db
    .select({ id: referrals.id, patientId: referrals.patientId, branchId: referrals.branchId })
    .from(referrals)
    .where(and(eq(referrals.id, referralId), referralDocumentScope(access, action, now)));
  return row;
}

export async function listPatientDocuments(
  db: DbOrTx,
  access: Caller,
  patientId: string,
  now: Date,
): Promise<DocumentRow[]> {
  return selectDocuments(db)
    .where(and(eq(documents.patientId, patientId), documentScope(access, 'read', now)))
    .orderBy(desc(documents.uploadedAt), desc(documents.id));
}

export async function listReferralDocuments(
  db: DbOrTx,
  access: Caller,
  referralId: string,
  now: Date,
): Promise<DocumentRow[]> {
  return selectDocuments(db)
    .where(and(eq(documents.referralId, referralId), documentScope(access, 'read', now)))
    .orderBy(desc(documents.uploadedAt), desc(documents.id));
}

/** The document, or undefined when it does not exist or is not the caller's to see. */
export async function getVisibleDocument(
  db: DbOrTx,
  access: Caller,
  id: string,
  now: Date,
): Promise<DocumentRow | undefined> {
  const [row] = await selectDocuments(db).where(
    and(eq(documents.id, id), documentScope(access, 'read', now)),
  );
  return row;
}

/** The stored bytes; call only after getVisibleDocument said the caller may see the document. */
export async function readDocumentBytes(
  db: DbOrTx,
  documentId: string,
): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ bytes: documentContents.bytes })
    .from(documentContents)
    .where(eq(documentContents.documentId, documentId));
  return row?.bytes;
}
