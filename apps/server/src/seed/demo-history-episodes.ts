// The demo history's admissions as episodes to replay: each patient's admissions in the order
// they were referred, with the moment each stage was entered (from the stage events the history
// wrote), and the moments in between at which the work before a stage was done.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AdmissionStage, ReferralDraft } from '@infusio/domain/intake';
import type { DbOrTx } from '../platform/db/types.ts';
import { admissionEvents, admissions, referrals } from '../modules/intake/intake.tables.ts';
import { patients } from '../modules/patients/patients.tables.ts';
import { DEMO_HISTORY_ACTOR } from './demo-admissions.ts';

export interface Episode {
  admission: typeof admissions.$inferSelect;
  draft: ReferralDraft;
  /** The patient's preferred language. */
  language: string;
  /** When the admission entered each stage it reached. */
  enteredAt: ReadonlyMap<string, Date>;
}

/** The time between entering one stage and the next, when the admission got that far. */
export interface Span {
  from: Date;
  to: Date;
}

const MINUTE = 60_000;

/** The history's admissions by patient, each patient's in the order they were referred. */
export async function loadHistoryEpisodes(db: DbOrTx): Promise<Map<string, Episode[]>> {
  const events = await db
    .select({
      admissionId: admissionEvents.admissionId,
      stage: admissionEvents.toStage,
      at: admissionEvents.at,
    })
    .from(admissionEvents)
    .where(
      and(eq(admissionEvents.actorName, DEMO_HISTORY_ACTOR), eq(admissionEvents.kind, 'stage')),
    );
  const enteredAt = new Map<string, Map<string, Date>>();
  for (const event of events) {
    const stages = enteredAt.get(event.admissionId) ?? new Map<string, Date>();
    if (event.stage !== null) stages.set(event.stage, event.at);
    enteredAt.set(event.admissionId, stages);
  }
  if (enteredAt.size === 0) return new Map();
  const rows = await db
    .select({ admission: admissions, draft: referrals.draft, language: patients.preferredLanguage })
    .from(admissions)
    .innerJoin(referrals, eq(referrals.id, admissions.referralId))
    .innerJoin(patients, eq(patients.id, admissions.patientId))
    .where(inArray(admissions.id, [...enteredAt.keys()]))
    .orderBy(asc(patients.mrn), asc(admissions.receivedAt));
  const byPatient = new Map<string, Episode[]>();
  for (const row of rows) {
    const list = byPatient.get(row.admission.patientId) ?? [];
    list.push({ ...row, enteredAt: enteredAt.get(row.admission.id) ?? new Map() });
    byPatient.set(row.admission.patientId, list);
  }
  return byPatient;
}

export function spanOf(
  episode: Episode,
  from: AdmissionStage,
  to: AdmissionStage,
): Span | undefined {
  const start = episode.enteredAt.get(from);
  const end = episode.enteredAt.get(to);
  return start && end ? { from: start, to: end } : undefined;
}

/** `minutes` before the span ends, but never before it starts. */
export function shortlyBefore(span: Span, minutes: number): Date {
  return new Date(Math.max(span.from.getTime(), span.to.getTime() - minutes * MINUTE));
}

/** `minutes` after the span starts, but never past its first third. */
export function shortlyAfter(span: Span, minutes: number): Date {
  const third = (span.to.getTime() - span.from.getTime()) / 3;
  return new Date(span.from.getTime() + Math.min(minutes * MINUTE, third));
}
