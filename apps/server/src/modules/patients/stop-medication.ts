// Stops a home medicine today (the branch's calendar day). Infusion medicines are stopped through
// the pharmacy's orders, so the chart refuses them with a 422.
import { and, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import type { Medication } from './chart.contracts.ts';
import { runChartCommand, type CommandBase } from './chart-command.ts';
import { toMedication } from './chart-mappers.ts';
import { patientMedications } from './chart.tables.ts';
import { recordChartChange } from './record-change.ts';

export async function stopMedication(base: CommandBase, medicationId: string): Promise<Medication> {
  return runChartCommand(
    { ...base, resource: 'patient-clinical', action: 'update', entity: 'medication' },
    async ({ tx, patient, now, today, actor }) => {
      const where = and(
        eq(patientMedications.id, medicationId),
        eq(patientMedications.patientId, patient.id),
      );
      const [before] = await tx.select().from(patientMedications).where(where).for('update');
      if (!before) throw notFound('The medication');
      if (before.kind !== 'home')
        throw new AppError(
          'unprocessable',
          'Infusion medicines are changed through the pharmacy’s orders, not the chart.',
        );
      if (before.status !== 'active')
        throw new AppError('conflict', 'This medication is already stopped.');
      const [row] = await tx
        .update(patientMedications)
        .set({ status: 'stopped', endDate: today })
        .where(where)
        .returning();
      if (!row) throw notFound('The medication');
      await recordChartChange(tx, {
        patientId: patient.id,
        entity: 'medication',
        entityId: row.id,
        change: 'updated',
        fields: [
          { field: 'status', oldValue: 'active', newValue: 'stopped' },
          { field: 'endDate', oldValue: before.endDate, newValue: today },
        ],
        actor,
        at: now,
      });
      return { result: toMedication(row), entityId: row.id };
    },
  );
}
