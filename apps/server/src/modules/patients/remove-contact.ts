// Removes a contact from the chart; the history keeps who they were and who removed them.
import { and, eq } from 'drizzle-orm';
import { notFound } from '../../platform/http/app-error.ts';
import { runChartCommand, type CommandBase } from './chart-command.ts';
import { fieldsOfRecord } from './chart-mappers.ts';
import { patientContacts } from './chart.tables.ts';
import { recordChartChange } from './record-change.ts';

export async function removeContact(base: CommandBase, contactId: string): Promise<void> {
  await runChartCommand(
    { ...base, resource: 'patient', action: 'update', entity: 'contact' },
    async ({ tx, patient, now, actor }) => {
      const [removed] = await tx
        .delete(patientContacts)
        .where(and(eq(patientContacts.id, contactId), eq(patientContacts.patientId, patient.id)))
        .returning();
      if (!removed) throw notFound('The contact');
      await recordChartChange(tx, {
        patientId: patient.id,
        entity: 'contact',
        entityId: removed.id,
        change: 'removed',
        fields: fieldsOfRecord(
          {
            name: removed.name,
            relationship: removed.relationship,
            phone: removed.phone,
            email: removed.email,
          },
          'oldValue',
        ),
        actor,
        at: now,
      });
      return { result: undefined, entityId: removed.id };
    },
  );
}
