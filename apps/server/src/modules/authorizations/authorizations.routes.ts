// HTTP routes of prior authorizations: the work list, one authorization with its history, and the
// commands on it (each its own POST saying what happened). Registers the admission routes too.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static, TSchema } from 'typebox';
import type { AppContext } from '../../platform/app-context.ts';
import {
  auditActorOf,
  requireAccess,
  type AccessContext,
} from '../../platform/access/access-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { admissionAuthorizationRoutes } from './admission-authorizations.routes.ts';
import {
  AppealRequestSchema,
  AuthorizationDetailSchema,
  AuthorizationIdParams,
  AuthorizationViewSchema,
  CancelRequestSchema,
  DraftFieldsSchema,
  ManualDecisionRequestSchema,
  MarkSubmittedRequestSchema,
  NoteRequestSchema,
  NotRequiredRequestSchema,
  OverviewQuerySchema,
  OverviewResponseSchema,
  RenewRequestSchema,
  SubmitResponseSchema,
  UsageRequestSchema,
} from './authorizations.contracts.ts';
import { listOverview } from './authorizations-overview.queries.ts';
import {
  getVisibleAuthorization,
  listAuthorizationEvents,
  toViews,
} from './authorizations.queries.ts';
import {
  appealDenial,
  cancelAuthorization,
  editDraft,
  expireAuthorization,
  markNotRequired,
  markSubmitted,
} from './authorization-commands.ts';
import type { AuthorizationRow } from './authorization-views.ts';
import { recordManualDecision } from './record-decision.ts';
import { recordUsage } from './record-usage.ts';
import { renewAuthorization } from './renew-authorization.ts';
import { submitAuthorization } from './submit-authorization.ts';

const TAGS = ['authorizations'];
type App = Parameters<FastifyPluginAsyncTypebox>[0];
type Run<B extends TSchema> = (
  access: AccessContext,
  id: string,
  body: Static<B>,
) => Promise<AuthorizationRow>;

export function authorizationRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const viewOf = async (row: AuthorizationRow) => {
    const [view] = await toViews(ctx.db, [row], ctx.clock.now());
    if (!view) throw new Error('no view for a row');
    return view;
  };

  function command<B extends TSchema>(
    app: App,
    path: string,
    summary: string,
    body: B,
    run: Run<B>,
    status: 200 | 201 = 200,
  ): void {
    app.post(
      `/api/authorizations/:id/${path}`,
      {
        config: { policy: { resource: 'authorization', action: 'update' } },
        schema: {
          tags: TAGS,
          summary,
          params: AuthorizationIdParams,
          body,
          response: withProblems({ [status]: AuthorizationViewSchema }, [404, 409, 422]),
        },
      },
      async (request, reply) => {
        // The provider types the body of a generic schema loosely; the schema validated it.
        const row = await run(requireAccess(request), request.params.id, request.body as Static<B>);
        return reply.status(status).send(await viewOf(row));
      },
    );
  }

  return async (app) => {
    await app.register(admissionAuthorizationRoutes(ctx));

    app.get(
      '/api/authorizations',
      {
        config: { policy: { resource: 'authorization', action: 'read' } },
        schema: {
          tags: TAGS,
          summary:
            'Authorizations needing action: drafts, awaiting decision, late, expiring, units low',
          querystring: OverviewQuerySchema,
          response: withProblems({ 200: OverviewResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const result = await listOverview(ctx.db, access, request.query, now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          result.items.map((item) => ({
            action: 'read',
            resourceType: 'authorization',
            resourceId: item.authorization.id,
            patientId: item.authorization.patientId,
            details: { via: 'overview' },
          })),
          now,
        );
        return result;
      },
    );

    app.get(
      '/api/authorizations/:id',
      {
        config: { policy: { resource: 'authorization', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'One authorization with its history and the X12 sent and received',
          params: AuthorizationIdParams,
          response: withProblems({ 200: AuthorizationDetailSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const row = await getVisibleAuthorization(ctx.db, access, request.params.id, now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'authorization',
              resourceId: request.params.id,
              patientId: row?.patientId ?? null,
              outcome: row ? 'success' : 'denied',
            },
          ],
          now,
        );
        if (!row) throw notFound('The authorization');
        const events = await listAuthorizationEvents(ctx.db, row.id);
        return {
          authorization: await viewOf(row),
          events: events.map((e) => ({
            kind: e.kind,
            fromStatus: e.fromStatus,
            toStatus: e.toStatus,
            units: e.units,
            detail: e.detail,
            actorName: e.actorName,
            at: e.at.toISOString(),
          })),
          requestX12: row.requestX12,
          responseX12: row.responseX12,
        };
      },
    );

    app.put(
      '/api/authorizations/:id',
      {
        config: { policy: { resource: 'authorization', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Edit a draft',
          params: AuthorizationIdParams,
          body: DraftFieldsSchema,
          response: withProblems({ 200: AuthorizationViewSchema }, [404, 409]),
        },
      },
      async (request) =>
        viewOf(await editDraft(ctx, requireAccess(request), request.params.id, request.body)),
    );

    app.post(
      '/api/authorizations/:id/submit',
      {
        config: { policy: { resource: 'authorization', action: 'update' } },
        schema: {
          tags: TAGS,
          summary: 'Send the request as an X12 278 and record the payer’s answer',
          description:
            'A response that fails X12 reading stores nothing: the request stays submitted and the 422 names each problem with segment, element and byte position.',
          params: AuthorizationIdParams,
          response: withProblems({ 200: SubmitResponseSchema }, [404, 409, 422, 503]),
        },
      },
      async (request) => {
        const result = await submitAuthorization(ctx, requireAccess(request), request.params.id);
        return { authorization: await viewOf(result.row), answer: result.answer };
      },
    );

    command(
      app,
      'mark-submitted',
      'Sent by portal, fax or phone: the deadline starts',
      MarkSubmittedRequestSchema,
      (a, id, body) => markSubmitted(ctx, a, id, body),
    );
    command(
      app,
      'decision',
      'Record a decision received by portal, fax or phone',
      ManualDecisionRequestSchema,
      (a, id, body) => recordManualDecision(ctx, a, id, body),
    );
    command(
      app,
      'appeal',
      'Appeal a denial (a new deadline starts)',
      AppealRequestSchema,
      (a, id, body) => appealDenial(ctx, a, id, body),
    );
    command(app, 'expire', 'Mark an approval expired', NoteRequestSchema, (a, id, body) =>
      expireAuthorization(ctx, a, id, body),
    );
    command(
      app,
      'not-required',
      'The payer needs no authorization for this service',
      NotRequiredRequestSchema,
      (a, id, body) => markNotRequired(ctx, a, id, body),
    );
    command(app, 'cancel', 'Cancel the request', CancelRequestSchema, (a, id, body) =>
      cancelAuthorization(ctx, a, id, body),
    );
    command(
      app,
      'usage',
      'Record units given against the approval',
      UsageRequestSchema,
      (a, id, body) => recordUsage(ctx, a, id, body),
    );
    command(
      app,
      'renew',
      'A draft for the next period (coverage is re-verified first)',
      RenewRequestSchema,
      (a, id, body) => renewAuthorization(ctx, a, id, body),
      201,
    );
  };
}
