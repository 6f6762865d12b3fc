// Who we are on an eligibility inquiry: the organisation's name and NPI (NM1*1P), its submitter id
// (ISA06/GS02) and the id that originates our trace numbers (TRN03, "1" + EIN). Stored in the
// settings table under 'organisation'; the demo default below applies until an administrator sets it.
import { eq } from 'drizzle-orm';
import { computeLuhnCheckDigit } from '@infusio/domain/identifiers';
import type { DbOrTx } from '../../platform/db/types.ts';
import { settings } from '../../platform/settings/settings.tables.ts';

export interface OrganisationIdentity {
  name: string;
  npi: string;
  /** ISA06 / GS02: our id at the clearinghouse (ZZ qualifier). */
  submitterId: string;
  /** TRN03: "1" followed by the 9-digit EIN. */
  traceOriginatorId: string;
}

/** A demo NPI: 198273645 with the check digit the NPI standard gives it (prefix 80840, Luhn). */
export const DEMO_PROVIDER_NPI = `198273645${String(computeLuhnCheckDigit('80840198273645'))}`;

export const DEMO_ORGANISATION: OrganisationIdentity = {
  name: 'INFUSIO HOME INFUSION',
  npi: DEMO_PROVIDER_NPI,
  submitterId: 'INFUSIO',
  traceOriginatorId: '1990000001',
};

const KEY = 'organisation';

export async function readOrganisationIdentity(db: DbOrTx): Promise<OrganisationIdentity> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, KEY));
  const stored = (row?.value ?? {}) as Partial<OrganisationIdentity>;
  return { ...DEMO_ORGANISATION, ...stored };
}
