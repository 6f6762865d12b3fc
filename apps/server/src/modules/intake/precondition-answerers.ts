// The one place each admission precondition is answered. The state machine (packages/domain
// intake/journey.ts) asks only "is it met?"; this table says who answers. Until a module exists
// its preconditions are answered by a person recording the fact on the admission ("manual"); when
// the module arrives, its answerer replaces that line and manual recording for the key stops.
import { and, eq, inArray } from 'drizzle-orm';
import { PRECONDITION_KEYS, type PreconditionKey } from '@infusio/domain/intake';
import type { DbOrTx } from '../../platform/db/types.ts';
import { admissionFacts, referrals, type admissions } from './intake.tables.ts';
import { financialReviewAnswerer } from '../financial/financial-review-answerer.ts';
import { activeCoverageVerifiedAnswerer } from '../coverage/coverage-verified-answerer.ts';
import { authorizationDecidedAnswerer } from '../authorizations/authorization-decided-answerer.ts';

export type AdmissionRow = typeof admissions.$inferSelect;

export interface PreconditionAnswer {
  met: boolean;
  /** Who answered: the module's own data, the referral checklist, or a person's recorded answer. */
  source: 'module' | 'checklist' | 'manual';
  note: string | null;
  recordedAt: Date | null;
  recordedBy: string | null;
}

export interface PreconditionAnswerer {
  /** manual: people record the answer on the admission; module: the owning module answers from its data. */
  mode: 'manual' | 'module';
  answer(
    db: DbOrTx,
    admissionRows: readonly AdmissionRow[],
  ): Promise<Map<string, PreconditionAnswer>>;
}

async function recordedFacts(db: DbOrTx, key: PreconditionKey, admissionIds: readonly string[]) {
  if (admissionIds.length === 0) return new Map<string, typeof admissionFacts.$inferSelect>();
  const rows = await db
    .select()
    .from(admissionFacts)
    .where(
      and(eq(admissionFacts.key, key), inArray(admissionFacts.admissionId, [...admissionIds])),
    );
  return new Map(rows.map((row) => [row.admissionId, row]));
}

/** Answered by a person recording it (the module that will own it does not exist yet). */
export function manualAnswerer(key: PreconditionKey): PreconditionAnswerer {
  return {
    mode: 'manual',
    async answer(db, rows) {
      const facts = await recordedFacts(
        db,
        key,
        rows.map((r) => r.id),
      );
      const answers = new Map<string, PreconditionAnswer>();
      for (const row of rows) {
        const fact = facts.get(row.id);
        answers.set(row.id, {
          met: fact?.met ?? false,
          source: 'manual',
          note: fact?.note ?? null,
          recordedAt: fact?.recordedAt ?? null,
          recordedBy: fact?.recordedBy ?? null,
        });
      }
      return answers;
    },
  };
}

/**
 * The referral's information is complete when the therapy checklist has nothing missing, or when
 * the coordinator records that it is (information received by phone or in an uploaded document).
 */
const referralInformationAnswerer: PreconditionAnswerer = {
  mode: 'manual',
  async answer(db, rows) {
    const ids = rows.map((r) => r.referralId);
    const checklists =
      ids.length === 0
        ? []
        : await db
            .select({ id: referrals.id, checklist: referrals.checklist })
            .from(referrals)
            .where(inArray(referrals.id, ids));
    const completeByReferral = new Map(checklists.map((r) => [r.id, r.checklist.complete]));
    const facts = await recordedFacts(
      db,
      'referral-information-complete',
      rows.map((r) => r.id),
    );
    const answers = new Map<string, PreconditionAnswer>();
    for (const row of rows) {
      const fact = facts.get(row.id);
      if (fact) {
        answers.set(row.id, {
          met: fact.met,
          source: 'manual',
          note: fact.note,
          recordedAt: fact.recordedAt,
          recordedBy: fact.recordedBy,
        });
      } else {
        answers.set(row.id, {
          met: completeByReferral.get(row.referralId) === true,
          source: 'checklist',
          note: null,
          recordedAt: null,
          recordedBy: null,
        });
      }
    }
    return answers;
  },
};

export const PRECONDITION_ANSWERERS: Record<PreconditionKey, PreconditionAnswerer> = {
  'referral-information-complete': referralInformationAnswerer,
  'active-coverage-verified': activeCoverageVerifiedAnswerer,
  'authorization-decided': authorizationDecidedAnswerer,
  'pharmacist-assessment-complete': manualAnswerer('pharmacist-assessment-complete'),
  'financial-review-acknowledged': financialReviewAnswerer,
  'medication-ready': manualAnswerer('medication-ready'),
  'first-delivery-delivered': manualAnswerer('first-delivery-delivered'),
  'first-visit-scheduled': manualAnswerer('first-visit-scheduled'),
  'first-dose-given': manualAnswerer('first-dose-given'),
};

/** Every precondition of every admission given, in one query per precondition. */
export async function answerPreconditions(
  db: DbOrTx,
  rows: readonly AdmissionRow[],
): Promise<Map<string, Map<PreconditionKey, PreconditionAnswer>>> {
  const result = new Map<string, Map<PreconditionKey, PreconditionAnswer>>(
    rows.map((r) => [r.id, new Map()]),
  );
  for (const key of PRECONDITION_KEYS) {
    const answers = await PRECONDITION_ANSWERERS[key].answer(db, rows);
    for (const [admissionId, answer] of answers) result.get(admissionId)?.set(key, answer);
  }
  return result;
}

export function metSet(
  answers: ReadonlyMap<PreconditionKey, PreconditionAnswer> | undefined,
): Set<PreconditionKey> {
  return new Set(
    [...(answers ?? new Map<PreconditionKey, PreconditionAnswer>())]
      .filter(([, a]) => a.met)
      .map(([k]) => k),
  );
}
