// Reads a multipart upload (one `file` part and a few text fields) into memory, turning the
// multipart library's errors into our problems: 413 over the limit, 415 when it is not multipart.
import type { FastifyRequest } from 'fastify';
import { AppError, validationFailed, type FieldProblem } from '../../platform/http/app-error.ts';

/** The largest document accepted: a 20 MB scan is about 40 pages of a faxed referral at 200 dpi. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
const MAX_FIELD_BYTES = 200;
/** Room for the multipart boundaries and the small text fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export interface UploadedFile {
  bytes: Buffer;
  fileName: string;
  /** The part's Content-Type as the browser declared it. */
  declaredType: string | undefined;
}

export interface ReadUpload {
  file: UploadedFile;
  fields: Readonly<Record<string, string>>;
}

export function fileTooLarge(): AppError {
  const megabytes = DOCUMENT_MAX_BYTES / (1024 * 1024);
  return new AppError(
    'payload_too_large',
    `The file is larger than ${megabytes} MB, the most we accept. Scan it at a lower resolution or split it into several files.`,
    { extensions: { maxBytes: DOCUMENT_MAX_BYTES } },
  );
}

function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function translateMultipartError(error: unknown): unknown {
  switch (errorCodeOf(error)) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return fileTooLarge();
    case 'FST_FILES_LIMIT':
      return validationFailed([
        { field: '/file', code: 'too_many', message: 'Send one file per upload.' },
      ]);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_PROTO_VIOLATION':
      return new AppError('malformed_request', 'The upload form has unexpected parts.');
    case 'FST_MP_PREMATURE_CLOSE':
      return new AppError('malformed_request', 'The upload was interrupted. Try again.');
    default:
      return error;
  }
}

/** The file and fields of a multipart upload; `allowedFields` are the only text fields accepted. */
export async function readUpload(
  request: FastifyRequest,
  allowedFields: readonly string[],
): Promise<ReadUpload> {
  if (!request.isMultipart())
    throw new AppError(
      'unsupported_media_type',
      'Send the document as multipart/form-data with a `file` part.',
    );
  const length = Number(request.headers['content-length'] ?? 0);
  if (length > DOCUMENT_MAX_BYTES + MULTIPART_OVERHEAD_BYTES) throw fileTooLarge();

  const fields: Record<string, string> = {};
  const problems: FieldProblem[] = [];
  let file: UploadedFile | undefined;
  try {
    const parts = request.parts({
      limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 10, fieldSize: MAX_FIELD_BYTES },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file')
          file = { bytes, fileName: part.filename, declaredType: part.mimetype };
        else
          problems.push({
            field: `/${part.fieldname}`,
            code: 'unknown_field',
            message: 'Send the document in the part named `file`.',
          });
      } else if (allowedFields.includes(part.fieldname)) {
        fields[part.fieldname] = String(part.value).trim();
      } else {
        problems.push({
          field: `/${part.fieldname}`,
          code: 'unknown_field',
          message: 'This field is not accepted here.',
        });
      }
    }
  } catch (error) {
    throw translateMultipartError(error);
  }
  if (!file)
    problems.push({ field: '/file', code: 'required', message: 'Choose a file to upload.' });
  if (problems.length > 0 || !file) throw validationFailed(problems);
  return { file, fields };
}
