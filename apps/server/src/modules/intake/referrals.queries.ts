import { and, eq, inArray } from 'drizzle-orm';
import { readResponseClock, type ReferralUrgency } from '@infusio/domain/intake';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { getVisiblePatient } from '../patients/patients.queries.ts';
import { patients } from '../patients/patients.tables.ts';
import type { MatchCandidateView, ReferralDetail } from './intake.contracts.ts';
import { admissions, referrals } from './intake.tables.ts';
import { referralScope } from './referral-scope.ts';
import type { IntakeSettings } from './intake-settings.ts';

export type ReferralRow = typeof referrals.$inferSelect;

export async function getVisibleReferral(
  db: DbOrTx,
  access: AccessContext,
  id: string,
  now: Date,
  action: 'read' | 'update' = 'read',
): Promise<ReferralRow | undefined> {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, id), referralScope(access, action, now)));
  return row;
}

/** The chart candidates of a referral awaiting a match, limited to charts the caller may see. */
async function visibleCandidates(
  db: DbOrTx,
  access: AccessContext,
  row: ReferralRow,
  now: Date,
): Promise<MatchCandidateView[]> {
  if (row.matchCandidates.length === 0 || row.patientId !== null) return [];
  const ids = row.matchCandidates.map((c) => c.patientId);
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
    .where(inArray(patients.id, ids));
  const views: MatchCandidateView[] = [];
  for (const candidate of row.matchCandidates) {
    const patient = rows.find((r) => r.id === candidate.patientId);
    if (patient && (await getVisiblePatient(db, access, patient.id, now)))
      views.push({
        patientId: patient.id,
        mrn: patient.mrn,
        givenName: patient.givenName,
        familyName: patient.familyName,
        birthDate: patient.birthDate,
        city: patient.city,
        score: candidate.score,
        reasons: candidate.reasons,
      });
  }
  return views;
}

export async function buildReferralDetail(
  db: DbOrTx,
  access: AccessContext,
  row: ReferralRow,
  now: Date,
  settings: IntakeSettings,
): Promise<ReferralDetail> {
  const clock = readResponseClock(
    row.receivedAt,
    row.urgency as ReferralUrgency,
    now,
    row.respondedAt,
    settings.responseClock,
  );
  const [admission] = await db
    .select({ id: admissions.id })
    .from(admissions)
    .where(eq(admissions.referralId, row.id));
  return {
    id: row.id,
    channel: row.channel,
    urgency: row.urgency,
    status: row.status,
    therapy: row.therapy,
    sourceName: row.sourceName,
    receivedAt: row.receivedAt.toISOString(),
    respondedAt: row.respondedAt?.toISOString() ?? null,
    response: row.response,
    responseReasonCode: row.responseReasonCode,
    responseNote: row.responseNote,
    responseClock: {
      dueAt: clock.dueAt.toISOString(),
      state: clock.state,
      minutesLeft: clock.minutesLeft,
    },
    patientId: row.patientId,
    admissionId: admission?.id ?? null,
    draft: row.draft as ReferralDetail['draft'],
    checklist: row.checklist,
    matchCandidates: await visibleCandidates(db, access, row, now),
  };
}
