// A demo history admission's authorizations, as the reimbursement specialist got them before the
// admission reached "authorized": a request for every line of the therapy plan the payer's plan
// (or the 271) needs one for — the lines the authorizations module itself suggests — sent by the
// payer portal and approved with a certification number; or, when the plan needs none, the payer's
// "not required" confirmed by phone. The rows and events are built as the module's commands build
// them (insertAuthorization, markSubmitted, recordManualDecision, recordNotRequired) and written
// in bulk: running each command would add about fifty queries an admission to the first start.
import { randomUUID } from 'node:crypto';
import { findDrugByName, type PlanType } from '@infusio/domain/coverage';
import type { DbOrTx } from '../platform/db/types.ts';
import type { AdmissionRow } from '../modules/authorizations/authorization-admission.ts';
import {
  deadlineDetail,
  notRequiredReason,
} from '../modules/authorizations/authorization-commands.ts';
import { suggestAuthorizations } from '../modules/authorizations/authorization-suggestions.ts';
import type {
  ReviewLevel,
  ServiceLine,
} from '../modules/authorizations/authorization-vocabulary.ts';
import type {
  authorizationEvents,
  authorizations,
} from '../modules/authorizations/authorizations.tables.ts';
import {
  computeDecisionDeadline,
  type InformationalTargets,
} from '../modules/authorizations/decision-deadlines.ts';
import { decisionChange } from '../modules/authorizations/record-decision.ts';
import type { ProposedLine } from '../modules/authorizations/select-authorization-lines.ts';
import type { DemoStaff } from './demo-staff.ts';

type AuthorizationInsert = typeof authorizations.$inferInsert & { id: string };
type EventInsert = typeof authorizationEvents.$inferInsert;

export interface AuthorizationRecords {
  authorizations: AuthorizationInsert[];
  events: EventInsert[];
}

export interface AuthorizationInput {
  admission: AdmissionRow;
  coverageId: string;
  planType: PlanType | null;
  targets: InformationalTargets;
  /** Proposed and sent by the portal. */
  requestedAt: Date;
  /** The payer's answer. */
  decidedAt: Date;
  /** Numbers this admission's certifications apart from the others'. */
  sequence: number;
}

const NOT_REQUIRED = {
  method: 'phone',
  confirmedBy: 'Payer provider services representative',
  note: 'No prior authorization needed for this therapy under the plan.',
} as const;

/** A certification number in the shape payers give (letters, date, sequence). */
function certificationNumber(decidedAt: Date, sequence: number): string {
  return `PA${decidedAt.toISOString().slice(2, 10).replace(/-/g, '')}${String(sequence).padStart(4, '0')}`;
}

function rowOf(
  input: AuthorizationInput,
  staff: DemoStaff,
  line: ProposedLine,
  level: ReviewLevel,
) {
  return {
    id: randomUUID(),
    admissionId: input.admission.id,
    patientId: input.admission.patientId,
    coverageId: input.coverageId,
    serviceLine: line.serviceLine,
    procedureCode: line.procedureCode.toUpperCase(),
    modifier: line.modifier?.toUpperCase() ?? null,
    description: line.description,
    unitsRequested: line.unitsRequested,
    unitType: line.unitType,
    frequency: line.frequency,
    startDate: line.startDate,
    endDate: line.endDate,
    level,
    notes: null,
    createdBy: staff.access.userId,
    createdAt: input.requestedAt,
  };
}

const actorOf = (staff: DemoStaff) => ({
  actorUserId: staff.access.userId,
  actorName: staff.access.displayName,
});

/** Proposed from the therapy plan, sent by the portal, approved in full. */
function approvedRequest(
  input: AuthorizationInput,
  staff: DemoStaff,
  line: ProposedLine,
  level: ReviewLevel,
  certification: string,
  routingRule: string,
): AuthorizationRecords {
  const { requestedAt } = input;
  // Events of one authorization are a millisecond apart at least (appendAuthorizationEvent).
  const decidedAt = new Date(Math.max(input.decidedAt.getTime(), requestedAt.getTime() + 2));
  const deadline = computeDecisionDeadline(
    { from: requestedAt, kind: 'initial', level, planType: input.planType },
    input.targets,
  );
  const decision = decisionChange(
    {
      outcome: 'certified',
      status: 'approved',
      actionCode: null,
      certificationNumber: certification,
      unitsApproved: line.unitsRequested,
      approvedStart: line.startDate,
      approvedEnd: line.endDate,
      reason: null,
      payerReference: null,
    },
    'portal',
    decidedAt,
    { reference: null },
  );
  const row = {
    ...rowOf(input, staff, line, level),
    ...decision.set,
    status: 'approved',
    channel: 'portal',
    submittedAt: requestedAt,
    decisionDueAt: deadline.dueAt,
    updatedAt: decidedAt,
  };
  const units = line.unitsRequested;
  const reference = `Portal request ${certification}`;
  return {
    authorizations: [row],
    events: [
      {
        authorizationId: row.id,
        kind: 'created',
        toStatus: 'draft',
        units,
        detail: { source: 'therapy-plan', reason: line.reason, routingRule },
        ...actorOf(staff),
        at: requestedAt,
      },
      {
        authorizationId: row.id,
        kind: 'submitted',
        fromStatus: 'draft',
        toStatus: 'submitted',
        units,
        detail: { channel: 'portal', reference, ...deadlineDetail(deadline) },
        ...actorOf(staff),
        at: new Date(requestedAt.getTime() + 1),
      },
      {
        authorizationId: row.id,
        kind: decision.event.kind,
        fromStatus: 'submitted',
        toStatus: 'approved',
        units: decision.event.units ?? null,
        detail: decision.event.detail ?? {},
        ...actorOf(staff),
        at: decidedAt,
      },
    ],
  };
}

/**
 * "Not required" on the first line the plan needs no authorization for, else (nothing billed to
 * the payer, e.g. home hydration under Medicare Part B) on the drug's own code.
 */
function notRequired(
  input: AuthorizationInput,
  staff: DemoStaff,
  lines: readonly ProposedLine[],
): AuthorizationRecords {
  const line = lines[0];
  const code = findDrugByName(input.admission.drugName)?.hcpcs?.code;
  const what: { serviceLine: ServiceLine; procedureCode: string } | undefined =
    line ?? (code ? { serviceLine: 'drug', procedureCode: code } : undefined);
  if (!what) throw new Error(`demo admission ${input.admission.id} has nothing to authorize`);
  const startDate =
    line?.startDate ??
    input.admission.expectedStartDate ??
    input.requestedAt.toISOString().slice(0, 10);
  const row = {
    id: randomUUID(),
    admissionId: input.admission.id,
    patientId: input.admission.patientId,
    coverageId: input.coverageId,
    serviceLine: what.serviceLine,
    procedureCode: what.procedureCode.toUpperCase(),
    modifier: null,
    description: null,
    unitsRequested: 0,
    unitType: 'units',
    frequency: null,
    startDate,
    endDate: line?.endDate ?? startDate,
    level: 'standard',
    status: 'not-required',
    channel: 'phone',
    decisionReason: notRequiredReason(NOT_REQUIRED),
    decidedAt: input.requestedAt,
    notes: NOT_REQUIRED.note,
    createdBy: staff.access.userId,
    createdAt: input.requestedAt,
    updatedAt: input.requestedAt,
  };
  return {
    authorizations: [row],
    events: [
      {
        authorizationId: row.id,
        kind: 'created',
        toStatus: 'not-required',
        units: 0,
        detail: {
          source: 'not-required',
          method: NOT_REQUIRED.method,
          confirmedBy: NOT_REQUIRED.confirmedBy,
        },
        ...actorOf(staff),
        at: input.requestedAt,
      },
    ],
  };
}

/** The admission's authorization records, from the module's own suggestions for its therapy plan. */
export async function authorizationRecordsFor(
  db: DbOrTx,
  staff: DemoStaff,
  input: AuthorizationInput,
): Promise<AuthorizationRecords> {
  const today = input.requestedAt.toISOString().slice(0, 10);
  const suggested = await suggestAuthorizations(db, input.admission, today);
  const needed = suggested.lines.filter((line) => line.needsAuthorization);
  if (needed.length === 0) return notRequired(input, staff, suggested.lines);
  const records: AuthorizationRecords = { authorizations: [], events: [] };
  for (const [index, line] of needed.entries()) {
    const certification = certificationNumber(input.decidedAt, input.sequence * 10 + index);
    const one = approvedRequest(
      input,
      staff,
      line,
      suggested.level,
      certification,
      suggested.routingRule,
    );
    records.authorizations.push(...one.authorizations);
    records.events.push(...one.events);
  }
  return records;
}
