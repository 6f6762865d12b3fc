// Where an upload goes: the patient (from the path) or the referral (from the path, possibly still
// awaiting its patient match), plus the optional referral and admission it also belongs to. A
// record the caller may not reach is a 404 for the path and a field error for the form.
import { and, eq } from 'drizzle-orm';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { notFound, validationFailed, type FieldProblem } from '../../platform/http/app-error.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { admissions } from '../intake/intake.tables.ts';
import { findPatientForDocuments, findReferralForDocuments } from './documents.queries.ts';

export type UploadPath = { patientId: string } | { referralId: string };

export interface UploadTarget {
  patientId: string | null;
  referralId: string | null;
  admissionId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The record in the path, checked before the file is read (a 404 costs no upload). */
export async function resolveUploadPath(
  db: DbOrTx,
  access: AccessContext,
  path: UploadPath,
  now: Date,
): Promise<UploadTarget> {
  if ('patientId' in path) {
    const patient = await findPatientForDocuments(db, access, path.patientId, 'create', now);
    if (!patient) throw notFound('The patient');
    return { patientId: patient.id, referralId: null, admissionId: null };
  }
  const referral = await findReferralForDocuments(db, access, path.referralId, 'create', now);
  if (!referral) throw notFound('The referral');
  return { patientId: referral.patientId, referralId: referral.id, admissionId: null };
}

/** Adds the form's optional referralId and admissionId, each checked against the target. */
export async function resolveUploadLinks(
  db: DbOrTx,
  access: AccessContext,
  target: UploadTarget,
  fields: { referralId?: string | undefined; admissionId?: string | undefined },
  now: Date,
): Promise<UploadTarget> {
  const problems: FieldProblem[] = [];
  let { referralId, admissionId } = target;
  if (fields.referralId) {
    const referral = UUID.test(fields.referralId)
      ? await findReferralForDocuments(db, access, fields.referralId, 'create', now)
      : undefined;
    if (!referral || (referral.patientId !== null && referral.patientId !== target.patientId))
      problems.push({
        field: '/referralId',
        code: 'not_found',
        message: 'No such referral for this patient.',
      });
    else referralId = referral.id;
  }
  if (fields.admissionId) {
    const [admission] =
      UUID.test(fields.admissionId) && target.patientId !== null
        ? await db
            .select({ id: admissions.id })
            .from(admissions)
            .where(
              and(
                eq(admissions.id, fields.admissionId),
                eq(admissions.patientId, target.patientId),
              ),
            )
        : [];
    if (!admission)
      problems.push({
        field: '/admissionId',
        code: 'not_found',
        message: 'No such admission for this patient.',
      });
    else admissionId = admission.id;
  }
  if (problems.length > 0) throw validationFailed(problems);
  return { ...target, referralId, admissionId };
}
