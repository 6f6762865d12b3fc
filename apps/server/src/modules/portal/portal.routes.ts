import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/app-context.ts';
import { auditActorOf, requireAccess } from '../../platform/access/access-context.ts';
import { withProblems } from '../../platform/http/responses.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { MyAdmissionsResponseSchema, MyReferralsResponseSchema } from './portal.contracts.ts';
import { listMyAdmissions, listMyReferrals } from './portal.queries.ts';

export function portalRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/my/admissions',
      {
        config: { policy: { resource: 'admission', action: 'read' } },
        schema: {
          tags: ['portal'],
          summary:
            'The journey of the patient (or the patients a caregiver helps): stage reached and each step’s date',
          response: withProblems({ 200: MyAdmissionsResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const now = ctx.clock.now();
        const admissions = await listMyAdmissions(ctx.db, access, now);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          admissions.map((a) => ({
            action: 'read',
            resourceType: 'admission',
            resourceId: a.admissionId,
            patientId: a.patientId,
            details: { via: 'portal' },
          })),
          now,
        );
        return { admissions };
      },
    );

    app.get(
      '/api/my/referrals',
      {
        config: { policy: { resource: 'referral', action: 'read' } },
        schema: {
          tags: ['portal'],
          summary:
            'Referrals the signed-in physician sent: status, answer, stage reached, and what is still needed from the office',
          response: withProblems({ 200: MyReferralsResponseSchema }),
        },
      },
      async (request) => {
        const access = requireAccess(request);
        const referrals = await listMyReferrals(ctx.db, access);
        await recordAudit(
          ctx.db,
          auditActorOf(access, request),
          [
            {
              action: 'read',
              resourceType: 'referral',
              details: { via: 'physician-portal', count: referrals.length },
            },
          ],
          ctx.clock.now(),
        );
        return { referrals };
      },
    );
  };
}
