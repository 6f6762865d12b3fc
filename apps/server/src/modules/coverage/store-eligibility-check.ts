// Storing what a check produced, in one transaction each: an 'error' check with its problems, or
// the 271 read (benefits, cost sharing per service type, rejections, plan dates) with the
// coverage's new status, its chart history, the tasks an active answer closes, and the audit.
import { eq } from 'drizzle-orm';
import { summarizeCostSharing, type EligibilityResponse } from '@infusio/domain/x12';
import type { DbOrTx } from '../../platform/db/types.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import { recordChartChange } from '../patients/record-change.ts';
import { resolveTaskByKey } from '../tasks/raise-task.ts';
import { eligibilityChecks, patientCoverages } from './coverage.tables.ts';
import type { EligibilityCheckRow, StoredCostSharing } from './eligibility-views.ts';

export interface CheckActor {
  audit: AuditActor;
  userId: string | null;
  /** Shown in the chart's history. */
  name: string;
}

export type CheckOutcome =
  | { kind: 'answered'; check: EligibilityCheckRow; previousStatus: string }
  | { kind: 'unreadable'; check: EligibilityCheckRow; problems: string[] }
  | { kind: 'unanswered'; check: EligibilityCheckRow; message: string };

export const TASK_KEYS = {
  inactive: (coverageId: string) => `coverage-inactive:${coverageId}`,
  rejected: (coverageId: string) => `coverage-rejected:${coverageId}`,
};

export function statusOf(response: EligibilityResponse): 'active' | 'inactive' | 'rejected' | null {
  switch (response.status) {
    case 'active':
    case 'inactive':
    case 'rejected':
      return response.status;
    case 'unknown':
      return null;
  }
}

export function costSharingFor(response: EligibilityResponse): StoredCostSharing {
  const figures: StoredCostSharing = {};
  for (const service of response.services) {
    figures[service.serviceType] = {
      in: summarizeCostSharing(response, service.serviceType, 'in'),
      out: summarizeCostSharing(response, service.serviceType, 'out'),
    };
  }
  return figures;
}

export type CheckBase = Omit<typeof eligibilityChecks.$inferInsert, 'status'> & {
  id: string;
  patientId: string;
};

export async function storeError(
  db: DbOrTx,
  actor: CheckActor,
  now: Date,
  base: CheckBase,
  problems: string[],
): Promise<EligibilityCheckRow> {
  return db.transaction(async (tx) => {
    const [check] = await tx
      .insert(eligibilityChecks)
      .values({ ...base, status: 'error', errorMessage: problems.join('\n') })
      .returning();
    if (!check) throw new Error('eligibility check insert returned no row');
    await recordAudit(
      tx,
      actor.audit,
      [
        {
          action: 'check-eligibility',
          resourceType: 'coverage',
          resourceId: base.coverageId,
          patientId: base.patientId,
          outcome: 'error',
          details: {
            checkId: check.id,
            trigger: base.trigger,
            connector: base.connector,
            problems: problems.length,
          },
        },
      ],
      now,
    );
    return check;
  });
}

export async function storeAnswer(
  db: DbOrTx,
  actor: CheckActor,
  now: Date,
  base: CheckBase,
  x271: string,
  response: EligibilityResponse,
  previousStatus: string,
): Promise<CheckOutcome> {
  const status = statusOf(response) ?? 'rejected';
  return db.transaction(async (tx) => {
    const [check] = await tx
      .insert(eligibilityChecks)
      .values({
        ...base,
        status,
        responseX12: x271,
        response: response as unknown as Record<string, unknown>,
        costSharing: costSharingFor(response),
        rejection: response.rejections.length === 0 ? null : { rejections: response.rejections },
        planBegin: response.planBegin ?? response.eligibilityBegin,
        planEnd: response.planEnd ?? response.eligibilityEnd,
      })
      .returning();
    if (!check) throw new Error('eligibility check insert returned no row');
    if (status !== 'rejected') {
      await tx
        .update(patientCoverages)
        .set({ status, verifiedAt: now, updatedAt: now })
        .where(eq(patientCoverages.id, base.coverageId));
      if (status !== previousStatus)
        await recordChartChange(tx, {
          patientId: base.patientId,
          entity: 'coverage',
          entityId: base.coverageId,
          change: 'updated',
          fields: [{ field: 'status', oldValue: previousStatus, newValue: status }],
          actor: { userId: actor.userId, name: actor.name },
          at: now,
        });
    }
    if (status === 'active') {
      await resolveTaskByKey(tx, TASK_KEYS.inactive(base.coverageId), actor.userId, now);
      await resolveTaskByKey(tx, TASK_KEYS.rejected(base.coverageId), actor.userId, now);
    }
    await recordAudit(
      tx,
      actor.audit,
      [
        {
          action: 'check-eligibility',
          resourceType: 'coverage',
          resourceId: base.coverageId,
          patientId: base.patientId,
          details: { checkId: check.id, status, trigger: base.trigger, connector: base.connector },
        },
      ],
      now,
    );
    return { kind: 'answered', check, previousStatus };
  });
}
