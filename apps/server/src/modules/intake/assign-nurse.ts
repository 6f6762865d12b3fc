// The nurse who will start care (and visit after) is put on the patient's care team: from then on
// she sees the patient, the admission and her part of the work queue. Usually the scheduler does
// this while scheduling the first visit.
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { notFound, validationFailed } from '../../platform/http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { userBranches, userRoles, users } from '../identity/identity.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { patientRelationships } from '../patients/patients.tables.ts';
import { recordChartChange } from '../patients/record-change.ts';
import { auditActorFromAccess } from './create-referral.ts';
import { admissionEvents, admissions } from './intake.tables.ts';

export async function assignNurse(
  ctx: AppContext,
  access: AccessContext,
  admissionId: string,
  nurseUserId: string,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [admission] = await tx
      .select({ id: admissions.id, patientId: admissions.patientId, branchId: admissions.branchId })
      .from(admissions)
      .where(
        and(
          eq(admissions.id, admissionId),
          patientScope(access, 'admission', 'transition', admissions.patientId, now),
        ),
      );
    if (!admission) throw notFound('The admission');
    const [nurse] = await tx
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'nurse')))
      .innerJoin(
        userBranches,
        and(eq(userBranches.userId, users.id), eq(userBranches.branchId, admission.branchId)),
      )
      .where(and(eq(users.id, nurseUserId), isNull(users.disabledAt)));
    if (!nurse)
      throw validationFailed([
        { field: '/userId', code: 'nurse', message: 'Choose a nurse of this branch.' },
      ]);
    const [existing] = await tx
      .select({ id: patientRelationships.id })
      .from(patientRelationships)
      .where(
        and(
          eq(patientRelationships.patientId, admission.patientId),
          eq(patientRelationships.userId, nurse.id),
          eq(patientRelationships.relation, 'assigned-nurse'),
          isNull(patientRelationships.endsAt),
        ),
      );
    if (!existing) {
      const [row] = await tx
        .insert(patientRelationships)
        .values({
          patientId: admission.patientId,
          userId: nurse.id,
          relation: 'assigned-nurse',
          startsAt: now,
        })
        .returning({ id: patientRelationships.id });
      if (row)
        await recordChartChange(tx, {
          patientId: admission.patientId,
          entity: 'patient',
          entityId: admission.patientId,
          change: 'updated',
          fields: [{ field: 'assignedNurse', newValue: nurse.name }],
          actor: { userId: access.userId, name: access.displayName },
          at: now,
        });
    }
    await tx.insert(admissionEvents).values({
      admissionId,
      kind: 'nurse-assigned',
      detail: { nurseUserId: nurse.id, nurseName: nurse.name },
      actorUserId: access.userId,
      actorName: access.displayName,
      at: now,
    });
    await recordAudit(
      tx,
      auditActorFromAccess(access),
      [
        {
          action: 'assign-nurse',
          resourceType: 'admission',
          resourceId: admissionId,
          patientId: admission.patientId,
          details: { nurseUserId: nurse.id },
        },
      ],
      now,
    );
  });
}

/** Nurses of the admission's branch, for the scheduler's choice. */
export async function listBranchNurses(ctx: AppContext, branchId: string) {
  return ctx.db
    .select({ userId: users.id, name: users.displayName })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'nurse')))
    .innerJoin(
      userBranches,
      and(eq(userBranches.userId, users.id), eq(userBranches.branchId, branchId)),
    )
    .where(isNull(users.disabledAt));
}
