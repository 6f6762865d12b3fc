// Adds one of the patient's own (home) medicines. Infusion medicines come from the referral and
// change through the pharmacy's orders, never here.
import { validationFailed } from '../../platform/http/app-error.ts';
import type { Medication } from './chart.contracts.ts';
import type { AddMedicationRequest } from './chart-commands.contracts.ts';
import { runChartCommand, type CommandBase } from './chart-command.ts';
import { fieldsOfRecord, toMedication } from './chart-mappers.ts';
import { patientMedications } from './chart.tables.ts';
import { FieldCollector, blankToNull, checkRequiredText } from './demographics-rules.ts';
import { recordChartChange } from './record-change.ts';

export async function addMedication(
  base: CommandBase,
  body: AddMedicationRequest,
): Promise<Medication> {
  return runChartCommand(
    { ...base, resource: 'patient-clinical', action: 'create', entity: 'medication' },
    async ({ tx, patient, now, actor }) => {
      const out = new FieldCollector();
      const values = {
        name: checkRequiredText(out, '/name', body.name),
        dose: blankToNull(body.dose),
        route: blankToNull(body.route),
        frequency: blankToNull(body.frequency),
        startDate: body.startDate ?? null,
        kind: 'home',
      };
      if (out.problems.length > 0) throw validationFailed(out.problems);
      const [row] = await tx
        .insert(patientMedications)
        .values({ ...values, patientId: patient.id, status: 'active', recordedAt: now })
        .returning();
      if (!row) throw new Error('medication insert returned no row');
      await recordChartChange(tx, {
        patientId: patient.id,
        entity: 'medication',
        entityId: row.id,
        change: 'created',
        fields: fieldsOfRecord(values, 'newValue'),
        actor,
        at: now,
      });
      return { result: toMedication(row), entityId: row.id };
    },
  );
}
