// Adds an ICD-10-CM diagnosis. A new primary diagnosis takes the mark from the previous one (both
// changes in the history); the same active code twice is refused.
import { and, eq } from 'drizzle-orm';
import { isValidIcd10CmFormat, normalizeIcd10Cm } from '@infusio/domain/identifiers';
import { AppError, validationFailed } from '../../platform/http/app-error.ts';
import type { Diagnosis } from './chart.contracts.ts';
import type { AddDiagnosisRequest } from './chart-commands.contracts.ts';
import { runChartCommand, type CommandBase } from './chart-command.ts';
import { fieldsOfRecord, toDiagnosis } from './chart-mappers.ts';
import { patientDiagnoses } from './chart.tables.ts';
import { FieldCollector, blankToNull } from './demographics-rules.ts';
import { recordChartChange } from './record-change.ts';

export async function addDiagnosis(
  base: CommandBase,
  body: AddDiagnosisRequest,
): Promise<Diagnosis> {
  return runChartCommand(
    { ...base, resource: 'patient-clinical', action: 'create', entity: 'diagnosis' },
    async ({ tx, patient, now, actor }) => {
      const out = new FieldCollector();
      const code = normalizeIcd10Cm(body.code);
      if (!isValidIcd10CmFormat(code))
        out.add(
          '/code',
          'icd10_format',
          `"${body.code}" is not an ICD-10-CM code (a letter, two characters, then an optional dot and up to four more).`,
        );
      if (out.problems.length > 0) throw validationFailed(out.problems);
      const active = await tx
        .select()
        .from(patientDiagnoses)
        .where(
          and(eq(patientDiagnoses.patientId, patient.id), eq(patientDiagnoses.status, 'active')),
        )
        .for('update');
      if (active.some((d) => d.code === code))
        throw new AppError('conflict', `${code} is already an active diagnosis.`, {
          fields: [{ field: '/code', code: 'duplicate', message: 'Already recorded.' }],
        });
      if (body.isPrimary) {
        for (const previous of active.filter((d) => d.isPrimary)) {
          await tx
            .update(patientDiagnoses)
            .set({ isPrimary: false })
            .where(eq(patientDiagnoses.id, previous.id));
          await recordChartChange(tx, {
            patientId: patient.id,
            entity: 'diagnosis',
            entityId: previous.id,
            change: 'updated',
            fields: [{ field: 'isPrimary', oldValue: true, newValue: false }],
            actor,
            at: now,
          });
        }
      }
      const values = {
        code,
        description: blankToNull(body.description),
        isPrimary: body.isPrimary,
      };
      const [row] = await tx
        .insert(patientDiagnoses)
        .values({ ...values, patientId: patient.id, status: 'active', recordedAt: now })
        .returning();
      if (!row) throw new Error('diagnosis insert returned no row');
      await recordChartChange(tx, {
        patientId: patient.id,
        entity: 'diagnosis',
        entityId: row.id,
        change: 'created',
        fields: fieldsOfRecord(values, 'newValue'),
        actor,
        at: now,
      });
      return { result: toDiagnosis(row), entityId: row.id, details: { primary: body.isPrimary } };
    },
  );
}
