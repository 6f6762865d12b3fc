import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createReferral } from './create-referral.ts';
import {
  AmendReferralRequestSchema,
  CreateReferralRequestSchema,
  CreateReferralResponseSchema,
  ReasonKindSchema,
  ReasonListSchema,
  ReferralDetailSchema,
  ResolveMatchRequestSchema,
  RespondToReferralRequestSchema,
} from './intake.contracts.ts';
import { readIntakeSettings, saveIntakeSettings } from './intake-settings.ts';
import { listReasonCodes } from './reason-codes.ts';
import { amendReferral, resolveReferralMatch, respondToReferral } from './referral-commands.ts';
import { buildReferralDetail, getVisibleReferral } from './referrals.queries.ts';
import { IntakeSettingsSchema } from './intake-settings.contracts.ts';

const TAGS = ['referrals'];
const Params = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export function referralRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/referrals',
      {
        config: { policy: { resource: 'referral', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'File a referral (console form or physician portal)',
          description:
            'Validates every field, checks the therapy checklist, and stores referral, chart entries and admission in one transaction. ' +
            '409 with `candidates` when the patient may already have a chart: resend with `patientDecision`.',
          body: CreateReferralRequestSchema,
          response: withProblems(
            { 201: CreateReferralResponseSchema, 202: CreateReferralResponseSchema },
            [409, 422],
          ),
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        const result = await createReferral(ctx, access, { ...request.body, pointer: '/draft' });
        return reply.status(result.status === 'awaiting-match' ? 202 : 201).send(result);
      },
    );

    app.get(
      '/api/referrals/:id',
      {
        config: { policy: { resource: 'referral', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'A referral as received, its checklist and response clock',
          params: Params,
          response: withProblems({ 200: ReferralDetailSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const row = await getVisibleReferral(ctx.db, access, request.params.id, now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'referral',
              resourceId: request.params.id,
              patientId: row?.patientId ?? null,
              outcome: row ? 'success' : 'denied',
            },
          ],
          now,
        );
        if (!row) throw notFound('The referral');
        return buildReferralDetail(ctx.db, access, row, now, await readIntakeSettings(ctx.db));
      },
    );

    app.post(
      '/api/referrals/:id/resolve-match',
      {
        config: { policy: { resource: 'referral', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Put a referral awaiting a chart match on an existing chart or a new one',
          params: Params,
          body: ResolveMatchRequestSchema,
          response: withProblems(
            { 200: Type.Object({ patientId: Type.String(), admissionId: Type.String() }) },
            [404, 409],
          ),
        },
      },
      async (request) =>
        resolveReferralMatch(ctx, requireAccess(request), request.params.id, request.body.decision),
    );

    app.post(
      '/api/referrals/:id/respond',
      {
        config: { policy: { resource: 'referral', action: 'update' } },
        schema: {
          tags: TAGS,
          summary:
            'Answer the referral source: accepted, declined (reason), or more information needed',
          params: Params,
          body: RespondToReferralRequestSchema,
          response: withProblems({ 204: Type.Null() }, [404, 409]),
        },
      },
      async (request, reply) => {
        await respondToReferral(ctx, requireAccess(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/referrals/:id/amend',
      {
        config: { policy: { resource: 'referral', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Add missing referral information; the checklist is checked again',
          params: Params,
          body: AmendReferralRequestSchema,
          response: withProblems({ 204: Type.Null() }, [404]),
        },
      },
      async (request, reply) => {
        await amendReferral(ctx, requireAccess(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/reasons/:kind',
      {
        config: { policy: { resource: 'admission', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'The maintained list of reasons of a kind',
          params: Type.Object({ kind: ReasonKindSchema }),
          response: withProblems({ 200: ReasonListSchema }),
        },
      },
      async (request) => ({
        kind: request.params.kind,
        reasons: await listReasonCodes(ctx.db, request.params.kind),
      }),
    );

    app.get(
      '/api/settings/intake',
      {
        config: { policy: { resource: 'configuration', action: 'read' } },
        schema: {
          tags: ['configuration'],
          summary: 'Response clock, recent-lab window and stage targets (local policy)',
          response: withProblems({ 200: IntakeSettingsSchema }),
        },
      },
      async () => readIntakeSettings(ctx.db),
    );

    app.put(
      '/api/settings/intake',
      {
        config: { policy: { resource: 'configuration', action: 'update' } },
        schema: {
          tags: ['configuration'],
          summary: 'Change the intake settings',
          body: IntakeSettingsSchema,
          response: withProblems({ 200: IntakeSettingsSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        await saveIntakeSettings(ctx.db, request.body, access.userId, ctx.clock.now());
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [{ action: 'update', resourceType: 'configuration', resourceId: 'intake' }],
          ctx.clock.now(),
        );
        return readIntakeSettings(ctx.db);
      },
    );
  };
}
