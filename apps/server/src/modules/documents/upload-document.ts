// Stores an uploaded document after every check: size, type by content, agreement of what was
// declared, and the virus-scan hook. Nothing is stored for a refused file; the refusal of an
// infected file is itself audited. The document, its bytes, its audit entry and the chart's history
// entry commit together.
import { createHash } from 'node:crypto';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { AppContext } from '../../platform/app-context.ts';
import { AppError, validationFailed } from '../../platform/http/app-error.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { recordChartChange } from '../patients/record-change.ts';
import { checkDeclaredType, detectContentType, isAcceptedMediaType } from './content-type.ts';
import type { DocumentScanner } from './document-scanner.ts';
import { isDocumentKind, type DocumentKind } from './documents.contracts.ts';
import { documentContents, documents } from './documents.tables.ts';
import { DOCUMENT_MAX_BYTES, fileTooLarge, type UploadedFile } from './read-upload.ts';
import type { UploadTarget } from './resolve-upload-target.ts';

export interface UploadDocumentInput {
  target: UploadTarget;
  kind: string | undefined;
  file: UploadedFile;
}

function checkKind(kind: string | undefined): DocumentKind {
  if (kind === undefined || kind === '')
    throw validationFailed([
      { field: '/kind', code: 'required', message: 'Say what kind of document this is.' },
    ]);
  if (!isDocumentKind(kind))
    throw validationFailed([
      { field: '/kind', code: 'enum', message: `"${kind.slice(0, 40)}" is not a document kind.` },
    ]);
  return kind;
}

/** The media type the bytes prove, or a 4xx saying why the file is refused. */
export function checkContent(file: UploadedFile) {
  if (file.bytes.length === 0)
    throw validationFailed([{ field: '/file', code: 'empty', message: 'The file is empty.' }]);
  if (file.bytes.length > DOCUMENT_MAX_BYTES) throw fileTooLarge();
  const detected = detectContentType(file.bytes);
  if (!detected.isAccepted || !isAcceptedMediaType(detected.mediaType))
    throw new AppError(
      'unsupported_media_type',
      `This file is ${detected.label}. Only PDF, PNG and JPEG files are accepted.`,
      { extensions: { detectedType: detected.mediaType } },
    );
  const check = checkDeclaredType(detected.mediaType, {
    contentType: file.declaredType,
    fileName: file.fileName,
  });
  if (!check.agrees)
    throw new AppError(
      'unsupported_media_type',
      `Mismatched content type: the file is ${detected.label} but its ${check.reason === 'extension' ? 'name ends in' : 'declared type is'} ${check.declared}.`,
      {
        extensions: {
          reason: 'mismatched_content_type',
          detectedType: detected.mediaType,
          declared: check.declared,
        },
      },
    );
  return detected.mediaType;
}

/** A file name safe to store and show: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (cleaned || 'document').slice(0, 200);
}

export async function uploadDocument(
  ctx: AppContext,
  access: AccessContext,
  auditActor: AuditActor,
  input: UploadDocumentInput,
  scanner: DocumentScanner | undefined,
): Promise<string> {
  const kind = checkKind(input.kind);
  const mediaType = checkContent(input.file);
  const { bytes } = input.file;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { patientId, referralId, admissionId } = input.target;

  const verdict = scanner ? await scanner.scan(bytes) : 'unscanned';
  const now = ctx.clock.now();
  if (verdict === 'infected') {
    await recordAudit(
      ctx.db,
      auditActor,
      [
        {
          action: 'create',
          resourceType: 'document',
          patientId,
          outcome: 'denied',
          details: { reason: 'infected', scanner: scanner?.name, sha256, kind, referralId },
        },
      ],
      now,
    );
    throw new AppError(
      'unprocessable',
      'The virus scan found a threat in this file, so it was not stored. Ask the sender for a clean copy.',
      { extensions: { scanStatus: 'infected' } },
    );
  }
  if (verdict === 'error')
    throw new AppError(
      'unavailable',
      'The virus scanner could not check this file, so it was not stored. Try again in a few minutes.',
    );

  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(documents)
      .values({
        patientId,
        referralId,
        admissionId,
        kind,
        fileName: cleanFileName(input.file.fileName),
        mediaType,
        sizeBytes: bytes.length,
        sha256,
        scanStatus: verdict,
        scannedAt: scanner ? now : null,
        uploadedBy: access.userId,
        uploadedAt: now,
      })
      .returning({ id: documents.id, fileName: documents.fileName });
    if (!row) throw new Error('document insert returned no row');
    await tx.insert(documentContents).values({ documentId: row.id, bytes });
    await recordAudit(
      tx,
      auditActor,
      [
        {
          action: 'create',
          resourceType: 'document',
          resourceId: row.id,
          patientId,
          details: {
            kind,
            mediaType,
            sizeBytes: bytes.length,
            sha256,
            scanStatus: verdict,
            referralId,
            admissionId,
          },
        },
      ],
      now,
    );
    if (patientId !== null)
      await recordChartChange(tx, {
        patientId,
        entity: 'document',
        entityId: row.id,
        change: 'created',
        fields: [
          { field: 'kind', newValue: kind },
          { field: 'fileName', newValue: row.fileName },
          { field: 'mediaType', newValue: mediaType },
          { field: 'sizeBytes', newValue: bytes.length },
        ],
        actor: { userId: access.userId, name: access.displayName },
        at: now,
      });
    return row.id;
  });
}
