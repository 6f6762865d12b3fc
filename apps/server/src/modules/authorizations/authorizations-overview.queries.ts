// The reimbursement work list: authorizations of open admissions that need someone — drafts to
// send, requests awaiting a decision (late ones first), denials to appeal, approvals ending within
// 14 days, approvals with 80% of their units used. Each item says which of these it is.
import { and, eq, ilike, inArray, or } from 'drizzle-orm';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { admissions } from '../intake/intake.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { patients } from '../patients/patients.tables.ts';
import type {
  AuthorizationView,
  OverviewItem,
  OverviewQuery,
  OverviewResponse,
} from './authorizations.contracts.ts';
import { authorizations } from './authorizations.tables.ts';
import { toViews } from './authorizations.queries.ts';
import {
  AWAITING_DECISION,
  IN_FORCE,
  OVERVIEW_FILTERS,
  type OverviewFilter,
} from './authorization-vocabulary.ts';
import { daysUntil, REMINDER_THRESHOLDS } from './reminder-rules.ts';

const LISTED = [...AWAITING_DECISION, ...IN_FORCE, 'draft', 'denied'];
const LIMIT = 500;

export function flagsOf(view: AuthorizationView, now: Date): OverviewFilter[] {
  const flags: OverviewFilter[] = [];
  const today = now.toISOString().slice(0, 10);
  if (view.status === 'draft') flags.push('draft');
  if (view.status === 'denied') flags.push('denied');
  if (AWAITING_DECISION.includes(view.status)) {
    flags.push('awaiting-decision');
    if (view.deadline?.isLate) flags.push('late');
  }
  if (IN_FORCE.includes(view.status)) {
    if (
      view.approvedEnd !== null &&
      daysUntil(view.approvedEnd, today) <= REMINDER_THRESHOLDS.expiringWithinDays
    )
      flags.push('expiring');
    const approved = view.unitsApproved ?? 0;
    if (approved > 0 && view.unitsUsed >= approved * REMINDER_THRESHOLDS.unitsUsedShare)
      flags.push('units-low');
  }
  if (flags.length > 0) flags.push('needs-action');
  return flags;
}

/** Late first, then the nearest deadline, then the nearest end of approval, then oldest. */
function urgency(item: OverviewItem): [number, string] {
  const a = item.authorization;
  if (a.deadline?.isLate) return [0, a.deadline.dueAt];
  if (a.deadline) return [1, a.deadline.dueAt];
  if (item.flags.includes('expiring') || item.flags.includes('units-low'))
    return [2, a.approvedEnd ?? ''];
  return [3, a.createdAt];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listOverview(
  db: DbOrTx,
  access: AccessContext,
  query: OverviewQuery,
  now: Date,
): Promise<OverviewResponse> {
  const search = query.search?.trim();
  const pattern = search ? `%${escapeLike(search)}%` : null;
  const rows = await db
    .select({
      authorization: authorizations,
      givenName: patients.givenName,
      familyName: patients.familyName,
      therapy: admissions.therapy,
      drugName: admissions.drugName,
      payerName: admissions.payerName,
    })
    .from(authorizations)
    .innerJoin(admissions, eq(admissions.id, authorizations.admissionId))
    .innerJoin(patients, eq(patients.id, authorizations.patientId))
    .where(
      and(
        patientScope(access, 'authorization', 'read', authorizations.patientId, now),
        inArray(admissions.status, ['open', 'on-hold']),
        inArray(authorizations.status, LISTED),
        query.serviceLine ? eq(authorizations.serviceLine, query.serviceLine) : undefined,
        pattern
          ? or(ilike(patients.familyName, pattern), ilike(patients.givenName, pattern))
          : undefined,
      ),
    )
    .limit(LIMIT);
  const views = await toViews(
    db,
    rows.map((r) => r.authorization),
    now,
  );
  const all: OverviewItem[] = rows.map((row, index) => {
    const view = views[index];
    if (view === undefined) throw new Error('view missing for a listed authorization');
    return {
      authorization: view,
      patientName: `${row.familyName}, ${row.givenName}`,
      therapy: row.therapy,
      drugName: row.drugName,
      payerName: row.payerName,
      flags: flagsOf(view, now),
    };
  });
  const counts = Object.fromEntries(
    OVERVIEW_FILTERS.map((filter) => [filter, all.filter((i) => i.flags.includes(filter)).length]),
  );
  const filter = query.filter ?? 'needs-action';
  const items = all
    .filter((item) => item.flags.includes(filter))
    .sort((x, y) => {
      const [a, b] = [urgency(x), urgency(y)];
      return a[0] !== b[0] ? a[0] - b[0] : a[1].localeCompare(b[1]);
    });
  return { items, counts };
}
