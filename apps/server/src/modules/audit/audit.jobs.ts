import type { AppContext } from '../../platform/app-context.ts';
import type { JobHandler } from '../../platform/jobs/job-queue.ts';
import { countAuditEvents } from './audit.queries.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

export const AUDIT_VERIFY_JOB = 'audit.verify';

export function auditJobHandlers(ctx: AppContext): Record<string, JobHandler> {
  return {
    [AUDIT_VERIFY_JOB]: async (job) => {
      const total = Math.max(1, await countAuditEvents(ctx.db));
      const result = await verifyAuditChain(ctx.db, (checked) => {
        void job.reportProgress(
          checked / total,
          `${checked.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows checked`,
        );
      });
      return { ...result };
    },
  };
}
