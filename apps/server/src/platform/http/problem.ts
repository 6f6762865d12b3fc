// RFC 9457 problem details: every error leaves the API as application/problem+json.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { AppError, type FieldProblem } from './app-error.ts';

export const FieldProblemSchema = Type.Object({
  field: Type.String(),
  code: Type.String(),
  message: Type.String(),
});

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
    code: Type.String(),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldProblemSchema)),
  },
  { additionalProperties: true, $id: 'Problem', description: 'RFC 9457 problem details' },
);
export type Problem = Static<typeof ProblemSchema>;

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Turns an AJV validation error from Fastify into field problems with JSON pointers. */
function fieldsFromValidation(error: FastifyError): FieldProblem[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((issue) => {
    const params: Record<string, unknown> = issue.params;
    const missing = typeof params.missingProperty === 'string' ? `/${params.missingProperty}` : '';
    const extra =
      typeof params.additionalProperty === 'string' ? `/${params.additionalProperty}` : '';
    const pointer = `${issue.instancePath}${missing}${extra}` || '/';
    const field = context === 'body' ? pointer : `${context}:${pointer.replace(/^\//, '')}`;
    const code =
      issue.keyword === 'required'
        ? 'required'
        : issue.keyword === 'additionalProperties'
          ? 'unknown_field'
          : issue.keyword;
    const message =
      issue.keyword === 'required'
        ? 'This field is required.'
        : issue.keyword === 'additionalProperties'
          ? 'This field is not accepted here.'
          : (issue.message ?? 'is not valid').replace(/^must/, 'Must');
    return { field, code, message };
  });
}

export function toProblem(error: unknown, request: FastifyRequest): Problem {
  const base = { instance: request.url, requestId: request.id };
  if (error instanceof AppError) {
    return {
      type: `https://infusio.dev/problems/${error.code}`,
      title: TITLES[error.status] ?? 'Error',
      status: error.status,
      detail:
        error.status >= 500
          ? 'Something went wrong on our side. The request id helps support find it.'
          : error.detail,
      code: error.code,
      ...(error.fields.length > 0 ? { errors: error.fields } : {}),
      ...error.extensions,
      ...base,
    };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) {
    return {
      type: 'https://infusio.dev/problems/validation_failed',
      title: TITLES[400] ?? 'Bad request',
      status: 400,
      detail: 'Some fields are not valid.',
      code: 'validation_failed',
      errors: fieldsFromValidation(fastifyError as FastifyError),
      ...base,
    };
  }
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = fastifyCode(fastifyError.code, status);
    return {
      type: `https://infusio.dev/problems/${code}`,
      title: TITLES[status] ?? 'Bad request',
      status,
      detail: clientMessage(fastifyError, status),
      code,
      ...base,
    };
  }
  return {
    type: 'https://infusio.dev/problems/internal',
    title: TITLES[500] ?? 'Internal server error',
    status: 500,
    detail: 'Something went wrong on our side. The request id helps support find it.',
    code: 'internal',
    ...base,
  };
}

const CODE_OF_STATUS: Record<number, string> = {
  401: 'not_signed_in',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

function fastifyCode(code: string | undefined, status: number): string {
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'malformed_request';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    default:
      return CODE_OF_STATUS[status] ?? 'bad_request';
  }
}

function clientMessage(error: Partial<FastifyError>, status: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'The request body is not valid JSON.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is empty but JSON was declared.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is larger than this endpoint accepts.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'This endpoint does not accept that content type.';
    default:
      return status === 429
        ? 'Too many requests. Wait a moment and try again.'
        : (error.message ?? 'The request could not be processed.');
  }
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}
