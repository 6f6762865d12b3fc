// Answers the admission precondition "financial-review-acknowledged" from this module's records:
// met when the admission's latest estimate version carries an acknowledgement of that very version
// (same version number and fingerprint). A newer version un-meets it until it is acknowledged too.
import { desc, inArray } from 'drizzle-orm';
import type { PreconditionAnswer, PreconditionAnswerer } from '../intake/precondition-answerers.ts';
import { estimateAcknowledgements, estimates } from './financial.tables.ts';

const WHO: Readonly<Record<string, string>> = {
  patient: 'the patient',
  caregiver: 'a caregiver',
  'staff-on-behalf': 'staff on the patient’s behalf',
};

export const financialReviewAnswerer: PreconditionAnswerer = {
  mode: 'module',
  async answer(db, rows) {
    const ids = rows.map((r) => r.id);
    const answers = new Map<string, PreconditionAnswer>();
    if (ids.length === 0) return answers;
    const versions = await db
      .select({
        id: estimates.id,
        admissionId: estimates.admissionId,
        version: estimates.version,
        fingerprint: estimates.fingerprint,
      })
      .from(estimates)
      .where(inArray(estimates.admissionId, ids))
      .orderBy(desc(estimates.version));
    const latest = new Map<string, (typeof versions)[number]>();
    for (const v of versions) if (!latest.has(v.admissionId)) latest.set(v.admissionId, v);
    const latestIds = [...latest.values()].map((v) => v.id);
    const acks =
      latestIds.length === 0
        ? []
        : await db
            .select()
            .from(estimateAcknowledgements)
            .where(inArray(estimateAcknowledgements.estimateId, latestIds))
            .orderBy(desc(estimateAcknowledgements.at));
    for (const admission of rows) {
      const current = latest.get(admission.id);
      const ack = current
        ? acks.find(
            (a) =>
              a.estimateId === current.id &&
              a.version === current.version &&
              a.fingerprint === current.fingerprint,
          )
        : undefined;
      answers.set(admission.id, {
        met: ack !== undefined,
        source: 'module',
        note:
          current === undefined
            ? 'No estimate yet.'
            : ack
              ? `Estimate version ${current.version} acknowledged by ${WHO[ack.acknowledgedAs] ?? ack.acknowledgedAs} (${ack.language}).`
              : `Estimate version ${current.version} is waiting for the patient’s acknowledgement.`,
        recordedAt: ack?.at ?? null,
        recordedBy: ack?.acknowledgedByUserId ?? null,
      });
    }
    return answers;
  },
};
