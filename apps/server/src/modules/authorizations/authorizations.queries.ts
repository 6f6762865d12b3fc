// Reads of authorizations, always through the caller's scope (an authorization is visible when its
// patient is, under the 'authorization' policy).
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Action } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { patientCoverages, payerPlans } from '../coverage/coverage.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import type { AuthorizationView } from './authorizations.contracts.ts';
import { authorizationEvents, authorizations } from './authorizations.tables.ts';
import { readInformationalTargets } from './authorization-settings.ts';
import {
  toAuthorizationView,
  toDecisionOutcome,
  toPlanType,
  type AuthorizationRow,
} from './authorization-views.ts';
import type { DecisionOutcome, ServiceLine } from './authorization-vocabulary.ts';

const LINE_ORDER: readonly ServiceLine[] = [
  'drug',
  'per-diem',
  'nursing',
  'pump-rental',
  'supplies',
];

export async function getVisibleAuthorization(
  db: DbOrTx,
  access: AccessContext,
  id: string,
  now: Date,
  action: Action = 'read',
): Promise<AuthorizationRow | undefined> {
  const [row] = await db
    .select()
    .from(authorizations)
    .where(
      and(
        eq(authorizations.id, id),
        patientScope(access, 'authorization', action, authorizations.patientId, now),
      ),
    );
  return row;
}

/** The directory plan type of each authorization's coverage (null: not linked to the directory). */
export async function planTypesOf(
  db: DbOrTx,
  rows: readonly AuthorizationRow[],
): Promise<Map<string, string | null>> {
  const coverageIds = [
    ...new Set(rows.map((r) => r.coverageId).filter((id): id is string => id !== null)),
  ];
  if (coverageIds.length === 0) return new Map();
  const found = await db
    .select({ coverageId: patientCoverages.id, planType: payerPlans.planType })
    .from(patientCoverages)
    .leftJoin(payerPlans, eq(payerPlans.id, patientCoverages.payerPlanId))
    .where(inArray(patientCoverages.id, coverageIds));
  return new Map(found.map((f) => [f.coverageId, f.planType]));
}

/** The payer's latest answer per authorization, from its decision events. */
export async function lastOutcomesOf(
  db: DbOrTx,
  ids: readonly string[],
): Promise<Map<string, DecisionOutcome>> {
  if (ids.length === 0) return new Map();
  const events = await db
    .select({ id: authorizationEvents.authorizationId, detail: authorizationEvents.detail })
    .from(authorizationEvents)
    .where(
      and(
        inArray(authorizationEvents.authorizationId, [...ids]),
        eq(authorizationEvents.kind, 'decision'),
      ),
    )
    .orderBy(desc(authorizationEvents.at));
  const result = new Map<string, DecisionOutcome>();
  for (const event of events) {
    const outcome = toDecisionOutcome(event.detail.outcome);
    if (outcome !== null && !result.has(event.id)) result.set(event.id, outcome);
  }
  return result;
}

/** Rows as views, with their plan types, last outcomes and the organisation's targets. */
export async function toViews(
  db: DbOrTx,
  rows: readonly AuthorizationRow[],
  now: Date,
): Promise<AuthorizationView[]> {
  const planTypes = await planTypesOf(db, rows);
  const outcomes = await lastOutcomesOf(
    db,
    rows.map((r) => r.id),
  );
  const targets = await readInformationalTargets(db);
  return rows.map((row) =>
    toAuthorizationView(row, {
      now,
      planType: toPlanType(row.coverageId === null ? null : planTypes.get(row.coverageId)),
      lastOutcome: outcomes.get(row.id) ?? null,
      targets,
    }),
  );
}

/** An admission's requests by service line (drug, per diem, nursing, pump, supplies), code, period. */
export async function listAdmissionAuthorizations(
  db: DbOrTx,
  admissionId: string,
): Promise<AuthorizationRow[]> {
  const rows = await db
    .select()
    .from(authorizations)
    .where(eq(authorizations.admissionId, admissionId))
    .orderBy(asc(authorizations.startDate), asc(authorizations.createdAt));
  const order = (line: string) => LINE_ORDER.indexOf(line as ServiceLine);
  return rows.sort(
    (a, b) =>
      order(a.serviceLine) - order(b.serviceLine) ||
      a.procedureCode.localeCompare(b.procedureCode) ||
      a.startDate.localeCompare(b.startDate),
  );
}

export async function listAuthorizationEvents(db: DbOrTx, id: string) {
  return db
    .select()
    .from(authorizationEvents)
    .where(eq(authorizationEvents.authorizationId, id))
    .orderBy(asc(authorizationEvents.at), asc(authorizationEvents.id));
}
