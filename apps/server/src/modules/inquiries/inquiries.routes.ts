import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { closeInquiry, contactInquiry } from './handle-inquiry.ts';
import {
  CloseInquiryRequestSchema,
  ContactInquiryRequestSchema,
  InquiryIdParamsSchema,
  InquirySchema,
  ListInquiriesQuerySchema,
  ListInquiriesResponseSchema,
  SubmitInquiryRequestSchema,
  SubmitInquiryResponseSchema,
  type Inquiry,
} from './inquiries.contracts.ts';
import {
  findInquiryEvents,
  getVisibleInquiry,
  listInquiries,
  toInquiry,
} from './inquiries.queries.ts';
import { referenceOf } from './inquiry-values.ts';
import { submitInquiry } from './submit-inquiry.ts';

const TAGS = ['inquiries'];

/** Requests for care one address may send: enough for a family, too few for a robot. */
export const INQUIRY_RATE_LIMIT = { max: 5, timeWindow: '1 hour' } as const;

/** What happens next, said in the answer (the web app shows its own translated words). */
export const INQUIRY_NEXT_STEPS = [
  'A care coordinator will call you at the number you gave, in the language you chose, to learn what care is needed.',
  'We ask the prescriber (the doctor who ordered the infusion) to send us the orders and medical records.',
  'We check insurance coverage and tell you what you may owe before care starts.',
  'Quote your reference number if you call us.',
];

export function inquiryRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  async function inquiryFor(request: FastifyRequest, id: string): Promise<Inquiry> {
    const row = await getVisibleInquiry(ctx.db, requireAccess(request), id, 'read');
    if (!row) throw notFound('The request for care');
    const events = await findInquiryEvents(ctx.db, [id]);
    return toInquiry(row, events.get(id) ?? []);
  }

  return async (app) => {
    app.post(
      '/api/public/inquiries',
      {
        config: {
          policy: { public: 'the request-for-care form: families ask for care without an account' },
          rateLimit: INQUIRY_RATE_LIMIT,
        },
        schema: {
          tags: TAGS,
          summary: 'Ask for home infusion care (public form, no sign-in)',
          description: `Rate-limited to ${INQUIRY_RATE_LIMIT.max} requests per address per hour. Answers 202 with a reference number.`,
          security: [],
          body: SubmitInquiryRequestSchema,
          response: withProblems({ 202: SubmitInquiryResponseSchema }, [429]),
        },
      },
      async (request, reply) => {
        const actor = auditActorOf(undefined, request);
        if (request.body.website?.trim()) {
          // A robot filled the field people never see: the same answer, nothing stored, and a
          // record of the attempt that names no one.
          request.log.warn({ requestId: request.id, event: 'inquiry-honeypot' }, 'honeypot filled');
          await recordAudit(
            ctx.db,
            actor,
            [
              {
                action: 'create',
                resourceType: 'inquiry',
                outcome: 'denied',
                details: { reason: 'honeypot' },
              },
            ],
            ctx.clock.now(),
          );
          return reply.status(202).send({
            reference: referenceOf(randomUUID()),
            receivedAt: ctx.clock.now().toISOString(),
            nextSteps: INQUIRY_NEXT_STEPS,
          });
        }
        const { id, receivedAt } = await submitInquiry(ctx, actor, request.body);
        return reply.status(202).send({
          reference: referenceOf(id),
          receivedAt: receivedAt.toISOString(),
          nextSteps: INQUIRY_NEXT_STEPS,
        });
      },
    );

    app.get(
      '/api/inquiries',
      {
        config: { policy: { resource: 'inquiry', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'Requests for care in the caller’s branches, with counts by status',
          description: 'New first, then contacted; the longest waiting first within each.',
          querystring: ListInquiriesQuerySchema,
          response: withProblems({ 200: ListInquiriesResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const { items, total, counts } = await listInquiries(ctx.db, access, request.query);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          items.map((item) => ({
            action: 'read',
            resourceType: 'inquiry',
            resourceId: item.id,
            details: { via: 'list' },
          })),
          ctx.clock.now(),
        );
        return { items, total, counts, page: request.query.page, pageSize: request.query.pageSize };
      },
    );

    app.post(
      '/api/inquiries/:id/contact',
      {
        config: { policy: { resource: 'inquiry', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Record a call back to the family, with a note',
          params: InquiryIdParamsSchema,
          body: ContactInquiryRequestSchema,
          response: withProblems({ 200: InquirySchema }, [404, 409]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        await contactInquiry(
          ctx,
          access,
          auditActorOf(access, request),
          request.params.id,
          request.body,
        );
        return inquiryFor(request, request.params.id);
      },
    );

    app.post(
      '/api/inquiries/:id/close',
      {
        config: { policy: { resource: 'inquiry', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Close a request for care that will not become a referral, with the reason',
          params: InquiryIdParamsSchema,
          body: CloseInquiryRequestSchema,
          response: withProblems({ 200: InquirySchema }, [404, 409]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        await closeInquiry(
          ctx,
          access,
          auditActorOf(access, request),
          request.params.id,
          request.body,
        );
        return inquiryFor(request, request.params.id);
      },
    );
  };
}
