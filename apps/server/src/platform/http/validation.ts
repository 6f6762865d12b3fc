// Two validators: request bodies are strict (a string where a number belongs is an error, unknown
// fields are errors), query strings and path parameters coerce from text as URLs require.
// Every error is collected, so the client gets the full field-level list at once.
import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

function buildAjv(options: Options): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    removeAdditional: false,
    useDefaults: true,
    ...options,
  });
  addFormats.default(ajv);
  return ajv;
}

const bodyAjv = buildAjv({ coerceTypes: false });
const urlAjv = buildAjv({ coerceTypes: 'array' });

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : urlAjv;
  return ajv.compile(schema as object);
};
