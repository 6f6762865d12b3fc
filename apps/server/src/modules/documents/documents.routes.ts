import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { inlineContentDisposition } from './content-disposition.ts';
import { isAcceptedMediaType } from './content-type.ts';
import { scannerFor, type DocumentScanner } from './document-scanner.ts';
import {
  DocumentIdParamsSchema,
  DocumentSchema,
  ListDocumentsResponseSchema,
  PatientDocumentsParamsSchema,
  ReferralDocumentsParamsSchema,
  UPLOAD_FORM_DESCRIPTION,
} from './documents.contracts.ts';
import {
  findPatientForDocuments,
  findReferralForDocuments,
  getVisibleDocument,
  listPatientDocuments,
  listReferralDocuments,
  readDocumentBytes,
  toDocumentMetadata,
  type DocumentRow,
} from './documents.queries.ts';
import { DOCUMENT_MAX_BYTES, readUpload } from './read-upload.ts';
import { resolveUploadLinks, resolveUploadPath, type UploadPath } from './resolve-upload-target.ts';
import { uploadDocument } from './upload-document.ts';

const TAGS = ['documents'];
const UPLOAD_ERRORS = [404, 413, 415, 422, 429, 503];
/** The viewer embeds the file in a frame of our own page; nothing in it may run or load. */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

export function documentRoutes(
  ctx: AppContext,
  scanner: DocumentScanner | undefined = scannerFor(ctx.config),
): FastifyPluginAsyncTypebox {
  async function upload(request: FastifyRequest, reply: FastifyReply, path: UploadPath) {
    const access = requireAccess(request);
    const actor = auditActorOf(access, request);
    const now = ctx.clock.now();
    const target = await resolveUploadPath(ctx.db, access, path, now).catch(
      async (error: unknown) => {
        await recordAudit(
          ctx.db,
          actor,
          [
            {
              action: 'create',
              resourceType: 'document',
              patientId: 'patientId' in path ? path.patientId : null,
              outcome: 'denied',
              details: 'referralId' in path ? { referralId: path.referralId } : {},
            },
          ],
          now,
        );
        throw error;
      },
    );
    const fields =
      'patientId' in path ? ['kind', 'referralId', 'admissionId'] : ['kind', 'admissionId'];
    const { file, fields: form } = await readUpload(request, fields);
    const linked = await resolveUploadLinks(ctx.db, access, target, form, now);
    const id = await uploadDocument(
      ctx,
      access,
      actor,
      { target: linked, kind: form.kind, file },
      scanner,
    );
    const row = await getVisibleDocument(ctx.db, access, id, ctx.clock.now());
    if (!row) throw notFound('The document');
    return reply.status(201).send(toDocumentMetadata(row));
  }

  async function auditList(request: FastifyRequest, rows: DocumentRow[], patientId: string | null) {
    const access = requireAccess(request);
    await recordAudit(
      ctx.db,
      auditActorOf(access, request),
      rows.length === 0
        ? [
            {
              action: 'read',
              resourceType: 'document',
              patientId,
              details: { via: 'list', count: 0 },
            },
          ]
        : rows.map((row) => ({
            action: 'read',
            resourceType: 'document',
            resourceId: row.id,
            patientId: row.patientId,
            details: { via: 'list' },
          })),
      ctx.clock.now(),
    );
  }

  return async (app) => {
    app.post(
      '/api/patients/:patientId/documents',
      {
        config: { policy: { resource: 'document', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'Upload a document to a patient’s chart',
          description: UPLOAD_FORM_DESCRIPTION,
          consumes: ['multipart/form-data'],
          params: PatientDocumentsParamsSchema,
          response: withProblems({ 201: DocumentSchema }, UPLOAD_ERRORS),
        },
      },
      async (request, reply) => upload(request, reply, { patientId: request.params.patientId }),
    );

    app.post(
      '/api/referrals/:referralId/documents',
      {
        config: { policy: { resource: 'document', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'Upload a document to a referral (also before its patient is matched)',
          description: UPLOAD_FORM_DESCRIPTION,
          consumes: ['multipart/form-data'],
          params: ReferralDocumentsParamsSchema,
          response: withProblems({ 201: DocumentSchema }, UPLOAD_ERRORS),
        },
      },
      async (request, reply) => upload(request, reply, { referralId: request.params.referralId }),
    );

    app.get(
      '/api/patients/:patientId/documents',
      {
        config: { policy: { resource: 'document', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'A patient’s documents, newest first',
          params: PatientDocumentsParamsSchema,
          response: withProblems({ 200: ListDocumentsResponseSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const { patientId } = request.params;
        const patient = await findPatientForDocuments(ctx.db, access, patientId, 'read', now);
        if (!patient) {
          await recordAudit(
            ctx.db,
            auditActorOf(access, request),
            [
              {
                action: 'read',
                resourceType: 'document',
                patientId,
                outcome: 'denied',
                details: { via: 'list' },
              },
            ],
            now,
          );
          throw notFound('The patient');
        }
        const rows = await listPatientDocuments(ctx.db, access, patientId, now);
        await auditList(request, rows, patientId);
        return { items: rows.map(toDocumentMetadata), maxBytes: DOCUMENT_MAX_BYTES };
      },
    );

    app.get(
      '/api/referrals/:referralId/documents',
      {
        config: { policy: { resource: 'document', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'A referral’s documents, newest first',
          params: ReferralDocumentsParamsSchema,
          response: withProblems({ 200: ListDocumentsResponseSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const referral = await findReferralForDocuments(
          ctx.db,
          access,
          request.params.referralId,
          'read',
          now,
        );
        if (!referral) throw notFound('The referral');
        const rows = await listReferralDocuments(ctx.db, access, referral.id, now);
        await auditList(request, rows, referral.patientId);
        return { items: rows.map(toDocumentMetadata), maxBytes: DOCUMENT_MAX_BYTES };
      },
    );

    app.get(
      '/api/documents/:id',
      {
        config: { policy: { resource: 'document', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'One document’s metadata',
          params: DocumentIdParamsSchema,
          response: withProblems({ 200: DocumentSchema }, [404]),
        },
      },
      async (request) => {
        const row = await findDocumentAudited(request, request.params.id, 'metadata');
        return toDocumentMetadata(row);
      },
    );

    app.get(
      '/api/documents/:id/content',
      {
        config: { policy: { resource: 'document', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'View the document (PDF or image, inline)',
          description:
            'Sent with the media type detected at upload, Content-Disposition inline, X-Content-Type-Options nosniff and no caching.',
          params: DocumentIdParamsSchema,
          response: withProblems(
            { 200: Type.String({ format: 'binary', description: 'The file’s bytes' }) },
            [404],
          ),
        },
      },
      async (request, reply) => {
        const row = await findDocumentAudited(request, request.params.id, 'content');
        const bytes = await readDocumentBytes(ctx.db, row.id);
        if (!bytes || !isAcceptedMediaType(row.mediaType)) throw notFound('The document');
        return reply
          .header('content-type', row.mediaType)
          .header('content-disposition', inlineContentDisposition(row.fileName, row.mediaType))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .header('content-security-policy', CONTENT_SECURITY_POLICY)
          .header('x-frame-options', 'SAMEORIGIN')
          .send(bytes);
      },
    );
  };

  /** The document the caller may see, with one audit entry for the attempt (denied when not). */
  async function findDocumentAudited(
    request: FastifyRequest,
    id: string,
    part: 'metadata' | 'content',
  ): Promise<DocumentRow> {
    const access = requireAccess(request);
    const now = ctx.clock.now();
    const row = await getVisibleDocument(ctx.db, access, id, now);
    await recordAudit(
      ctx.db,
      auditActorOf(access, request),
      [
        {
          action: 'read',
          resourceType: 'document',
          resourceId: id,
          patientId: row?.patientId ?? null,
          outcome: row ? 'success' : 'denied',
          details: { part },
        },
      ],
      now,
    );
    if (!row) throw notFound('The document');
    return row;
  }
}
