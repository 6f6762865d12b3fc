// Settings the authorization module reads, defensively: the organisation (requester on the 278,
// kept under the 'organisation' key by the coverage module, whose demo identity is the default) and this module's own follow-up
// targets for plans no regulation binds ('authorizations'). Missing or malformed values fall back
// to defaults, so a fresh install can submit to the payer simulator.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import { settings } from '../../platform/settings/settings.tables.ts';
import { DEMO_ORGANISATION } from '../coverage/organisation-identity.ts';
import type { Organisation } from './build-authorization-278.ts';
import type { InformationalTargets } from './decision-deadlines.ts';

/** The coverage module's demo organisation (its eligibility inquiries use the same identity). */
export const DEFAULT_ORGANISATION: Organisation = {
  name: DEMO_ORGANISATION.name,
  npi: DEMO_ORGANISATION.npi,
  originatorId: DEMO_ORGANISATION.traceOriginatorId,
  submitterId: DEMO_ORGANISATION.submitterId,
  phone: null,
};

async function readSetting(db: DbOrTx, key: string): Promise<Record<string, unknown>> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, key));
  const value = row?.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown, pattern?: RegExp): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const trimmed = value.trim();
  return pattern === undefined || pattern.test(trimmed) ? trimmed : undefined;
}

export async function readOrganisation(db: DbOrTx): Promise<Organisation> {
  const value = await readSetting(db, 'organisation');
  const ein = text(value.ein ?? value.taxId, /^\d{2}-?\d{7}$/)?.replace('-', '');
  const phone = text(value.phone)?.replace(/\D/g, '');
  return {
    name: text(value.name ?? value.legalName)?.toUpperCase() ?? DEFAULT_ORGANISATION.name,
    npi: text(value.npi, /^\d{10}$/) ?? DEFAULT_ORGANISATION.npi,
    originatorId:
      text(value.traceOriginatorId ?? value.originatorId, /^\d{10}$/) ??
      (ein === undefined ? DEFAULT_ORGANISATION.originatorId : `1${ein}`),
    submitterId:
      text(value.submitterId ?? value.x12SenderId, /^[A-Za-z0-9]{1,15}$/) ??
      DEFAULT_ORGANISATION.submitterId,
    phone: phone?.length === 10 ? phone : DEFAULT_ORGANISATION.phone,
  };
}

function hours(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 24 * 90
    ? value
    : undefined;
}

/** Follow-up targets (hours) for plans CMS-0057-F does not bind, when the organisation set them. */
export async function readInformationalTargets(db: DbOrTx): Promise<InformationalTargets> {
  const value = await readSetting(db, 'authorizations');
  const targets =
    typeof value.informationalTargets === 'object' && value.informationalTargets !== null
      ? (value.informationalTargets as Record<string, Record<string, unknown> | undefined>)
      : {};
  const result: InformationalTargets = {};
  for (const kind of ['initial', 'appeal'] as const) {
    const urgent = hours(targets[kind]?.urgent);
    const standard = hours(targets[kind]?.standard);
    result[kind] = {
      ...(urgent === undefined ? {} : { urgent }),
      ...(standard === undefined ? {} : { standard }),
    };
  }
  return result;
}
