import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../platform/app-context.ts';
import {
  auditActorOf,
  requireAccess,
  type AccessContext,
} from '../../platform/access/access-context.ts';
import { AppError, validationFailed } from '../../platform/http/app-error.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import {
  IntakeDashboardQuerySchema,
  IntakeDashboardResponseSchema,
  type IntakeDashboardQuery,
  type IntakeDashboardResponse,
} from './analytics.contracts.ts';
import { loadIntakeDashboard } from './analytics.queries.ts';
import { resolveDashboardRange } from './dashboard-range.ts';
import { buildIntakeDashboardCsv, intakeCsvFileName } from './intake-dashboard-csv.ts';

const TAGS = ['dashboard'];
const POLICY = { resource: 'dashboard', action: 'read' } as const;

export function analyticsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  /** Validates the range, loads the figures and audits the read (aggregates: no patient ids). */
  async function readDashboard(
    request: FastifyRequest,
    access: AccessContext,
    query: IntakeDashboardQuery,
    format: 'json' | 'csv',
  ): Promise<IntakeDashboardResponse> {
    const now = ctx.clock.now();
    const resolved = resolveDashboardRange(query, now);
    if (!resolved.ok) throw validationFailed(resolved.fields, 'The date range is not valid.');
    const params = { range: resolved.range, groupBy: query.groupBy, branchId: query.branchId };
    const details = {
      view: 'intake',
      format,
      ...resolved.range,
      groupBy: query.groupBy,
      branchId: query.branchId ?? null,
    };
    try {
      const dashboard = await loadIntakeDashboard(ctx.db, access, params, now);
      await recordAudit(
        ctx.db,
        auditActorOf(access, request),
        [{ action: 'read', resourceType: 'dashboard', details }],
        now,
      );
      return dashboard;
    } catch (error) {
      await recordAudit(
        ctx.db,
        auditActorOf(access, request),
        [
          {
            action: 'read',
            resourceType: 'dashboard',
            outcome: error instanceof AppError && error.status < 500 ? 'denied' : 'error',
            details,
          },
        ],
        now,
      );
      throw error;
    }
  }

  return async (app) => {
    app.get(
      '/api/dashboard/intake',
      {
        config: { policy: POLICY },
        schema: {
          tags: TAGS,
          summary: 'Referral-to-start-of-care, conversion, reasons and stage waits',
          description:
            'Aggregates over referrals received in the date range (days in `timeZone`), overall and by the chosen group. Branch roles see their branches only.',
          querystring: IntakeDashboardQuerySchema,
          response: withProblems({ 200: IntakeDashboardResponseSchema }, [404]),
        },
      },
      async (request) => readDashboard(request, requireAccess(request), request.query, 'json'),
    );

    app.get(
      '/api/dashboard/intake.csv',
      {
        config: { policy: POLICY },
        schema: {
          tags: TAGS,
          summary: 'The intake dashboard as CSV, one row per group',
          description:
            'RFC 4180 text/csv with a header row; same filters as /api/dashboard/intake.',
          querystring: IntakeDashboardQuerySchema,
          produces: ['text/csv'],
          response: withProblems({ 200: Type.String({ description: 'text/csv' }) }, [404]),
        },
      },
      async (request, reply) => {
        const dashboard = await readDashboard(
          request,
          requireAccess(request),
          request.query,
          'csv',
        );
        return reply
          .header('content-type', 'text/csv; charset=utf-8; header=present')
          .header('content-disposition', `attachment; filename="${intakeCsvFileName(dashboard)}"`)
          .header('cache-control', 'no-store')
          .send(buildIntakeDashboardCsv(dashboard));
      },
    );
  };
}
