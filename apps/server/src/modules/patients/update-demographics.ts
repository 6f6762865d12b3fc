// Replaces a patient's demographics after checking every field, writing one history row per
// changed field. A form loaded before someone else saved gets a 409 rather than overwriting them.
import { eq } from 'drizzle-orm';
import { AppError, validationFailed } from '../../platform/http/app-error.ts';
import type { UpdateDemographicsRequest } from './chart-commands.contracts.ts';
import { runChartCommand, type CommandBase } from './chart-command.ts';
import {
  FieldCollector,
  blankToNull,
  checkBirthDate,
  checkEmail,
  checkLanguage,
  checkPhone,
  checkPostalCode,
  checkRequiredText,
  checkStateCode,
} from './demographics-rules.ts';
import type { PatientDetail } from './patients.contracts.ts';
import { toPatientDetail } from './patients.queries.ts';
import { patients } from './patients.tables.ts';
import { diffFields, recordChartChange } from './record-change.ts';

function checkDemographics(body: UpdateDemographicsRequest, today: string) {
  const out = new FieldCollector();
  const values = {
    givenName: checkRequiredText(out, '/givenName', body.givenName),
    middleName: blankToNull(body.middleName),
    familyName: checkRequiredText(out, '/familyName', body.familyName),
    birthDate: checkBirthDate(out, '/birthDate', body.birthDate, today),
    sex: body.sex,
    addressLine1: checkRequiredText(out, '/addressLine1', body.addressLine1),
    addressLine2: blankToNull(body.addressLine2),
    city: checkRequiredText(out, '/city', body.city),
    state: checkStateCode(out, '/state', body.state),
    postalCode: checkPostalCode(out, '/postalCode', body.postalCode),
    phoneMobile: checkPhone(out, '/phoneMobile', body.phoneMobile),
    phoneHome: checkPhone(out, '/phoneHome', body.phoneHome),
    email: checkEmail(out, '/email', body.email),
    preferredLanguage: checkLanguage(out, '/preferredLanguage', body.preferredLanguage),
    interpreterNeeded: body.interpreterNeeded,
    weightKg: body.weightKg ?? null,
    heightCm: body.heightCm ?? null,
  };
  return { values, problems: out.problems };
}

export async function updateDemographics(
  base: CommandBase,
  body: UpdateDemographicsRequest,
): Promise<PatientDetail> {
  return runChartCommand(
    { ...base, resource: 'patient', action: 'update', entity: 'patient' },
    async ({ tx, patient, now, today, actor }) => {
      if (new Date(body.ifUpdatedAt).getTime() !== patient.updatedAt.getTime()) {
        throw new AppError(
          'conflict',
          'Someone saved changes to these details after you opened them. Reload to see them, then edit again.',
          { fields: [{ field: '/ifUpdatedAt', code: 'stale', message: 'These details changed.' }] },
        );
      }
      const { values, problems } = checkDemographics(body, today);
      if (problems.length > 0) throw validationFailed(problems);
      const fields = diffFields(patient, values);
      if (fields.length === 0)
        return {
          result: toPatientDetail(patient, base.access),
          entityId: patient.id,
          details: { fields: [] },
        };
      const [updated] = await tx
        .update(patients)
        .set({ ...values, updatedAt: now })
        .where(eq(patients.id, patient.id))
        .returning();
      await recordChartChange(tx, {
        patientId: patient.id,
        entity: 'patient',
        entityId: patient.id,
        change: 'updated',
        fields,
        actor,
        at: now,
      });
      return {
        result: toPatientDetail(updated ?? patient, base.access),
        entityId: patient.id,
        details: { fields: fields.map((f) => f.field) },
      };
    },
  );
}
