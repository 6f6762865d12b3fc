// Everything a 278 request needs about one authorization, read from the database: the member and
// patient (subscriber, or dependent of a subscriber), the payer's electronic id, the diagnoses
// (principal first), the organisation, whether it renews an earlier period, and a control number.
import { and, eq, sql } from 'drizzle-orm';
import type { InquiryPerson, InquirySubscriber } from '@infusio/domain/x12';
import type { DbOrTx } from '../../platform/db/types.ts';
import { executeRows } from '../../platform/db/execute-rows.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ClearinghouseConnection } from '../coverage/clearinghouse.ts';
import { patientCoverages, payerPlans } from '../coverage/coverage.tables.ts';
import { admissions, referrals } from '../intake/intake.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import { authorizationEvents } from './authorizations.tables.ts';
import { readOrganisation } from './authorization-settings.ts';
import type { AuthorizationRow } from './authorization-views.ts';
import type { ReviewLevel, ServiceLine, UnitType } from './authorization-vocabulary.ts';
import type { Authorization278Input } from './build-authorization-278.ts';

function refuse(field: string, code: string, message: string): AppError {
  return new AppError('unprocessable', message, { fields: [{ field, code, message }] });
}

const SEX: Readonly<Record<string, 'F' | 'M' | 'U'>> = { female: 'F', male: 'M' };

/** "Family, Given" or "Given Family" → X12 name parts. */
function splitName(full: string): { lastName: string; firstName: string } | null {
  const trimmed = full.trim();
  if (trimmed.includes(',')) {
    const [last = '', first = ''] = trimmed.split(',').map((part) => part.trim());
    return last && first ? { lastName: last, firstName: first } : null;
  }
  const parts = trimmed.split(/\s+/);
  const last = parts.pop();
  return last && parts.length > 0 ? { lastName: last, firstName: parts.join(' ') } : null;
}

async function nextControlNumber(db: DbOrTx): Promise<number> {
  const [row] = await executeRows<{ n: string | number }>(
    db,
    sql`select nextval('x12_control_number_seq') as n`,
  );
  return Number(row?.n ?? 1);
}

async function isRenewal(db: DbOrTx, authorizationId: string): Promise<boolean> {
  const [created] = await db
    .select({ detail: authorizationEvents.detail })
    .from(authorizationEvents)
    .where(
      and(
        eq(authorizationEvents.authorizationId, authorizationId),
        eq(authorizationEvents.kind, 'created'),
      ),
    );
  return created?.detail.source === 'renewal';
}

export async function authorization278InputFor(
  db: DbOrTx,
  row: AuthorizationRow,
  connection: ClearinghouseConnection,
  now: Date,
): Promise<Authorization278Input> {
  const [coverage] = row.coverageId
    ? await db
        .select({ coverage: patientCoverages, directoryPayerId: payerPlans.payerId })
        .from(patientCoverages)
        .leftJoin(payerPlans, eq(payerPlans.id, patientCoverages.payerPlanId))
        .where(eq(patientCoverages.id, row.coverageId))
    : [];
  if (!coverage)
    throw refuse('/coverage', 'no_coverage', 'The patient has no insurance on file to ask.');
  const payerId = coverage.coverage.payerId ?? coverage.directoryPayerId;
  if (!payerId)
    throw refuse(
      '/payerId',
      'no_payer_id',
      'The coverage has no electronic payer id: send the request by portal, fax or phone and record it by hand, or link the coverage to its plan in the payer directory.',
    );
  const [context] = await db
    .select({ patient: patients, draft: referrals.draft })
    .from(admissions)
    .innerJoin(patients, eq(patients.id, admissions.patientId))
    .innerJoin(referrals, eq(referrals.id, admissions.referralId))
    .where(eq(admissions.id, row.admissionId));
  if (!context) throw new Error(`authorization ${row.id} lost its admission`);
  const { patient, draft } = context;
  const diagnoses = [...draft.diagnoses]
    .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary))
    .map((d) => d.code)
    .slice(0, 12);
  if (diagnoses.length === 0)
    throw refuse('/diagnoses', 'no_diagnosis', 'The referral gives no diagnosis to send.');
  const person: InquiryPerson = {
    lastName: patient.familyName.toUpperCase(),
    firstName: patient.givenName.toUpperCase(),
    birthDate: patient.birthDate,
    sex: SEX[patient.sex] ?? 'U',
  };
  const memberId = coverage.coverage.memberId;
  let subscriber: InquirySubscriber = { ...person, memberId };
  let dependent: InquiryPerson | undefined;
  if (coverage.coverage.relationship !== 'self') {
    const name = splitName(coverage.coverage.subscriberName ?? '');
    if (name === null)
      throw refuse(
        '/subscriberName',
        'no_subscriber_name',
        'The patient is a dependent: the coverage needs the subscriber’s name.',
      );
    subscriber = {
      lastName: name.lastName.toUpperCase(),
      firstName: name.firstName.toUpperCase(),
      memberId,
    };
    dependent = person;
  }
  const controlNumber = await nextControlNumber(db);
  return {
    authorization: {
      serviceLine: row.serviceLine as ServiceLine,
      procedureCode: row.procedureCode,
      modifier: row.modifier,
      unitsRequested: row.unitsRequested,
      unitType: row.unitType as UnitType,
      startDate: row.startDate,
      endDate: row.endDate,
      level: row.level as ReviewLevel,
    },
    certificationType: (await isRenewal(db, row.id)) ? 'R' : 'I',
    organisation: await readOrganisation(db),
    payer: { name: coverage.coverage.payerName.toUpperCase(), id: payerId },
    subscriber,
    ...(dependent ? { dependent } : {}),
    diagnoses,
    traceNumber: `${row.id.replace(/-/g, '').slice(0, 12).toUpperCase()}-${String(controlNumber)}`,
    controlNumber,
    at: now,
    clearinghouse: { receiverId: connection.receiverId, usage: connection.usage },
  };
}
