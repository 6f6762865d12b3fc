import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { StringEnum } from '../../platform/http/schema-helpers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { renderEstimatePdf } from './estimate-pdf.ts';
import { ESTIMATE_LANGUAGES, EstimateIdParamsSchema } from './estimates.contracts.ts';
import { findVisibleEstimate } from './estimates.queries.ts';
import { toMyEstimate } from './my-estimates.queries.ts';

const PdfQuerySchema = Type.Object(
  {
    language: Type.Optional(
      StringEnum(ESTIMATE_LANGUAGES, { description: 'Default: the patient’s preferred language' }),
    ),
  },
  { additionalProperties: false },
);

export function estimatePdfRoute(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/estimates/:id.pdf',
      {
        config: { policy: { resource: 'estimate', action: 'read' } },
        schema: {
          tags: ['financial'],
          summary: 'The estimate as a PDF for the patient to keep (English or Simplified Chinese)',
          description:
            'Same figures as the portal. Content-Language says the language written: Chinese falls back to English when the server has no CJK font (INFUSIO_PDF_CJK_FONT).',
          params: EstimateIdParamsSchema,
          querystring: PdfQuerySchema,
          response: withProblems(
            { 200: Type.String({ format: 'binary', description: 'application/pdf' }) },
            [404],
          ),
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const row = await findVisibleEstimate(ctx.db, access, request.params.id, now);
        if (!row) throw notFound('The estimate');
        const view = await toMyEstimate(ctx.db, row);
        const pdf = await renderEstimatePdf(
          view,
          request.query.language ?? view.preferredLanguage,
          now,
        );
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'estimate',
              resourceId: row.id,
              patientId: row.patientId,
              details: { format: 'pdf', version: row.version, language: pdf.language },
            },
          ],
          now,
        );
        return reply
          .header('content-type', 'application/pdf')
          .header(
            'content-disposition',
            `inline; filename="estimate-v${row.version}-${pdf.language}.pdf"`,
          )
          .header('content-language', pdf.language)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(pdf.bytes));
      },
    );
  };
}
