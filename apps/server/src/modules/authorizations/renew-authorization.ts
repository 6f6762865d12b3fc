// A renewal: a new draft for the next period of the same service line and code. Coverage is
// re-verified first (the coverage module's reverifyBeforeAuthorization: a new 270/271 for the
// admission's coverages, raising its own tasks when benefits changed), and the answer is noted.
import { and, eq, gt, ne, notInArray } from 'drizzle-orm';
import { addDays, daysBetween } from '@infusio/domain/coverage';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { reverifyBeforeAuthorization } from '../coverage/reverify-coverage.ts';
import type { RenewRequest } from './authorizations.contracts.ts';
import { authorizations } from './authorizations.tables.ts';
import { getVisibleAuthorization } from './authorizations.queries.ts';
import { getAdmissionForAuthorizations } from './authorization-admission.ts';
import { applyChange, lockAuthorization } from './authorization-command.ts';
import { assertCanRun } from './authorization-transitions.ts';
import type { AuthorizationRow } from './authorization-views.ts';
import type { ReviewLevel, ServiceLine, UnitType } from './authorization-vocabulary.ts';
import {
  assertAdmissionActive,
  checkDraftFields,
  insertAuthorization,
} from './create-authorization.ts';

async function reverify(ctx: AppContext, admissionId: string) {
  try {
    const results = await reverifyBeforeAuthorization(ctx, admissionId);
    return results.map((r) => ({
      coverageId: r.coverageId,
      status: r.status,
      changes: r.changes.length,
    }));
  } catch (error) {
    return [
      {
        coverageId: null,
        status: 'error',
        error: error instanceof Error ? error.message : 'unknown',
      },
    ];
  }
}

export async function renewAuthorization(
  ctx: AppContext,
  access: AccessContext,
  id: string,
  input: RenewRequest,
): Promise<AuthorizationRow> {
  const visible = await getVisibleAuthorization(ctx.db, access, id, ctx.clock.now(), 'update');
  if (!visible) throw notFound('The authorization');
  assertCanRun('renew', visible.status);
  const reverification = await reverify(ctx, visible.admissionId);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await lockAuthorization(tx, access, id, 'renew', now);
    const admission = await getAdmissionForAuthorizations(
      tx,
      access,
      row.admissionId,
      now,
      'create',
    );
    assertAdmissionActive(admission);
    const start = input.startDate ?? addDays(row.approvedEnd ?? row.endDate, 1);
    const length = daysBetween(row.startDate, row.endDate) + 1;
    const fields = {
      serviceLine: row.serviceLine as ServiceLine,
      procedureCode: row.procedureCode,
      modifier: row.modifier,
      description: row.description,
      unitsRequested: input.unitsRequested ?? row.unitsRequested,
      unitType: row.unitType as UnitType,
      frequency: row.frequency,
      startDate: start,
      endDate: input.endDate ?? addDays(start, length - 1),
      level: row.level as ReviewLevel,
    };
    checkDraftFields(fields);
    const [later] = await tx
      .select({ id: authorizations.id })
      .from(authorizations)
      .where(
        and(
          eq(authorizations.admissionId, row.admissionId),
          eq(authorizations.serviceLine, row.serviceLine),
          eq(authorizations.procedureCode, row.procedureCode),
          ne(authorizations.id, row.id),
          gt(authorizations.startDate, row.startDate),
          notInArray(authorizations.status, ['cancelled', 'denied']),
        ),
      );
    if (later)
      throw new AppError('conflict', 'A request for a later period of this line exists already.', {
        extensions: { renewalId: later.id },
      });
    const renewal = await insertAuthorization(
      tx,
      access,
      admission,
      {
        fields,
        status: 'draft',
        source: 'renewal',
        detail: { renewalOf: row.id, reverification },
      },
      now,
    );
    await applyChange(
      tx,
      access,
      row,
      {
        set: {},
        event: { kind: 'renewal-requested', detail: { renewalId: renewal.id, reverification } },
        audit: { action: 'renew', details: { renewalId: renewal.id } },
      },
      now,
    );
    return renewal;
  });
}
