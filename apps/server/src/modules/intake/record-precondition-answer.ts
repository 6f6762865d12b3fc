// A person records the answer to a precondition whose module does not answer it yet (for example
// "first delivery delivered" before the logistics module exists). Only the precondition's owner
// records it, and never for a precondition a module answers itself.
import { and, eq } from 'drizzle-orm';
import { preconditionDefinition, type PreconditionKey } from '@infusio/domain/intake';
import type { AppContext } from '../../platform/app-context.ts';
import type { AccessContext } from '../../platform/access/access-context.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { patientScope } from '../patients/patient-scope.ts';
import { auditActorFromAccess } from './create-referral.ts';
import { admissionEvents, admissionFacts, admissions } from './intake.tables.ts';
import { PRECONDITION_ANSWERERS } from './precondition-answerers.ts';

export async function recordPreconditionAnswer(
  ctx: AppContext,
  access: AccessContext,
  admissionId: string,
  key: PreconditionKey,
  input: { met: boolean; note?: string | undefined },
): Promise<void> {
  const definition = preconditionDefinition(key);
  if (PRECONDITION_ANSWERERS[key].mode === 'module') {
    throw new AppError(
      'conflict',
      `"${key}" is answered by the ${definition.answeredBy} module from its own records; it cannot be recorded by hand.`,
    );
  }
  if (!access.roles.includes(definition.owner)) {
    throw new AppError('forbidden', `Only the ${definition.owner} records "${key}".`);
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: admissions.id, patientId: admissions.patientId, status: admissions.status })
      .from(admissions)
      .where(
        and(
          eq(admissions.id, admissionId),
          patientScope(access, 'admission', 'transition', admissions.patientId, now),
        ),
      );
    if (!row) throw notFound('The admission');
    if (row.status !== 'open' && row.status !== 'on-hold')
      throw new AppError(
        'conflict',
        `The admission is ${row.status}; nothing more can be recorded on it.`,
      );
    const values = {
      met: input.met,
      note: input.note ?? null,
      recordedBy: access.userId,
      recordedAt: now,
    };
    await tx
      .insert(admissionFacts)
      .values({ admissionId, key, ...values })
      .onConflictDoUpdate({
        target: [admissionFacts.admissionId, admissionFacts.key],
        set: values,
      });
    await tx.insert(admissionEvents).values({
      admissionId,
      kind: 'fact',
      note: input.note ?? null,
      detail: { key, met: input.met },
      actorUserId: access.userId,
      actorName: access.displayName,
      at: now,
    });
    await recordAudit(
      tx,
      auditActorFromAccess(access),
      [
        {
          action: 'record-answer',
          resourceType: 'admission',
          resourceId: admissionId,
          patientId: row.patientId,
          details: { key, met: input.met },
        },
      ],
      now,
    );
  });
}
