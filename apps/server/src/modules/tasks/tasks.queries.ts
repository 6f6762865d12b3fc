import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Role } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { patients } from '../patients/patients.tables.ts';
import { tasks } from './tasks.tables.ts';

export interface TaskView {
  id: string;
  kind: string;
  ownerRole: string;
  params: Record<string, unknown>;
  patientId: string | null;
  patientName: string | null;
  admissionId: string | null;
  dueAt: string | null;
  createdAt: string;
}

/** Open tasks of a role the caller may see: about patients in the caller's scope, or branch tasks of the caller's branches. */
export async function listOpenTasks(
  db: DbOrTx,
  access: AccessContext,
  role: Role,
  now: Date,
): Promise<TaskView[]> {
  const rows = await db
    .select({ task: tasks, givenName: patients.givenName, familyName: patients.familyName })
    .from(tasks)
    .leftJoin(patients, eq(patients.id, tasks.patientId))
    .where(
      and(
        eq(tasks.status, 'open'),
        eq(tasks.ownerRole, role),
        or(
          patientScope(access, 'work-queue', 'read', tasks.patientId, now),
          and(
            isNull(tasks.patientId),
            access.branchIds.length > 0 ? inArray(tasks.branchId, access.branchIds) : undefined,
          ),
        ),
      ),
    )
    .orderBy(asc(tasks.dueAt), asc(tasks.createdAt))
    .limit(500);
  return rows.map(({ task, givenName, familyName }) => ({
    id: task.id,
    kind: task.kind,
    ownerRole: task.ownerRole,
    params: task.params,
    patientId: task.patientId,
    patientName: givenName && familyName ? `${familyName}, ${givenName}` : null,
    admissionId: task.admissionId,
    dueAt: task.dueAt?.toISOString() ?? null,
    createdAt: task.createdAt.toISOString(),
  }));
}
