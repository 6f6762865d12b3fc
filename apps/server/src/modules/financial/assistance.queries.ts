// Reads of assistance screenings and applications, within the caller's assistance scope.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { users } from '../identity/identity.tables.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { patients } from '../patients/patients.tables.ts';
import { programName, readStoredAward } from './active-awards.ts';
import type { Application, Screening } from './assistance.contracts.ts';
import { APPLICATION_STATUSES } from './assistance.contracts.ts';
import { assistanceApplications, assistanceScreenings } from './financial.tables.ts';
import type { StoredScreening } from './screen-assistance.ts';

type ScreeningRow = typeof assistanceScreenings.$inferSelect;
export type ApplicationRow = typeof assistanceApplications.$inferSelect;

/** One entry of an application's history, as stored. */
export interface StoredHistoryEntry {
  at: string;
  command: string;
  fromStatus: string | null;
  toStatus: string;
  byUserId: string;
  byName: string;
  reason: string | null;
  documents: string[];
}

async function namesOf(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function readStoredScreening(row: ScreeningRow): StoredScreening {
  return row.result as unknown as StoredScreening;
}

function toScreening(row: ScreeningRow, names: ReadonlyMap<string, string>): Screening {
  const stored = readStoredScreening(row);
  const { screen } = stored;
  return {
    id: row.id,
    patientId: row.patientId,
    admissionId: row.admissionId,
    householdSize: row.householdSize,
    annualIncomeCents: row.annualIncomeCents,
    state: stored.state,
    region: row.region === 'alaska' || row.region === 'hawaii' ? row.region : 'contiguous',
    year: row.year,
    percentOfPovertyLevel: screen.percentOfPovertyLevel,
    povertyGuidelineCents: screen.povertyGuidelineCents,
    guidelineMark: screen.guidelineMark,
    guidelineOrigin: stored.guidelineOrigin,
    planType: stored.care.planType.planType,
    planTypeSource: stored.care.planType.source,
    drugName: stored.care.drugName,
    diagnosisCodes: stored.care.diagnosisCodes,
    slidingScale: {
      policyId: screen.slidingScale.policyId,
      upToPercentFpl: screen.slidingScale.tier.upToPercentFpl,
      tierDiscountRate: screen.slidingScale.tier.discountRate,
      status: screen.slidingScale.status,
      discountRate: screen.slidingScale.discountRate,
    },
    programs: screen.programs.map((p) => ({
      programId: p.programId,
      kind: p.kind,
      name: p.name,
      status: p.status,
      reasons: p.reasons.map((r) => ({ key: r.key, params: { ...r.params } })),
      mark: p.mark,
    })),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy ? (names.get(row.createdBy) ?? null) : null,
  };
}

export async function listScreenings(db: DbOrTx, patientId: string): Promise<Screening[]> {
  const rows = await db
    .select()
    .from(assistanceScreenings)
    .where(eq(assistanceScreenings.patientId, patientId))
    .orderBy(desc(assistanceScreenings.createdAt));
  const names = await namesOf(
    db,
    rows.map((r) => r.createdBy),
  );
  return rows.map((row) => toScreening(row, names));
}

export async function getScreening(db: DbOrTx, id: string): Promise<Screening | undefined> {
  const [row] = await db.select().from(assistanceScreenings).where(eq(assistanceScreenings.id, id));
  if (!row) return undefined;
  return toScreening(row, await namesOf(db, [row.createdBy]));
}

export function readHistory(row: ApplicationRow): StoredHistoryEntry[] {
  return row.history as unknown as StoredHistoryEntry[];
}

export function toApplication(row: ApplicationRow, patientName: string): Application {
  const award = readStoredAward(row.award ?? null);
  return {
    id: row.id,
    patientId: row.patientId,
    patientName,
    admissionId: row.admissionId,
    screeningId: row.screeningId,
    programId: row.programId,
    programName: programName(row.programId),
    kind: row.kind,
    status: APPLICATION_STATUSES.find((s) => s === row.status) ?? 'draft',
    award: award ?? null,
    history: readHistory(row).map((h) => ({
      at: h.at,
      command: h.command,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      byName: h.byName,
      reason: h.reason,
      documents: h.documents,
    })),
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Applications of one patient, or (patientId undefined) open ones across the caller's scope. */
export async function listApplications(
  db: DbOrTx,
  access: AccessContext,
  now: Date,
  filter: { patientId?: string; openOnly?: boolean },
): Promise<Application[]> {
  const rows = await db
    .select({
      application: assistanceApplications,
      givenName: patients.givenName,
      familyName: patients.familyName,
    })
    .from(assistanceApplications)
    .innerJoin(patients, eq(patients.id, assistanceApplications.patientId))
    .where(
      and(
        patientScope(access, 'assistance', 'read', assistanceApplications.patientId, now),
        filter.patientId ? eq(assistanceApplications.patientId, filter.patientId) : undefined,
        filter.openOnly
          ? inArray(assistanceApplications.status, ['draft', 'submitted', 'documents-requested'])
          : undefined,
      ),
    )
    .orderBy(
      filter.openOnly
        ? asc(assistanceApplications.updatedAt)
        : desc(assistanceApplications.createdAt),
    )
    .limit(200);
  return rows.map((r) => toApplication(r.application, `${r.givenName} ${r.familyName}`));
}
