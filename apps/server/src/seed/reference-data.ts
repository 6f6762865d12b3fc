// Reference data every installation needs (maintained lists seeded from the domain defaults),
// applied after migrations on every start; idempotent.
import type { DbOrTx } from '../platform/db/types.ts';
import { ensureDefaultReasonCodes } from '../modules/intake/reason-codes.ts';

export async function ensureReferenceData(db: DbOrTx): Promise<void> {
  await ensureDefaultReasonCodes(db);
}
