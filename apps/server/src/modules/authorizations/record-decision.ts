// The payer's decision applied to an authorization, whether it came back in a 278 or staff record
// it from the portal, a fax or a call: approved (A1) with certification number, units and dates;
// partially approved (A2) or modified (A6) with the units granted; denied (A3) with the reason;
// pended (A4) with the deadline still running.
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { validationFailed, type FieldProblem } from '../../platform/http/app-error.ts';
import type { ManualDecisionRequest } from './authorizations.contracts.ts';
import { runAuthorizationCommand, type Change } from './authorization-command.ts';
import type { AuthorizationRow } from './authorization-views.ts';
import type { Channel, DecisionOutcome, ManualOutcome } from './authorization-vocabulary.ts';
import type { PayerDecision } from './read-278-decision.ts';

const OUTCOME_OF_MANUAL: Readonly<Record<ManualOutcome, DecisionOutcome>> = {
  approved: 'certified',
  'partially-approved': 'partially-certified',
  denied: 'not-certified',
  pended: 'pended',
};

/** The change a decision makes; the row stays waiting (deadline running) when pended. */
export function decisionChange(
  decision: Omit<PayerDecision, 'kind' | 'actionCode'> & { actionCode: string | null },
  channel: Channel,
  now: Date,
  extra: { responseX12?: string; reference?: string | null } = {},
): Change {
  const waiting = decision.status === 'pended';
  return {
    set: {
      status: decision.status,
      certificationNumber: decision.certificationNumber,
      unitsApproved: decision.unitsApproved,
      approvedStart: decision.approvedStart,
      approvedEnd: decision.approvedEnd,
      decisionReason: decision.reason,
      decidedAt: waiting ? null : now,
      ...(extra.responseX12 === undefined ? {} : { responseX12: extra.responseX12 }),
    },
    event: {
      kind: 'decision',
      units: decision.unitsApproved,
      detail: {
        channel,
        outcome: decision.outcome,
        actionCode: decision.actionCode,
        certificationNumber: decision.certificationNumber,
        payerReference: decision.payerReference,
        reference: extra.reference ?? null,
      },
    },
    audit: {
      action: 'record-decision',
      details: { channel, outcome: decision.outcome, status: decision.status },
    },
  };
}

function checkManualDecision(input: ManualDecisionRequest, row: AuthorizationRow): void {
  const problems: FieldProblem[] = [];
  const need = (field: string, present: boolean, message: string) => {
    if (!present) problems.push({ field: `/${field}`, code: 'required', message });
  };
  if (input.outcome === 'approved' || input.outcome === 'partially-approved') {
    need(
      'certificationNumber',
      Boolean(input.certificationNumber?.trim()),
      'Enter the certification number the payer gave.',
    );
    need('unitsApproved', (input.unitsApproved ?? 0) > 0, 'Enter the units approved.');
    need('approvedStart', Boolean(input.approvedStart), 'Enter the first approved date.');
    need('approvedEnd', Boolean(input.approvedEnd), 'Enter the last approved date.');
    if (input.approvedStart && input.approvedEnd && input.approvedEnd < input.approvedStart)
      problems.push({
        field: '/approvedEnd',
        code: 'before_start',
        message: 'The last approved date is before the first.',
      });
    if (input.outcome === 'approved' && (input.unitsApproved ?? 0) > row.unitsRequested)
      problems.push({
        field: '/unitsApproved',
        code: 'above_requested',
        message: `More units than the ${String(row.unitsRequested)} requested: check the number.`,
      });
  }
  if (input.outcome === 'denied')
    need('reason', Boolean(input.reason?.trim()), 'Enter the reason the payer gave.');
  if (problems.length > 0) throw validationFailed(problems);
}

/** A decision received by portal, fax or phone, recorded by hand. */
export async function recordManualDecision(
  ctx: AppContext,
  access: AccessContext,
  id: string,
  input: ManualDecisionRequest,
): Promise<AuthorizationRow> {
  return runAuthorizationCommand(ctx, access, id, 'decide', (row, _tx, now) => {
    checkManualDecision(input, row);
    const certifies = input.outcome === 'approved' || input.outcome === 'partially-approved';
    return decisionChange(
      {
        outcome: OUTCOME_OF_MANUAL[input.outcome],
        status: input.outcome,
        actionCode: null,
        certificationNumber: certifies ? (input.certificationNumber?.trim() ?? null) : null,
        unitsApproved: certifies ? (input.unitsApproved ?? null) : null,
        approvedStart: certifies ? (input.approvedStart ?? null) : null,
        approvedEnd: certifies ? (input.approvedEnd ?? null) : null,
        reason: input.reason?.trim() ? input.reason.trim() : null,
        payerReference: null,
      },
      input.channel,
      now,
      { reference: input.reference ?? null },
    );
  });
}
