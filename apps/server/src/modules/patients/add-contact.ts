// Adds a person to call (emergency contact, legal representative) to the chart.
import { validationFailed } from '../../platform/http/app-error.ts';
import type { Contact } from './chart.contracts.ts';
import type { AddContactRequest } from './chart-commands.contracts.ts';
import { runChartCommand, type CommandBase } from './chart-command.ts';
import { fieldsOfRecord, toContact } from './chart-mappers.ts';
import { patientContacts } from './chart.tables.ts';
import { FieldCollector, checkEmail, checkPhone, checkRequiredText } from './demographics-rules.ts';
import { recordChartChange } from './record-change.ts';

/** A phone or an e-mail, at least one, both checked. */
export function checkReachable(
  out: FieldCollector,
  body: { phone?: string | null; email?: string | null },
) {
  const problemsBefore = out.problems.length;
  const phone = checkPhone(out, '/phone', body.phone);
  const email = checkEmail(out, '/email', body.email);
  if (phone === null && email === null && out.problems.length === problemsBefore)
    out.add('/phone', 'contact_method', 'Give a phone number or an e-mail address.');
  return { phone, email };
}

export async function addContact(base: CommandBase, body: AddContactRequest): Promise<Contact> {
  return runChartCommand(
    { ...base, resource: 'patient', action: 'update', entity: 'contact' },
    async ({ tx, patient, now, actor }) => {
      const out = new FieldCollector();
      const values = {
        name: checkRequiredText(out, '/name', body.name),
        relationship: body.relationship,
        ...checkReachable(out, body),
        isEmergencyContact: body.isEmergencyContact,
        isLegalRepresentative: body.isLegalRepresentative,
      };
      if (out.problems.length > 0) throw validationFailed(out.problems);
      const [row] = await tx
        .insert(patientContacts)
        .values({ ...values, patientId: patient.id, createdAt: now })
        .returning();
      if (!row) throw new Error('contact insert returned no row');
      await recordChartChange(tx, {
        patientId: patient.id,
        entity: 'contact',
        entityId: row.id,
        change: 'created',
        fields: fieldsOfRecord(values, 'newValue'),
        actor,
        at: now,
      });
      return { result: toContact(row), entityId: row.id };
    },
  );
}
