// Deactivates a caregiver: she stays in the chart's history, and her portal access ends now.
import { eq } from 'drizzle-orm';
import { AppError } from '../../platform/http/app-error.ts';
import type { Caregiver } from './chart.contracts.ts';
import { runChartCommand, type CommandBase } from './chart-command.ts';
import { toCaregiver } from './chart-mappers.ts';
import { caregivers } from './chart.tables.ts';
import { syncPortalAccess } from './caregiver-portal.ts';
import { recordChartChange } from './record-change.ts';
import { lockCaregiver } from './update-caregiver.ts';

export async function deactivateCaregiver(
  base: CommandBase,
  caregiverId: string,
): Promise<Caregiver> {
  return runChartCommand(
    { ...base, resource: 'caregiver', action: 'update', entity: 'caregiver' },
    async ({ tx, patient, now, actor }) => {
      const before = await lockCaregiver(tx, patient.id, caregiverId);
      if (!before.row.active) throw new AppError('conflict', 'This caregiver is already inactive.');
      const [row] = await tx
        .update(caregivers)
        .set({ active: false })
        .where(eq(caregivers.id, caregiverId))
        .returning();
      if (!row) throw new Error('caregiver update returned no row');
      await syncPortalAccess(tx, {
        patientId: patient.id,
        previousUserId: before.row.userId,
        userId: row.userId,
        active: false,
        permissions: row.permissions,
        relationship: row.relationship,
        now,
      });
      await recordChartChange(tx, {
        patientId: patient.id,
        entity: 'caregiver',
        entityId: row.id,
        change: 'updated',
        fields: [{ field: 'active', oldValue: true, newValue: false }],
        actor,
        at: now,
      });
      return {
        result: toCaregiver(row, before.username),
        entityId: row.id,
        details: { fields: ['active'] },
      };
    },
  );
}
