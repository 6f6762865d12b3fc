// HTTP routes of an admission's authorizations: the list, the suggestions from the therapy plan,
// a new draft, "propose requests from the therapy plan", and "not required" for a line.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { canPerform } from '@infusio/domain/access';
import { recordAudit } from '../audit/record-audit.ts';
import {
  AdmissionAuthorizationsSchema,
  AdmissionIdParams,
  AuthorizationViewSchema,
  DraftFieldsSchema,
  ProposeResponseSchema,
  RecordNotRequiredRequestSchema,
  SuggestionsResponseSchema,
} from './authorizations.contracts.ts';
import { listAdmissionAuthorizations, toViews } from './authorizations.queries.ts';
import {
  getAdmissionForAuthorizations,
  patientNameOf,
  planContextOf,
  primaryCoverageOf,
} from './authorization-admission.ts';
import type { AuthorizationRow } from './authorization-views.ts';
import { createAuthorization } from './create-authorization.ts';
import { listSuggestions, proposeAuthorizations } from './propose-authorizations.ts';
import { recordNotRequired } from './record-not-required.ts';

const TAGS = ['authorizations'];

export function admissionAuthorizationRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const viewsOf = (rows: readonly AuthorizationRow[]) => toViews(ctx.db, rows, ctx.clock.now());
  const viewOf = async (row: AuthorizationRow) => {
    const [view] = await viewsOf([row]);
    if (!view) throw new Error('no view for a row');
    return view;
  };
  return async (app) => {
    app.get(
      '/api/admissions/:admissionId/authorizations',
      {
        config: { policy: { resource: 'authorization', action: 'read' } },
        schema: {
          tags: TAGS,
          summary: 'The admission’s authorization requests per service line, with the plan context',
          params: AdmissionIdParams,
          response: withProblems({ 200: AdmissionAuthorizationsSchema }, [404]),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const admission = await getAdmissionForAuthorizations(
          ctx.db,
          access,
          request.params.admissionId,
          now,
          'read',
        );
        const rows = await listAdmissionAuthorizations(ctx.db, admission.id);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'admission-authorizations',
              resourceId: admission.id,
              patientId: admission.patientId,
              details: { count: rows.length },
            },
          ],
          now,
        );
        return {
          admission: {
            id: admission.id,
            patientId: admission.patientId,
            patientName: await patientNameOf(ctx.db, admission.patientId),
            therapy: admission.therapy,
            drugName: admission.drugName,
            stage: admission.stage,
            status: admission.status,
            expectedStartDate: admission.expectedStartDate,
          },
          plan: await planContextOf(ctx.db, await primaryCoverageOf(ctx.db, admission)),
          authorizations: await viewsOf(rows),
          canEdit: canPerform(access.roles, 'authorization', 'update'),
        };
      },
    );

    app.get(
      '/api/admissions/:admissionId/authorizations/suggestions',
      {
        config: { policy: { resource: 'authorization', action: 'read' } },
        schema: {
          tags: TAGS,
          summary:
            'What the therapy plan asks the payer for, line by line, and which lines need it',
          params: AdmissionIdParams,
          response: withProblems({ 200: SuggestionsResponseSchema }, [404, 422]),
        },
      },
      async (request) => listSuggestions(ctx, requireAccess(request), request.params.admissionId),
    );

    app.post(
      '/api/admissions/:admissionId/authorizations',
      {
        config: { policy: { resource: 'authorization', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'A draft authorization request for one service line',
          params: AdmissionIdParams,
          body: DraftFieldsSchema,
          response: withProblems({ 201: AuthorizationViewSchema }, [404, 409, 422]),
        },
      },
      async (request, reply) => {
        const row = await createAuthorization(
          ctx,
          requireAccess(request),
          request.params.admissionId,
          request.body,
        );
        return reply.status(201).send(await viewOf(row));
      },
    );

    app.post(
      '/api/admissions/:admissionId/authorizations/propose',
      {
        config: { policy: { resource: 'authorization', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'Drafts for every therapy-plan line the payer needs an authorization for',
          params: AdmissionIdParams,
          response: withProblems({ 200: ProposeResponseSchema }, [404, 409, 422]),
        },
      },
      async (request) => {
        const result = await proposeAuthorizations(
          ctx,
          requireAccess(request),
          request.params.admissionId,
        );
        return { ...result, created: await viewsOf(result.created) };
      },
    );

    app.post(
      '/api/admissions/:admissionId/authorizations/not-required',
      {
        config: { policy: { resource: 'authorization', action: 'create' } },
        schema: {
          tags: TAGS,
          summary: 'Record that the payer needs no authorization for a service line',
          params: AdmissionIdParams,
          body: RecordNotRequiredRequestSchema,
          response: withProblems({ 201: AuthorizationViewSchema }, [404, 409]),
        },
      },
      async (request, reply) => {
        const row = await recordNotRequired(
          ctx,
          requireAccess(request),
          request.params.admissionId,
          request.body,
        );
        return reply.status(201).send(await viewOf(row));
      },
    );
  };
}
