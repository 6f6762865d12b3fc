// The admission journey's "authorization decided" precondition, answered from this module's records
// (see authorization-decided.rules.ts for the rule). One query for all admissions asked about.
import { inArray } from 'drizzle-orm';
import type { PreconditionAnswer, PreconditionAnswerer } from '../intake/precondition-answerers.ts';
import { authorizations } from './authorizations.tables.ts';
import { evaluateAuthorizationDecided } from './authorization-decided.rules.ts';

export const authorizationDecidedAnswerer: PreconditionAnswerer = {
  mode: 'module',
  async answer(db, admissionRows) {
    const ids = admissionRows.map((row) => row.id);
    const rows =
      ids.length === 0
        ? []
        : await db
            .select()
            .from(authorizations)
            .where(inArray(authorizations.admissionId, ids))
            .orderBy(authorizations.createdAt);
    const answers = new Map<string, PreconditionAnswer>();
    for (const admission of admissionRows) {
      const own = rows.filter((row) => row.admissionId === admission.id);
      const result = evaluateAuthorizationDecided(own, admission.expectedStartDate);
      const deciding = own.filter((row) => row.decidedAt !== null && row.status !== 'cancelled');
      const last = deciding.reduce<(typeof own)[number] | undefined>(
        (latest, row) =>
          latest === undefined || (row.decidedAt ?? 0) > (latest.decidedAt ?? 0) ? row : latest,
        undefined,
      );
      answers.set(admission.id, {
        met: result.met,
        source: 'module',
        note: result.note,
        recordedAt: result.met ? (last?.decidedAt ?? null) : null,
        recordedBy: null,
      });
    }
    return answers;
  },
};
