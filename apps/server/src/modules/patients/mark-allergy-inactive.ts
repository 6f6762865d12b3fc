// Marks an allergy inactive (no longer applies) or entered in error. Allergies are never deleted:
// the chart keeps what was believed, and when.
import { and, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import type { Allergy } from './chart.contracts.ts';
import type { MarkAllergyInactiveRequest } from './chart-commands.contracts.ts';
import { runChartCommand, type CommandBase } from './chart-command.ts';
import { toAllergy } from './chart-mappers.ts';
import { patientAllergies } from './chart.tables.ts';
import { recordChartChange } from './record-change.ts';

export async function markAllergyInactive(
  base: CommandBase,
  allergyId: string,
  body: MarkAllergyInactiveRequest,
): Promise<Allergy> {
  return runChartCommand(
    { ...base, resource: 'patient-clinical', action: 'update', entity: 'allergy' },
    async ({ tx, patient, now, actor }) => {
      const where = and(
        eq(patientAllergies.id, allergyId),
        eq(patientAllergies.patientId, patient.id),
      );
      const [before] = await tx.select().from(patientAllergies).where(where).for('update');
      if (!before) throw notFound('The allergy');
      if (before.status !== 'active')
        throw new AppError('conflict', 'This allergy is already inactive.');
      const [row] = await tx
        .update(patientAllergies)
        .set({ status: body.status })
        .where(where)
        .returning();
      if (!row) throw notFound('The allergy');
      await recordChartChange(tx, {
        patientId: patient.id,
        entity: 'allergy',
        entityId: row.id,
        change: 'updated',
        fields: [{ field: 'status', oldValue: before.status, newValue: body.status }],
        actor,
        at: now,
      });
      return { result: toAllergy(row), entityId: row.id, details: { status: body.status } };
    },
  );
}
