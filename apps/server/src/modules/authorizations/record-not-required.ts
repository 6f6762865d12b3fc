// "Not required" recorded for a service line that has no request yet (a payer that needs no
// authorization for it): one record saying who confirmed it and how, which the journey's
// "authorization decided" precondition counts like an approval.
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { RecordNotRequiredRequest } from './authorizations.contracts.ts';
import { getAdmissionForAuthorizations } from './authorization-admission.ts';
import { notRequiredReason } from './authorization-commands.ts';
import type { AuthorizationRow } from './authorization-views.ts';
import type { ManualChannel } from './authorization-vocabulary.ts';
import {
  assertAdmissionActive,
  checkDraftFields,
  insertAuthorization,
} from './create-authorization.ts';

const CHANNEL_OF_METHOD: Readonly<Record<RecordNotRequiredRequest['method'], ManualChannel>> = {
  phone: 'phone',
  portal: 'portal',
  fax: 'fax',
  // A payer's published policy is read on its portal.
  'payer-policy': 'portal',
};

export async function recordNotRequired(
  ctx: AppContext,
  access: AccessContext,
  admissionId: string,
  input: RecordNotRequiredRequest,
): Promise<AuthorizationRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const admission = await getAdmissionForAuthorizations(tx, access, admissionId, now, 'create');
    assertAdmissionActive(admission);
    const startDate =
      input.startDate ?? admission.expectedStartDate ?? now.toISOString().slice(0, 10);
    const fields = {
      serviceLine: input.serviceLine,
      procedureCode: input.procedureCode,
      unitsRequested: 0,
      unitType: 'units' as const,
      startDate,
      endDate: input.endDate ?? startDate,
      level: 'standard' as const,
      notes: input.note ?? null,
    };
    checkDraftFields({ ...fields, unitsRequested: 1 });
    return insertAuthorization(
      tx,
      access,
      admission,
      {
        fields,
        status: 'not-required',
        channel: CHANNEL_OF_METHOD[input.method],
        decisionReason: notRequiredReason(input),
        source: 'not-required',
        detail: { method: input.method, confirmedBy: input.confirmedBy },
      },
      now,
    );
  });
}
