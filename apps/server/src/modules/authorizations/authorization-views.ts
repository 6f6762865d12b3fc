// Rows as the API shows them: the decision deadline with the time left (and whether a regulation
// binds it), the payer's last answer, and the commands that apply now.
import { PLAN_TYPES, type PlanType } from '@infusio/domain/coverage';
import type { AuthorizationView } from './authorizations.contracts.ts';
import type { authorizations } from './authorizations.tables.ts';
import { availableCommands } from './authorization-transitions.ts';
import {
  AWAITING_DECISION,
  DECISION_OUTCOMES,
  type AuthorizationStatus,
  type DecisionOutcome,
  type ReviewLevel,
  type ServiceLine,
  type UnitType,
} from './authorization-vocabulary.ts';
import { computeDecisionDeadline, type InformationalTargets } from './decision-deadlines.ts';

export type AuthorizationRow = typeof authorizations.$inferSelect;

export function toPlanType(value: string | null | undefined): PlanType | null {
  return PLAN_TYPES.find((planType) => planType === value) ?? null;
}

export function toDecisionOutcome(value: unknown): DecisionOutcome | null {
  return DECISION_OUTCOMES.find((outcome) => outcome === value) ?? null;
}

export interface ViewContext {
  now: Date;
  planType: PlanType | null;
  lastOutcome: DecisionOutcome | null;
  targets: InformationalTargets;
}

function deadlineOf(row: AuthorizationRow, context: ViewContext): AuthorizationView['deadline'] {
  if (row.decisionDueAt === null) return null;
  if (!AWAITING_DECISION.includes(row.status as AuthorizationStatus)) return null;
  const rule = computeDecisionDeadline(
    {
      from: row.submittedAt ?? row.decisionDueAt,
      kind: row.status === 'appealed' ? 'appeal' : 'initial',
      level: row.level as ReviewLevel,
      planType: context.planType,
    },
    context.targets,
  );
  const msLeft = row.decisionDueAt.getTime() - context.now.getTime();
  return {
    dueAt: row.decisionDueAt.toISOString(),
    binding: rule.binding,
    source: rule.source,
    hoursLeft: Math.round(msLeft / 360_000) / 10,
    isLate: msLeft < 0,
  };
}

export function toAuthorizationView(
  row: AuthorizationRow,
  context: ViewContext,
): AuthorizationView {
  return {
    id: row.id,
    admissionId: row.admissionId,
    patientId: row.patientId,
    serviceLine: row.serviceLine as ServiceLine,
    procedureCode: row.procedureCode,
    modifier: row.modifier,
    description: row.description,
    unitsRequested: row.unitsRequested,
    unitType: row.unitType as UnitType,
    frequency: row.frequency,
    startDate: row.startDate,
    endDate: row.endDate,
    level: row.level as ReviewLevel,
    status: row.status as AuthorizationStatus,
    channel: row.channel,
    certificationNumber: row.certificationNumber,
    unitsApproved: row.unitsApproved,
    approvedStart: row.approvedStart,
    approvedEnd: row.approvedEnd,
    decisionReason: row.decisionReason,
    unitsUsed: row.unitsUsed,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decisionDueAt: row.decisionDueAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    deadline: deadlineOf(row, context),
    lastOutcome: context.lastOutcome,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    commands: availableCommands(row.status),
  };
}
