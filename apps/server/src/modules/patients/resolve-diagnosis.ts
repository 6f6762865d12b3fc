// Marks a diagnosis resolved; it stays in the chart below the active ones.
import { and, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import type { Diagnosis } from './chart.contracts.ts';
import { runChartCommand, type CommandBase } from './chart-command.ts';
import { toDiagnosis } from './chart-mappers.ts';
import { patientDiagnoses } from './chart.tables.ts';
import { recordChartChange } from './record-change.ts';

export async function resolveDiagnosis(base: CommandBase, diagnosisId: string): Promise<Diagnosis> {
  return runChartCommand(
    { ...base, resource: 'patient-clinical', action: 'update', entity: 'diagnosis' },
    async ({ tx, patient, now, actor }) => {
      const where = and(
        eq(patientDiagnoses.id, diagnosisId),
        eq(patientDiagnoses.patientId, patient.id),
      );
      const [before] = await tx.select().from(patientDiagnoses).where(where).for('update');
      if (!before) throw notFound('The diagnosis');
      if (before.status !== 'active')
        throw new AppError('conflict', 'This diagnosis is already resolved.');
      const [row] = await tx
        .update(patientDiagnoses)
        .set({ status: 'resolved' })
        .where(where)
        .returning();
      if (!row) throw notFound('The diagnosis');
      await recordChartChange(tx, {
        patientId: patient.id,
        entity: 'diagnosis',
        entityId: row.id,
        change: 'updated',
        fields: [{ field: 'status', oldValue: 'active', newValue: 'resolved' }],
        actor,
        at: now,
      });
      return { result: toDiagnosis(row), entityId: row.id };
    },
  );
}
