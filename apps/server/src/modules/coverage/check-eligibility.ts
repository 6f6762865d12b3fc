// One eligibility and benefits check: build the 270 for the coverage, send it through the
// configured clearinghouse, read the 271, and store what it says. A 271 that cannot be read
// (X12ValidationError) or a clearinghouse that does not answer leaves nothing but an 'error'
// check naming the problems; only a readable answer changes the coverage's status.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import {
  X12BuildError,
  X12UnsupportedError,
  X12ValidationError,
  buildEligibilityInquiry,
  describeX12Problem,
  read271,
  type EligibilityResponse,
} from '@infusio/domain/x12';
import type { DbOrTx } from '../../platform/db/types.ts';
import { executeRows } from '../../platform/db/execute-rows.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { admissions } from '../intake/intake.tables.ts';
import { branches } from '../locations/locations.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import { buildInquiryFor } from './build-inquiry.ts';
import type { ClearinghouseConnection } from './clearinghouse.ts';
import type { CheckTrigger } from './coverage.contracts.ts';
import { patientCoverages, payerPlans } from './coverage.tables.ts';
import { readOrganisationIdentity } from './organisation-identity.ts';
import {
  statusOf,
  storeAnswer,
  storeError,
  type CheckActor,
  type CheckOutcome,
} from './store-eligibility-check.ts';

export { TASK_KEYS, type CheckActor, type CheckOutcome } from './store-eligibility-check.ts';

export interface CheckEligibilityInput {
  coverageId: string;
  admissionId?: string | null | undefined;
  trigger: CheckTrigger;
}

function localDateTime(at: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

async function loadSubject(db: DbOrTx, coverageId: string) {
  const [row] = await db
    .select({
      coverage: patientCoverages,
      plan: payerPlans,
      patient: {
        id: patients.id,
        givenName: patients.givenName,
        middleName: patients.middleName,
        familyName: patients.familyName,
        birthDate: patients.birthDate,
        sex: patients.sex,
      },
      timezone: branches.timezone,
    })
    .from(patientCoverages)
    .innerJoin(patients, eq(patients.id, patientCoverages.patientId))
    .innerJoin(branches, eq(branches.id, patients.branchId))
    .leftJoin(payerPlans, eq(payerPlans.id, patientCoverages.payerPlanId))
    .where(eq(patientCoverages.id, coverageId));
  if (!row) throw notFound('The coverage');
  return row;
}

async function therapyOf(db: DbOrTx, admissionId: string, patientId: string): Promise<string> {
  const [row] = await db
    .select({ therapy: admissions.therapy, patientId: admissions.patientId })
    .from(admissions)
    .where(eq(admissions.id, admissionId));
  if (row?.patientId !== patientId)
    throw new AppError('unprocessable', 'The admission is not this patient’s.', {
      fields: [
        {
          field: '/admissionId',
          code: 'other_patient',
          message: 'Choose an admission of the patient whose coverage this is.',
        },
      ],
    });
  return row.therapy;
}

async function nextControlNumber(db: DbOrTx): Promise<number> {
  const [row] = await executeRows<{ n: string | number }>(
    db,
    sql`select nextval('x12_control_number_seq') as n`,
  );
  return Number(row?.n ?? 1);
}

/** Reads the 271: the patient's response, or the problems that make it unusable. */
function readAnswer(
  x271: string,
  trace: string,
): { response: EligibilityResponse } | { problems: string[] } {
  let responses: EligibilityResponse[];
  try {
    responses = read271(x271).responses;
  } catch (error) {
    if (error instanceof X12ValidationError)
      return {
        problems: error.problems.filter((p) => p.severity === 'error').map(describeX12Problem),
      };
    if (error instanceof X12UnsupportedError) return { problems: [error.message] };
    throw error;
  }
  const [response] = responses;
  if (response === undefined) return { problems: ['The 271 holds no answer for the patient.'] };
  if (response.traces.length > 0 && !response.traces.some((t) => t.number === trace))
    return {
      problems: [
        `The 271 answers trace ${response.traces.map((t) => t.number).join(', ')}, not our inquiry ${trace}.`,
      ],
    };
  if (statusOf(response) === null)
    return { problems: ['The 271 says neither active, inactive nor rejected for the patient.'] };
  return { response };
}

/**
 * Runs one check for a coverage (the caller has already checked the user may). Returns what was
 * stored; throws AppError when nothing could be sent (no payer id, an unwritable field).
 */
export async function runEligibilityCheck(
  db: DbOrTx,
  connection: ClearinghouseConnection,
  actor: CheckActor,
  now: Date,
  input: CheckEligibilityInput,
): Promise<CheckOutcome> {
  const subject = await loadSubject(db, input.coverageId);
  const { coverage, plan, patient } = subject;
  const admissionId = input.admissionId ?? null;
  const therapy = admissionId === null ? null : await therapyOf(db, admissionId, patient.id);
  if (plan?.planType === 'self-pay')
    throw new AppError('unprocessable', 'A self-pay plan has no payer to ask about eligibility.');
  const payerId = plan?.payerId ?? coverage.payerId;
  if (!payerId)
    throw new AppError(
      'precondition_failed',
      'Link the coverage to a plan of the payer directory first: the inquiry needs the payer id.',
      {
        fields: [
          {
            field: '/payerPlanId',
            code: 'required',
            message: 'Choose the plan in the payer directory.',
          },
        ],
      },
    );
  const checkId = randomUUID();
  const reference = checkId.replace(/-/g, '');
  const { date, time } = localDateTime(now, subject.timezone);
  let requestX12: string;
  try {
    requestX12 = buildEligibilityInquiry(
      buildInquiryFor({
        coverage,
        patient,
        payer: { name: plan?.payerName ?? coverage.payerName, id: payerId },
        organisation: await readOrganisationIdentity(db),
        receiverId: connection.receiverId,
        usage: connection.usage,
        therapy,
        controlNumber: await nextControlNumber(db),
        reference,
        date,
        time,
      }),
    );
  } catch (error) {
    if (!(error instanceof X12BuildError)) throw error;
    throw new AppError('unprocessable', `The inquiry cannot be written: ${error.message}`, {
      fields: [
        { field: `/${error.field.replace(/\./g, '/')}`, code: 'x12_build', message: error.message },
      ],
    });
  }

  const base = {
    id: checkId,
    coverageId: coverage.id,
    patientId: patient.id,
    admissionId,
    trigger: input.trigger,
    connector: connection.connector.name,
    requestX12,
    checkedBy: actor.userId,
    checkedAt: now,
  };
  let x271: string;
  try {
    x271 = await connection.connector.submitEligibility(requestX12);
  } catch (error) {
    const message = `The clearinghouse did not answer: ${error instanceof Error ? error.message : String(error)}`;
    const check = await storeError(db, actor, now, base, [message]);
    return { kind: 'unanswered', check, message };
  }
  const answer = readAnswer(x271, reference);
  if ('problems' in answer) {
    const check = await storeError(db, actor, now, base, answer.problems);
    return { kind: 'unreadable', check, problems: answer.problems };
  }
  return storeAnswer(db, actor, now, base, x271, answer.response, coverage.status);
}
