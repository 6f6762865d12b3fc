// Submitting an authorization electronically: build the 005010X217 278 request, mark the request
// submitted (its decision deadline starts), send it through the clearinghouse, read the payer's 278
// response and apply the decision. A response that fails reading stores nothing from it: the
// request stays submitted and the caller gets the problems with segment and position.
import {
  describeX12Problem,
  X12BuildError,
  X12UnsupportedError,
  X12ValidationError,
  type X12Problem,
} from '@infusio/domain/x12';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { resolveClearinghouse, type ClearinghouseConnection } from '../coverage/clearinghouse.ts';
import { actorOf, applyChange, lockAuthorization } from './authorization-command.ts';
import { appendAuthorizationEvent } from './authorization-events.ts';
import { deadlineDetail, deadlineFor } from './authorization-commands.ts';
import type { AuthorizationRow } from './authorization-views.ts';
import type { DecisionOutcome, ReviewLevel } from './authorization-vocabulary.ts';
import { authorization278InputFor } from './authorization-x12-input.ts';
import { buildAuthorization278 } from './build-authorization-278.ts';
import {
  readDecisionFrom278,
  ResponseMismatchError,
  type Read278Result,
} from './read-278-decision.ts';
import { decisionChange } from './record-decision.ts';

export interface SubmitResult {
  row: AuthorizationRow;
  answer: {
    kind: 'decision' | 'rejected';
    outcome: DecisionOutcome | null;
    actionCode: string | null;
    reason: string | null;
  };
}

interface Sent {
  row: AuthorizationRow;
  text: string;
  traceNumber: string;
}

async function buildAndMarkSubmitted(
  ctx: AppContext,
  access: AccessContext,
  id: string,
  connection: ClearinghouseConnection,
): Promise<Sent> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await lockAuthorization(tx, access, id, 'submit', now);
    const input = await authorization278InputFor(tx, row, connection, now);
    let text: string;
    try {
      text = buildAuthorization278(input);
    } catch (error) {
      if (!(error instanceof X12BuildError)) throw error;
      throw new AppError('unprocessable', `The 278 cannot be written: ${error.message}`, {
        fields: [{ field: `/${error.field}`, code: 'x12_build', message: error.message }],
      });
    }
    const deadline = await deadlineFor(tx, row, 'initial', row.level as ReviewLevel, now);
    const updated = await applyChange(
      tx,
      access,
      row,
      {
        set: {
          status: 'submitted',
          channel: 'x12-278',
          requestX12: text,
          responseX12: null,
          submittedAt: now,
          decisionDueAt: deadline.dueAt,
          decisionReason: null,
        },
        event: {
          kind: 'submitted',
          units: row.unitsRequested,
          detail: {
            channel: 'x12-278',
            connector: connection.connector.name,
            traceNumber: input.traceNumber,
            controlNumber: input.controlNumber,
            certificationType: input.certificationType,
            ...deadlineDetail(deadline),
          },
        },
        audit: {
          action: 'submit',
          details: { channel: 'x12-278', controlNumber: input.controlNumber },
        },
      },
      now,
    );
    return { row: updated, text, traceNumber: input.traceNumber };
  });
}

/** Notes that the answer could not be used: positions and codes only, nothing from its content. */
async function recordUnusableAnswer(
  ctx: AppContext,
  access: AccessContext,
  row: AuthorizationRow,
  kind: 'send-failed' | 'response-refused',
  detail: Record<string, unknown>,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await appendAuthorizationEvent(tx, {
      authorizationId: row.id,
      kind,
      detail,
      actorUserId: access.userId,
      actorName: access.displayName,
      at: now,
    });
    await recordAudit(
      tx,
      actorOf(access),
      [
        {
          action: kind,
          resourceType: 'authorization',
          resourceId: row.id,
          patientId: row.patientId,
          outcome: 'error',
          details: detail,
        },
      ],
      now,
    );
  });
}

function problemPositions(problems: readonly X12Problem[]) {
  return problems
    .filter((p) => p.severity === 'error')
    .map((p) => ({
      code: p.code,
      segmentIndex: p.segmentIndex,
      segmentId: p.segmentId,
      element: p.element,
      offset: p.offset,
      line: p.line,
    }));
}

async function readAnswer(
  ctx: AppContext,
  access: AccessContext,
  sent: Sent,
  response: string,
): Promise<Read278Result> {
  try {
    return readDecisionFrom278(response, {
      traceNumber: sent.traceNumber,
      unitsRequested: sent.row.unitsRequested,
      startDate: sent.row.startDate,
      endDate: sent.row.endDate,
    });
  } catch (error) {
    if (error instanceof X12ValidationError) {
      const errors = error.problems.filter((p) => p.severity === 'error');
      await recordUnusableAnswer(ctx, access, sent.row, 'response-refused', {
        problems: problemPositions(errors),
      });
      throw new AppError(
        'unprocessable',
        `The payer's 278 response was refused, so nothing was recorded from it; the request stays submitted. ${errors.map(describeX12Problem).join(' ')}`,
        {
          extensions: {
            problems: errors.map((p) => ({ ...problemPositions([p])[0], message: p.message })),
          },
        },
      );
    }
    if (error instanceof X12UnsupportedError || error instanceof ResponseMismatchError) {
      await recordUnusableAnswer(ctx, access, sent.row, 'response-refused', {
        problems: [{ code: error.name }],
      });
      throw new AppError(
        'unprocessable',
        `The payer's answer cannot be used (${error.message}); the request stays submitted.`,
        { extensions: { problems: [{ code: error.name, message: error.message }] } },
      );
    }
    throw error;
  }
}

export async function submitAuthorization(
  ctx: AppContext,
  access: AccessContext,
  id: string,
): Promise<SubmitResult> {
  const connection = await resolveClearinghouse(ctx);
  const sent = await buildAndMarkSubmitted(ctx, access, id, connection);
  let response: string;
  try {
    response = await connection.connector.submitAuthorization(sent.text);
  } catch (error) {
    await recordUnusableAnswer(ctx, access, sent.row, 'send-failed', {
      connector: connection.connector.name,
    });
    throw new AppError(
      'unavailable',
      'The clearinghouse did not answer; the request stays submitted. Check again later or record the decision by hand.',
      { cause: error },
    );
  }
  const result = await readAnswer(ctx, access, sent, response);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const locked = await lockAuthorization(
      tx,
      access,
      id,
      result.kind === 'decision' ? 'decide' : 'reject',
      now,
    );
    if (result.kind === 'decision')
      return applyChange(
        tx,
        access,
        locked,
        decisionChange(result, 'x12-278', now, { responseX12: response }),
        now,
      );
    return applyChange(
      tx,
      access,
      locked,
      {
        set: {
          status: 'draft',
          responseX12: response,
          decisionReason: result.reason,
          submittedAt: null,
          decisionDueAt: null,
        },
        event: { kind: 'rejected', detail: { channel: 'x12-278', rejections: result.rejections } },
        audit: {
          action: 'record-rejection',
          details: { codes: result.rejections.map((r) => r.code) },
        },
      },
      now,
    );
  });
  return {
    row,
    answer:
      result.kind === 'decision'
        ? {
            kind: 'decision',
            outcome: result.outcome,
            actionCode: result.actionCode,
            reason: result.reason,
          }
        : { kind: 'rejected', outcome: null, actionCode: null, reason: result.reason },
  };
}
