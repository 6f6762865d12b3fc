// Looks for an existing chart for a referral's patient across the whole organisation (a referral
// from an EHR must not create a second chart even when its sender cannot see the first). The
// candidates are only shown to people who may see those patients.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { matchPatient, type ReferralDraft } from '@infusio/domain/intake';
import type { DbOrTx } from '../../platform/db/types.ts';
import { patientCoverages } from '../coverage/coverage.tables.ts';
import { patients } from '../patients/patients.tables.ts';
import type { MatchCandidateView } from './intake.contracts.ts';

const normalizeMemberId = (id: string) => id.replace(/[\s-]/g, '').toUpperCase();

/** System-wide on purpose: duplicate detection must see every chart. Never return these rows to a caller unfiltered. */
export async function findPatientMatchesSystemWide(
  db: DbOrTx,
  draft: ReferralDraft,
): Promise<MatchCandidateView[]> {
  const memberIds = draft.coverages
    .map((c) => normalizeMemberId(c.memberId))
    .filter((id) => id !== '');
  const byMemberId =
    memberIds.length > 0
      ? sql`${patients.id} in (select ${patientCoverages.patientId} from ${patientCoverages} where upper(regexp_replace(${patientCoverages.memberId}, '[\\s-]', '', 'g')) in ${memberIds})`
      : sql`false`;
  const rows = await db
    .select({
      id: patients.id,
      mrn: patients.mrn,
      givenName: patients.givenName,
      familyName: patients.familyName,
      birthDate: patients.birthDate,
      city: patients.city,
    })
    .from(patients)
    .where(
      and(
        eq(patients.status, 'active'),
        or(eq(patients.birthDate, draft.patient.birthDate), byMemberId),
      ),
    )
    .limit(200);
  if (rows.length === 0) return [];
  const coverageRows = await db
    .select({ patientId: patientCoverages.patientId, memberId: patientCoverages.memberId })
    .from(patientCoverages)
    .where(
      inArray(
        patientCoverages.patientId,
        rows.map((r) => r.id),
      ),
    );
  const incoming = {
    givenName: draft.patient.givenName,
    familyName: draft.patient.familyName,
    birthDate: draft.patient.birthDate,
    memberIds: memberIds,
  };
  const candidates: MatchCandidateView[] = [];
  for (const row of rows) {
    const match = matchPatient(incoming, {
      ...row,
      memberIds: coverageRows.filter((c) => c.patientId === row.id).map((c) => c.memberId),
    });
    if (match)
      candidates.push({
        patientId: row.id,
        mrn: row.mrn,
        givenName: row.givenName,
        familyName: row.familyName,
        birthDate: row.birthDate,
        city: row.city,
        score: Math.round(match.score * 1000) / 1000,
        reasons: match.reasons,
      });
  }
  return candidates.sort((a, b) => b.score - a.score);
}
