// Which branch's intake queue a public request for care lands in.
//
// Today: the first branch (the demo organisation has one). A multi-branch install routes by the
// ZIP code the family gave: each branch lists the ZIP codes (or ZIP3 prefixes) it serves in a
// service-area table maintained by administrators; a ZIP served by one branch goes there; a ZIP
// served by several goes to the nearest by ZIP centroid distance (the geocoding DESIGN.md names);
// no ZIP, or a ZIP nobody serves, goes to a central intake branch chosen in settings, which either
// transfers the inquiry or closes it as out of service area. Only this function changes.
import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import { branches } from '../locations/locations.tables.ts';

export async function chooseInquiryBranch(
  db: DbOrTx,
  // The ZIP code is the routing key of a multi-branch install (see above).
  _postalCode: string | undefined,
): Promise<string | null> {
  const [first] = await db
    .select({ id: branches.id })
    .from(branches)
    .orderBy(asc(branches.createdAt), asc(branches.code))
    .limit(1);
  return first?.id ?? null;
}
