// "Propose requests from the therapy plan": a draft for every line the payer's plan needs an
// authorization for, skipping lines that already have a request (not cancelled) and lines that need
// none. Also the read-only suggestions the create form offers (codes, units, dates per line).
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import type { Suggestion, SuggestionsResponse } from './authorizations.contracts.ts';
import { listAdmissionAuthorizations } from './authorizations.queries.ts';
import { getAdmissionForAuthorizations, type AdmissionRow } from './authorization-admission.ts';
import { suggestAuthorizations, type Assumption } from './authorization-suggestions.ts';
import { assertAdmissionActive, insertAuthorization } from './create-authorization.ts';
import type { AuthorizationRow } from './authorization-views.ts';

const keyOf = (line: { serviceLine: string; procedureCode: string }) =>
  `${line.serviceLine}|${line.procedureCode.toUpperCase()}`;

async function existingRequests(db: DbOrTx, admissionId: string): Promise<Map<string, string>> {
  const rows = await listAdmissionAuthorizations(db, admissionId);
  return new Map(rows.filter((r) => r.status !== 'cancelled').map((r) => [keyOf(r), r.id]));
}

async function suggestionsFor(db: DbOrTx, admission: AdmissionRow, now: Date) {
  const suggested = await suggestAuthorizations(db, admission, now.toISOString().slice(0, 10));
  const existing = await existingRequests(db, admission.id);
  const suggestions: Suggestion[] = suggested.lines.map((line) => ({
    serviceLine: line.serviceLine,
    procedureCode: line.procedureCode,
    modifier: line.modifier,
    description: line.description,
    unitsRequested: line.unitsRequested,
    unitType: line.unitType,
    frequency: line.frequency,
    startDate: line.startDate,
    endDate: line.endDate,
    needsAuthorization: line.needsAuthorization,
    reason: { ...line.reason },
    existingId: existing.get(keyOf(line)) ?? null,
  }));
  return { suggested, suggestions };
}

export async function listSuggestions(
  ctx: AppContext,
  access: AccessContext,
  admissionId: string,
): Promise<SuggestionsResponse> {
  const now = ctx.clock.now();
  const admission = await getAdmissionForAuthorizations(ctx.db, access, admissionId, now, 'read');
  const { suggested, suggestions } = await suggestionsFor(ctx.db, admission, now);
  return {
    suggestions,
    level: suggested.level,
    assumptions: suggested.assumptions,
    routingRule: suggested.routingRule,
  };
}

export interface ProposeResult {
  created: AuthorizationRow[];
  skipped: { serviceLine: string; procedureCode: string; reason: 'exists' | 'not-needed' }[];
  assumptions: Assumption[];
}

export async function proposeAuthorizations(
  ctx: AppContext,
  access: AccessContext,
  admissionId: string,
): Promise<ProposeResult> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const admission = await getAdmissionForAuthorizations(tx, access, admissionId, now, 'create');
    assertAdmissionActive(admission);
    const { suggested, suggestions } = await suggestionsFor(tx, admission, now);
    const result: ProposeResult = { created: [], skipped: [], assumptions: suggested.assumptions };
    for (const line of suggestions) {
      const skip = !line.needsAuthorization ? 'not-needed' : line.existingId ? 'exists' : null;
      if (skip !== null) {
        result.skipped.push({
          serviceLine: line.serviceLine,
          procedureCode: line.procedureCode,
          reason: skip,
        });
        continue;
      }
      const row = await insertAuthorization(
        tx,
        access,
        admission,
        {
          fields: {
            serviceLine: line.serviceLine,
            procedureCode: line.procedureCode,
            modifier: line.modifier,
            description: line.description,
            unitsRequested: line.unitsRequested,
            unitType: line.unitType,
            frequency: line.frequency,
            startDate: line.startDate,
            endDate: line.endDate,
            level: suggested.level,
          },
          status: 'draft',
          source: 'therapy-plan',
          detail: { reason: line.reason, routingRule: suggested.routingRule },
        },
        now,
      );
      result.created.push(row);
    }
    return result;
  });
}
