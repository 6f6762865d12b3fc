// Answers the admission precondition 'active-coverage-verified' from the coverage module's own
// records: met when the patient's primary coverage is active and its latest answered eligibility
// check says active. Freshness: the daily re-verification job marks a coverage 'lapsed' once its
// last active check is older than VERIFICATION_FRESH_DAYS (the answerer is given no clock).
import { and, asc, desc, inArray, ne } from 'drizzle-orm';
import type { PreconditionAnswer, PreconditionAnswerer } from '../intake/precondition-answerers.ts';
import type { CoverageStatus } from './coverage.contracts.ts';
import { eligibilityChecks, patientCoverages } from './coverage.tables.ts';

function day(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function noteFor(
  payerName: string,
  coverageStatus: CoverageStatus,
  check: { status: string; checkedAt: Date } | undefined,
): string {
  if (check === undefined) return `${payerName}: eligibility not checked yet`;
  if (coverageStatus === 'lapsed')
    return `${payerName}: verification lapsed (last active check ${day(check.checkedAt)})`;
  return `${payerName}: ${check.status} on ${day(check.checkedAt)}`;
}

export const activeCoverageVerifiedAnswerer: PreconditionAnswerer = {
  mode: 'module',
  async answer(db, rows) {
    const answers = new Map<string, PreconditionAnswer>();
    const patientIds = [...new Set(rows.map((row) => row.patientId))];
    const coverages =
      patientIds.length === 0
        ? []
        : await db
            .select()
            .from(patientCoverages)
            .where(inArray(patientCoverages.patientId, patientIds))
            .orderBy(asc(patientCoverages.coverageOrder), asc(patientCoverages.createdAt));
    const primary = new Map<string, (typeof coverages)[number]>();
    for (const coverage of coverages)
      if (!primary.has(coverage.patientId)) primary.set(coverage.patientId, coverage);
    const coverageIds = [...primary.values()].map((c) => c.id);
    const checks =
      coverageIds.length === 0
        ? []
        : await db
            .selectDistinctOn([eligibilityChecks.coverageId], {
              coverageId: eligibilityChecks.coverageId,
              status: eligibilityChecks.status,
              checkedAt: eligibilityChecks.checkedAt,
              checkedBy: eligibilityChecks.checkedBy,
            })
            .from(eligibilityChecks)
            .where(
              and(
                inArray(eligibilityChecks.coverageId, coverageIds),
                ne(eligibilityChecks.status, 'error'),
              ),
            )
            .orderBy(eligibilityChecks.coverageId, desc(eligibilityChecks.checkedAt));
    const latest = new Map(checks.map((check) => [check.coverageId, check]));
    for (const row of rows) {
      const coverage = primary.get(row.patientId);
      const check = coverage === undefined ? undefined : latest.get(coverage.id);
      answers.set(row.id, {
        met: coverage?.status === 'active' && check?.status === 'active',
        source: 'module',
        note:
          coverage === undefined
            ? 'No insurance on file'
            : noteFor(coverage.payerName, coverage.status as CoverageStatus, check),
        recordedAt: check?.checkedAt ?? null,
        recordedBy: check?.checkedBy ?? null,
      });
    }
    return answers;
  },
};
