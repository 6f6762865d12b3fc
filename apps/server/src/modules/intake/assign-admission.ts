// Claiming an admission from a queue, reassigning it to a colleague, or releasing it.
import { and, eq, inArray } from 'drizzle-orm';
import { isStaffRole, isRole } from '@infusio/domain/access';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { userBranches, userRoles, users } from '../identity/identity.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { auditActorFromAccess } from './create-referral.ts';
import { admissionEvents, admissions } from './intake.tables.ts';

export async function assignAdmission(
  ctx: AppContext,
  access: AccessContext,
  admissionId: string,
  userId: string | null,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: admissions.id,
        patientId: admissions.patientId,
        branchId: admissions.branchId,
        assignedUserId: admissions.assignedUserId,
      })
      .from(admissions)
      .where(
        and(
          eq(admissions.id, admissionId),
          patientScope(access, 'work-queue', 'update', admissions.patientId, now),
        ),
      );
    if (!row) throw notFound('The admission');
    let assigneeName: string | null = null;
    if (userId !== null) {
      const [assignee] = await tx
        .select({ id: users.id, name: users.displayName })
        .from(users)
        .innerJoin(userBranches, eq(userBranches.userId, users.id))
        .where(and(eq(users.id, userId), eq(userBranches.branchId, row.branchId)));
      const roles = assignee
        ? await tx
            .select({ role: userRoles.role })
            .from(userRoles)
            .where(inArray(userRoles.userId, [userId]))
        : [];
      if (!assignee || !roles.some((r) => isRole(r.role) && isStaffRole(r.role))) {
        throw new AppError('validation_failed', 'That person cannot take this admission.', {
          fields: [
            {
              field: '/userId',
              code: 'assignee',
              message: 'Choose a staff member of this branch.',
            },
          ],
        });
      }
      assigneeName = assignee.name;
    }
    await tx
      .update(admissions)
      .set({ assignedUserId: userId, assignedAt: userId ? now : null, updatedAt: now })
      .where(eq(admissions.id, admissionId));
    await tx.insert(admissionEvents).values({
      admissionId,
      kind: 'assignment',
      detail: { from: row.assignedUserId, to: userId, toName: assigneeName },
      actorUserId: access.userId,
      actorName: access.displayName,
      at: now,
    });
    await recordAudit(
      tx,
      auditActorFromAccess(access),
      [
        {
          action: 'assign',
          resourceType: 'admission',
          resourceId: admissionId,
          patientId: row.patientId,
          details: { to: userId },
        },
      ],
      now,
    );
  });
}
