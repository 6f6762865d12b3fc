// Adds a family caregiver: who she is to the patient, how to reach her, what she may see and do,
// and (optionally) her own portal account, whose access gets the same permissions.
import { validationFailed } from '../../platform/http/app-error.ts';
import type { Tx } from '../../platform/db/types.ts';
import type { Caregiver } from './chart.contracts.ts';
import type { CaregiverRequest } from './chart-commands.contracts.ts';
import { runChartCommand, type CommandBase } from './chart-command.ts';
import { fieldsOfRecord, toCaregiver } from './chart-mappers.ts';
import { caregivers } from './chart.tables.ts';
import { findPortalAccount, syncPortalAccess } from './caregiver-portal.ts';
import { FieldCollector, checkEmail, checkPhone, checkRequiredText } from './demographics-rules.ts';
import { recordChartChange } from './record-change.ts';

/** The caregiver's fields checked and normalised, with her portal account if one was named. */
export async function checkCaregiver(
  tx: Tx,
  body: CaregiverRequest,
  patientId: string,
  caregiverId?: string,
) {
  const out = new FieldCollector();
  const values = {
    name: checkRequiredText(out, '/name', body.name),
    relationship: body.relationship,
    phone: checkPhone(out, '/phone', body.phone),
    email: checkEmail(out, '/email', body.email),
    permissions: [...body.permissions].sort(),
  };
  const account = await findPortalAccount(tx, out, {
    username: body.portalUsername,
    patientId,
    ...(caregiverId ? { caregiverId } : {}),
  });
  if (out.problems.length > 0) throw validationFailed(out.problems);
  return { values, account };
}

/** The caregiver's fields as the history shows them (permissions as one readable list). */
export function historyValues(
  values: { name: string; relationship: string; phone: string | null; email: string | null },
  permissions: readonly string[],
  portalUsername: string | null,
) {
  return {
    name: values.name,
    relationship: values.relationship,
    phone: values.phone,
    email: values.email,
    permissions: permissions.join(', '),
    portalUsername,
  };
}

export async function addCaregiver(base: CommandBase, body: CaregiverRequest): Promise<Caregiver> {
  return runChartCommand(
    { ...base, resource: 'caregiver', action: 'create', entity: 'caregiver' },
    async ({ tx, patient, now, actor }) => {
      const { values, account } = await checkCaregiver(tx, body, patient.id);
      const [row] = await tx
        .insert(caregivers)
        .values({ ...values, patientId: patient.id, userId: account?.id ?? null, createdAt: now })
        .returning();
      if (!row) throw new Error('caregiver insert returned no row');
      await syncPortalAccess(tx, {
        patientId: patient.id,
        previousUserId: null,
        userId: row.userId,
        active: true,
        permissions: row.permissions,
        relationship: row.relationship,
        now,
      });
      await recordChartChange(tx, {
        patientId: patient.id,
        entity: 'caregiver',
        entityId: row.id,
        change: 'created',
        fields: fieldsOfRecord(
          historyValues(values, row.permissions, account?.username ?? null),
          'newValue',
        ),
        actor,
        at: now,
      });
      return {
        result: toCaregiver(row, account?.username ?? null),
        entityId: row.id,
        details: { permissions: row.permissions, portalAccount: account !== undefined },
      };
    },
  );
}
