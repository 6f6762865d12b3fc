// Reads of estimates, always through estimateScope: the versions of an admission, one estimate in
// full with its acknowledgements, and the work list of estimates waiting for the patient.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { users } from '../identity/identity.tables.ts';
import { admissions } from '../intake/intake.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import type {
  AcknowledgementDto,
  AwaitingAcknowledgement,
  EstimateDetail,
  EstimateStatus,
  EstimateSummary,
} from './estimates.contracts.ts';
import { estimateScope } from './estimate-scope.ts';
import { estimateAcknowledgements, estimates } from './financial.tables.ts';
import { readStoredInputs, readStoredResult } from './stored-estimate.ts';

export type EstimateRow = typeof estimates.$inferSelect;
type AcknowledgementRow = typeof estimateAcknowledgements.$inferSelect;

async function namesOf(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function acknowledgementsOf(db: DbOrTx, estimateIds: readonly string[]) {
  if (estimateIds.length === 0) return [];
  return db
    .select()
    .from(estimateAcknowledgements)
    .where(inArray(estimateAcknowledgements.estimateId, [...estimateIds]))
    .orderBy(asc(estimateAcknowledgements.at));
}

export function toAcknowledgementDto(
  row: AcknowledgementRow,
  names: ReadonlyMap<string, string>,
): AcknowledgementDto {
  const as = row.acknowledgedAs;
  return {
    id: row.id,
    estimateId: row.estimateId,
    version: row.version,
    fingerprint: row.fingerprint,
    acknowledgedAs: as === 'patient' || as === 'caregiver' ? as : 'staff-on-behalf',
    byName: names.get(row.acknowledgedByUserId) ?? '—',
    language: row.language,
    note: row.note,
    at: row.at.toISOString(),
  };
}

function toSummary(row: EstimateRow, acknowledgedAt: Date | undefined): EstimateSummary {
  const result = readStoredResult(row.result);
  return {
    id: row.id,
    admissionId: row.admissionId,
    version: row.version,
    status: row.status as EstimateStatus,
    fingerprint: row.fingerprint,
    totals: result.totals,
    createdAt: row.createdAt.toISOString(),
    presentedAt: row.presentedAt?.toISOString() ?? null,
    acknowledgedAt: acknowledgedAt?.toISOString() ?? null,
  };
}

/** Every version of an admission's estimate the caller may see, newest first. */
export async function listEstimateVersions(
  db: DbOrTx,
  access: AccessContext,
  admissionId: string,
  now: Date,
): Promise<EstimateSummary[]> {
  const rows = await db
    .select()
    .from(estimates)
    .where(and(eq(estimates.admissionId, admissionId), estimateScope(access, 'read', now)))
    .orderBy(desc(estimates.version));
  const acks = await acknowledgementsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toSummary(
      row,
      acks.filter((a) => a.estimateId === row.id && a.version === row.version).at(-1)?.at,
    ),
  );
}

export async function findVisibleEstimate(
  db: DbOrTx,
  access: AccessContext,
  id: string,
  now: Date,
): Promise<EstimateRow | undefined> {
  const [row] = await db
    .select()
    .from(estimates)
    .where(and(eq(estimates.id, id), estimateScope(access, 'read', now)));
  return row;
}

export async function latestVersionOf(db: DbOrTx, admissionId: string): Promise<number> {
  const [row] = await db
    .select({ version: estimates.version })
    .from(estimates)
    .where(eq(estimates.admissionId, admissionId))
    .orderBy(desc(estimates.version))
    .limit(1);
  return row?.version ?? 0;
}

export async function toEstimateDetail(db: DbOrTx, row: EstimateRow): Promise<EstimateDetail> {
  const inputs = readStoredInputs(row.inputs);
  const result = readStoredResult(row.result);
  const acks = await acknowledgementsOf(db, [row.id]);
  const names = await namesOf(db, [
    row.createdBy,
    row.presentedBy,
    ...acks.map((a) => a.acknowledgedByUserId),
  ]);
  const awardOf = (programId: string) => inputs.awards.find((a) => a.programId === programId);
  return {
    ...toSummary(row, acks.filter((a) => a.version === row.version).at(-1)?.at),
    patientId: row.patientId,
    isLatest: (await latestVersionOf(db, row.admissionId)) === row.version,
    planType: inputs.planType.planType,
    planTypeSource: inputs.planType.source,
    isDemoPricing: inputs.isDemoPricing,
    feeScheduleId: inputs.feeScheduleId,
    eligibilityCheckId: inputs.eligibilityCheckId,
    eligibilityCheckedAt: inputs.eligibilityCheckedAt,
    therapyPlan: inputs.therapyPlan,
    routing: {
      ruleId: inputs.routing.ruleId,
      source: inputs.routing.source,
      mark: inputs.routing.mark,
    },
    months: result.months.map((month) => ({
      month: month.month,
      totals: month.totals,
      lines: month.lines.map((line) => ({ ...line })),
    })),
    assistanceSteps: result.assistanceSteps.map((step) => {
      const award = awardOf(step.programId);
      return {
        ...step,
        applicationId: award?.applicationId ?? null,
        rate: award?.rate ?? null,
        grantCents: award?.grantCents ?? null,
      };
    }),
    assumptions: inputs.assumptions,
    unpricedLineIds: [...result.unpricedLineIds],
    createdBy: row.createdBy ? (names.get(row.createdBy) ?? null) : null,
    presentedBy: row.presentedBy ? (names.get(row.presentedBy) ?? null) : null,
    acknowledgements: acks.map((a) => toAcknowledgementDto(a, names)),
  };
}

/** The latest versions not yet acknowledged, for the reimbursement work list (oldest first). */
export async function listAwaitingAcknowledgement(
  db: DbOrTx,
  access: AccessContext,
  now: Date,
): Promise<AwaitingAcknowledgement[]> {
  const rows = await db
    .select({
      estimate: estimates,
      givenName: patients.givenName,
      familyName: patients.familyName,
      drugName: admissions.drugName,
      admissionStatus: admissions.status,
    })
    .from(estimates)
    .innerJoin(admissions, eq(admissions.id, estimates.admissionId))
    .innerJoin(patients, eq(patients.id, estimates.patientId))
    .where(
      and(
        inArray(estimates.status, ['draft', 'presented']),
        inArray(admissions.status, ['open', 'on-hold']),
        estimateScope(access, 'read', now),
      ),
    )
    .orderBy(asc(estimates.createdAt))
    .limit(200);
  return rows.map(({ estimate, givenName, familyName, drugName }) => ({
    estimateId: estimate.id,
    admissionId: estimate.admissionId,
    patientId: estimate.patientId,
    patientName: `${givenName} ${familyName}`,
    drugName,
    version: estimate.version,
    status: estimate.status as EstimateStatus,
    patientTotalCents: estimate.patientTotalCents,
    createdAt: estimate.createdAt.toISOString(),
    presentedAt: estimate.presentedAt?.toISOString() ?? null,
  }));
}
