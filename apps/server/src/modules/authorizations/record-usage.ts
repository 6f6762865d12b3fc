// Utilization: units given (a nurse visit, per diem days, drug units) counted against the approved
// ones. Going beyond the approved units, or outside the approved dates, is refused (422) unless the
// user overrides it with a reason — the claim for those units will need a new or amended approval.
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, type FieldProblem } from '../../platform/http/app-error.ts';
import type { UsageRequest } from './authorizations.contracts.ts';
import { runAuthorizationCommand } from './authorization-command.ts';
import type { AuthorizationRow } from './authorization-views.ts';

export function recordUsage(
  ctx: AppContext,
  access: AccessContext,
  id: string,
  input: UsageRequest,
): Promise<AuthorizationRow> {
  return runAuthorizationCommand(ctx, access, id, 'record-usage', (row, _tx, now) => {
    const approved = row.unitsApproved ?? 0;
    const after = row.unitsUsed + input.units;
    const beyond = after > approved;
    const outside =
      row.approvedStart !== null &&
      row.approvedEnd !== null &&
      (input.serviceDate < row.approvedStart || input.serviceDate > row.approvedEnd);
    const today = now.toISOString().slice(0, 10);
    if (input.serviceDate > today)
      throw new AppError('unprocessable', 'Units can be recorded once given, not in advance.', {
        fields: [
          { field: '/serviceDate', code: 'in_future', message: 'The date is in the future.' },
        ],
      });
    const override = input.overrideReason?.trim();
    const problems: FieldProblem[] = [];
    if (beyond && !override)
      problems.push({
        field: '/units',
        code: 'exceeds_approved_units',
        message: `That makes ${String(after)} of ${String(approved)} approved ${row.unitType}: ${String(Math.max(0, approved - row.unitsUsed))} left.`,
      });
    if (outside && !override)
      problems.push({
        field: '/serviceDate',
        code: 'outside_approved_dates',
        message: `The approval covers ${row.approvedStart ?? ''} to ${row.approvedEnd ?? ''}.`,
      });
    if (problems.length > 0)
      throw new AppError(
        'unprocessable',
        'These units are not covered by the approval; give a reason to record them anyway.',
        {
          fields: problems,
          extensions: { unitsApproved: approved, unitsUsed: row.unitsUsed, unitsAfter: after },
        },
      );
    return {
      set: { unitsUsed: after },
      event: {
        kind: 'usage',
        units: input.units,
        detail: {
          serviceDate: input.serviceDate,
          note: input.note ?? null,
          overrideReason: override ?? null,
          beyondApproved: beyond,
          outsideApprovedDates: outside,
        },
      },
      audit: {
        action: 'record-usage',
        details: { units: input.units, unitsAfter: after, overridden: beyond || outside },
      },
    };
  });
}
