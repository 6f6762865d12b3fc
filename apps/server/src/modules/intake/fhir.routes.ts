// The FHIR R4 intake endpoint: an EHR posts a Bundle; every problem comes back as an
// OperationOutcome naming the element (application/fhir+json), never a 500; an acceptable bundle
// becomes a referral on the same path as the console form.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  createOperationOutcome,
  readReferralBundle,
  type IssueType,
  type OperationOutcome,
} from '@infusio/domain/fhir';
import type { AppContext } from '../../platform/app-context.ts';
import { requireAccess } from '../../platform/access/access-context.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { createReferral } from './create-referral.ts';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
export const FHIR_BODY_LIMIT = 10 * 1024 * 1024;

const OperationOutcomeSchema = Type.Object(
  {
    resourceType: Type.Literal('OperationOutcome'),
    issue: Type.Array(
      Type.Object({
        severity: Type.String(),
        code: Type.String(),
        details: Type.Optional(Type.Object({ text: Type.String() })),
        diagnostics: Type.Optional(Type.String()),
        expression: Type.Optional(Type.Array(Type.String())),
      }),
    ),
  },
  { additionalProperties: true },
);

function outcome(
  severity: 'fatal' | 'error' | 'information',
  code: IssueType,
  text: string,
  diagnostics?: string,
): OperationOutcome {
  return createOperationOutcome([
    { severity, code, details: { text }, ...(diagnostics ? { diagnostics } : {}) },
  ]);
}

export function fhirRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    // This endpoint reads the body itself so that even unparseable JSON gets an OperationOutcome.
    app.removeContentTypeParser('application/json');
    for (const type of ['application/json', 'application/fhir+json']) {
      app.addContentTypeParser(
        type,
        { parseAs: 'string', bodyLimit: FHIR_BODY_LIMIT },
        (_request, body, done) => {
          done(null, body);
        },
      );
    }

    app.post(
      '/api/fhir/Bundle',
      {
        bodyLimit: FHIR_BODY_LIMIT,
        config: { policy: { resource: 'referral', action: 'create' } },
        schema: {
          tags: ['referrals', 'FHIR'],
          summary: 'Receive a referral as a FHIR R4 Bundle',
          description:
            'Patient, ServiceRequest, MedicationRequest, Coverage, Condition, AllergyIntolerance, Practitioner, Organization. ' +
            '201 with an informational OperationOutcome and a Location header when a referral was created; 202 when it waits for a chart match; ' +
            '422 (or 400 for unreadable JSON) with an OperationOutcome listing every problem and the element it concerns.',
          response: {
            201: OperationOutcomeSchema,
            202: OperationOutcomeSchema,
            400: OperationOutcomeSchema,
            422: OperationOutcomeSchema,
          },
        },
      },
      async (request, reply) => {
        const access = requireAccess(request);
        let json: unknown;
        try {
          json = JSON.parse(typeof request.body === 'string' ? request.body : '');
        } catch (error) {
          return reply
            .status(400)
            .type(FHIR_JSON)
            .send(
              outcome(
                'fatal',
                'structure',
                'The body is not valid JSON.',
                error instanceof Error ? error.message : undefined,
              ),
            );
        }
        const { outcome: validation, referral } = readReferralBundle(json);
        if (!referral) return reply.status(422).type(FHIR_JSON).send(validation);
        let created: Awaited<ReturnType<typeof createReferral>>;
        try {
          created = await createReferral(ctx, access, {
            draft: referral,
            pointer: 'ReferralDraft',
          });
        } catch (error) {
          if (!(error instanceof AppError) || error.status >= 500) throw error;
          const issues =
            error.fields.length > 0
              ? error.fields.map((f) => ({
                  severity: 'error' as const,
                  code: 'invalid' as const,
                  details: { text: f.message },
                  expression: [f.field],
                }))
              : [
                  {
                    severity: 'error' as const,
                    code: 'business-rule' as const,
                    details: { text: error.detail },
                  },
                ];
          return reply.status(422).type(FHIR_JSON).send(createOperationOutcome(issues));
        }
        const missing = created.checklist.missing.map((m) => m.description).join('; ');
        const text =
          created.status === 'awaiting-match'
            ? 'Referral received; the patient may already have a chart, so it waits for a coordinator to match it.'
            : `Referral received${created.checklist.complete ? '' : `; ${created.checklist.missing.length} item(s) still missing: ${missing}`}.`;
        const result = createOperationOutcome([
          {
            severity: 'information',
            code: 'informational',
            details: { text },
            diagnostics: `referral ${created.referralId}`,
          },
          ...validation.issue.filter((i) => i.severity === 'warning'),
        ]);
        return reply
          .status(created.status === 'awaiting-match' ? 202 : 201)
          .header('location', `/api/referrals/${created.referralId}`)
          .type(FHIR_JSON)
          .send(result);
      },
    );
  };
}
