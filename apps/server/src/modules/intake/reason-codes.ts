import { and, asc, eq } from 'drizzle-orm';
import { DEFAULT_REASONS, type ReasonKind } from '@infusio/domain/intake';
import type { DbOrTx } from '../../platform/db/types.ts';
import { reasonCodes } from './intake.tables.ts';

/** Adds the default reasons that are missing; never changes or re-activates what admins edited. */
export async function ensureDefaultReasonCodes(db: DbOrTx): Promise<void> {
  await db
    .insert(reasonCodes)
    .values(
      DEFAULT_REASONS.map((reason, index) => ({
        kind: reason.kind,
        code: reason.code,
        label: reason.label,
        sortOrder: index,
      })),
    )
    .onConflictDoNothing();
}

export async function listReasonCodes(db: DbOrTx, kind: ReasonKind) {
  return db
    .select({ code: reasonCodes.code, label: reasonCodes.label })
    .from(reasonCodes)
    .where(and(eq(reasonCodes.kind, kind), eq(reasonCodes.active, true)))
    .orderBy(asc(reasonCodes.sortOrder));
}

export async function isActiveReasonCode(
  db: DbOrTx,
  kind: ReasonKind,
  code: string,
): Promise<boolean> {
  const [row] = await db
    .select({ code: reasonCodes.code })
    .from(reasonCodes)
    .where(
      and(eq(reasonCodes.kind, kind), eq(reasonCodes.code, code), eq(reasonCodes.active, true)),
    );
  return row !== undefined;
}
