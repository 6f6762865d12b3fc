// Records an allergy, or NKDA (no known drug allergies). The two exclude each other: recording an
// allergy retires an active NKDA entry (in the same transaction, in the history); recording NKDA
// while allergies are active is refused.
import { and, eq } from 'drizzle-orm';
import { AppError, validationFailed } from '../../platform/http/app-error.ts';
import type { Allergy } from './chart.contracts.ts';
import type { AddAllergyRequest } from './chart-commands.contracts.ts';
import { runChartCommand, type CommandBase } from './chart-command.ts';
import { NKDA, fieldsOfRecord, isNkdaSubstance, toAllergy } from './chart-mappers.ts';
import { patientAllergies } from './chart.tables.ts';
import { FieldCollector, blankToNull, checkRequiredText } from './demographics-rules.ts';
import { recordChartChange } from './record-change.ts';

export function normalizeSubstance(value: string): string {
  const text = value.trim().replace(/\s+/g, ' ');
  return isNkdaSubstance(text) ? NKDA : text;
}

export async function addAllergy(base: CommandBase, body: AddAllergyRequest): Promise<Allergy> {
  return runChartCommand(
    { ...base, resource: 'patient-clinical', action: 'create', entity: 'allergy' },
    async ({ tx, patient, now, actor }) => {
      const out = new FieldCollector();
      const substance = normalizeSubstance(checkRequiredText(out, '/substance', body.substance));
      if (out.problems.length > 0) throw validationFailed(out.problems);
      const isNkda = substance === NKDA;
      const active = await tx
        .select()
        .from(patientAllergies)
        .where(
          and(eq(patientAllergies.patientId, patient.id), eq(patientAllergies.status, 'active')),
        )
        .for('update');
      const same = active.find((a) =>
        isNkda
          ? isNkdaSubstance(a.substance)
          : a.substance.toLowerCase() === substance.toLowerCase(),
      );
      if (same)
        throw new AppError('conflict', `${isNkda ? 'NKDA' : 'This allergy'} is already recorded.`, {
          fields: [{ field: '/substance', code: 'duplicate', message: 'Already recorded.' }],
        });
      if (isNkda && active.length > 0)
        throw new AppError(
          'unprocessable',
          'The chart lists active allergies: mark them inactive before recording NKDA.',
          {
            fields: [
              { field: '/substance', code: 'nkda_conflict', message: 'Allergies are on file.' },
            ],
          },
        );
      for (const entry of active.filter((a) => isNkdaSubstance(a.substance))) {
        await tx
          .update(patientAllergies)
          .set({ status: 'inactive' })
          .where(eq(patientAllergies.id, entry.id));
        await recordChartChange(tx, {
          patientId: patient.id,
          entity: 'allergy',
          entityId: entry.id,
          change: 'updated',
          fields: [{ field: 'status', oldValue: 'active', newValue: 'inactive' }],
          actor,
          at: now,
        });
      }
      const values = {
        substance,
        reaction: isNkda ? null : blankToNull(body.reaction),
        severity: isNkda ? null : (body.severity ?? null),
      };
      const [row] = await tx
        .insert(patientAllergies)
        .values({ ...values, patientId: patient.id, status: 'active', recordedAt: now })
        .returning();
      if (!row) throw new Error('allergy insert returned no row');
      await recordChartChange(tx, {
        patientId: patient.id,
        entity: 'allergy',
        entityId: row.id,
        change: 'created',
        fields: fieldsOfRecord(values, 'newValue'),
        actor,
        at: now,
      });
      return { result: toAllergy(row), entityId: row.id, details: { nkda: isNkda } };
    },
  );
}
