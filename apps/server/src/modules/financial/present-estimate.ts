// Staff reviewed the estimate with the patient: it becomes visible in the patient's portal, where
// the patient (or a caregiver with billing permission) acknowledges it.
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { estimateScope } from './estimate-scope.ts';
import { latestVersionOf } from './estimates.queries.ts';
import { estimates } from './financial.tables.ts';

export async function presentEstimate(
  ctx: AppContext,
  access: AccessContext,
  actor: AuditActor,
  estimateId: string,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(estimates)
      .where(and(eq(estimates.id, estimateId), estimateScope(access, 'update', now)))
      .for('update');
    if (!row) throw notFound('The estimate');
    const latest = await latestVersionOf(tx, row.admissionId);
    if (row.status === 'superseded' || row.version !== latest)
      throw new AppError(
        'conflict',
        `Version ${row.version} was superseded by version ${latest}.`,
        {
          extensions: { reason: 'superseded', latestVersion: latest },
        },
      );
    if (row.status !== 'draft')
      throw new AppError('conflict', `Version ${row.version} was already presented.`, {
        extensions: { reason: 'already-presented' },
      });
    await tx
      .update(estimates)
      .set({ status: 'presented', presentedAt: now, presentedBy: access.userId })
      .where(eq(estimates.id, row.id));
    await recordAudit(
      tx,
      actor,
      [
        {
          action: 'present',
          resourceType: 'estimate',
          resourceId: row.id,
          patientId: row.patientId,
          details: { version: row.version },
        },
      ],
      now,
    );
  });
}
