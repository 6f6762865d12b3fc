// Changes a caregiver's details, permissions or portal account; her portal access follows.
import { and, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import type { Tx } from '../../platform/db/types.ts';
import { users } from '../identity/identity.tables.ts';
import type { Caregiver } from './chart.contracts.ts';
import type { CaregiverRequest } from './chart-commands.contracts.ts';
import { checkCaregiver, historyValues } from './add-caregiver.ts';
import { runChartCommand, type CommandBase } from './chart-command.ts';
import { toCaregiver } from './chart-mappers.ts';
import { caregivers } from './chart.tables.ts';
import { syncPortalAccess } from './caregiver-portal.ts';
import { diffFields, recordChartChange } from './record-change.ts';

/** The caregiver row of this patient, locked, with her portal username; 404 when not found. */
export async function lockCaregiver(tx: Tx, patientId: string, caregiverId: string) {
  const [found] = await tx
    .select({ row: caregivers, username: users.username })
    .from(caregivers)
    .leftJoin(users, eq(users.id, caregivers.userId))
    .where(and(eq(caregivers.id, caregiverId), eq(caregivers.patientId, patientId)))
    .for('update', { of: caregivers });
  if (!found) throw notFound('The caregiver');
  return found;
}

export async function updateCaregiver(
  base: CommandBase,
  caregiverId: string,
  body: CaregiverRequest,
): Promise<Caregiver> {
  return runChartCommand(
    { ...base, resource: 'caregiver', action: 'update', entity: 'caregiver' },
    async ({ tx, patient, now, actor }) => {
      const before = await lockCaregiver(tx, patient.id, caregiverId);
      if (!before.row.active)
        throw new AppError(
          'conflict',
          'This caregiver was deactivated. Add her again to give her access back.',
        );
      const { values, account } = await checkCaregiver(tx, body, patient.id, caregiverId);
      const [row] = await tx
        .update(caregivers)
        .set({ ...values, userId: account?.id ?? null })
        .where(eq(caregivers.id, caregiverId))
        .returning();
      if (!row) throw notFound('The caregiver');
      await syncPortalAccess(tx, {
        patientId: patient.id,
        previousUserId: before.row.userId,
        userId: row.userId,
        active: true,
        permissions: row.permissions,
        relationship: row.relationship,
        now,
      });
      const fields = diffFields(
        historyValues(before.row, before.row.permissions, before.username),
        historyValues(values, row.permissions, account?.username ?? null),
      );
      await recordChartChange(tx, {
        patientId: patient.id,
        entity: 'caregiver',
        entityId: row.id,
        change: 'updated',
        fields,
        actor,
        at: now,
      });
      return {
        result: toCaregiver(row, account?.username ?? null),
        entityId: row.id,
        details: { fields: fields.map((f) => f.field) },
      };
    },
  );
}
