import type { ReferralPrescriber } from '../../intake/referral-draft.ts';
import { NPI_SYSTEM } from '../validate/terminology.ts';
import { getString, getStrings } from '../validate/json.ts';
import { currentTelecom, identifierValue, pickName } from './concepts.ts';
import type { Located, MappingContext } from './mapping-context.ts';

export interface PrescriberSources {
  practitioner: Located;
  role: Located | undefined;
  organization: Located | undefined;
}

/**
 * Finds who prescribed: the MedicationRequest's requester, else the ServiceRequest's. A
 * PractitionerRole requester gives its practitioner and organization (the practice); a
 * Practitioner requester is matched to a PractitionerRole in the bundle that points at it.
 */
export function findPrescriber(
  requesters: readonly (Located | undefined)[],
  ctx: MappingContext,
): PrescriberSources | undefined {
  for (const source of requesters) {
    if (source === undefined) continue;
    const target = ctx.follow(source.resource.requester, source);
    if (target === undefined) continue;
    const type = getString(target.resource, 'resourceType');
    if (type === 'PractitionerRole') {
      const practitioner = ctx.follow(target.resource.practitioner, target);
      if (practitioner === undefined) continue;
      return {
        practitioner,
        role: target,
        organization: ctx.follow(target.resource.organization, target),
      };
    }
    if (type === 'Practitioner') {
      const role = ctx
        .all('PractitionerRole')
        .find((r) => ctx.follow(r.resource.practitioner, r)?.resource === target.resource);
      const organization =
        role === undefined ? undefined : ctx.follow(role.resource.organization, role);
      return { practitioner: target, role, organization };
    }
  }
  return undefined;
}

export function mapPrescriber(
  sources: PrescriberSources,
  ctx: MappingContext,
): ReferralPrescriber | undefined {
  const { practitioner, role, organization } = sources;
  const npi = identifierValue(practitioner.resource, NPI_SYSTEM);
  if (npi === undefined) {
    ctx.require(
      `${practitioner.path}.identifier`,
      `The prescriber (${practitioner.path}) has no NPI: send an identifier with system ${NPI_SYSTEM}.`,
    );
  }
  const name = pickName(practitioner.resource);
  const givenName = name === undefined ? undefined : getStrings(name, 'given')[0];
  const familyName = name === undefined ? undefined : getString(name, 'family');
  if (givenName === undefined || familyName === undefined) {
    ctx.require(
      `${practitioner.path}.name`,
      `The prescriber (${practitioner.path}) needs a name with given and family parts.`,
    );
  }
  if (npi === undefined || givenName === undefined || familyName === undefined) return undefined;
  const prescriber: ReferralPrescriber = { npi, givenName, familyName };
  const practiceName =
    organization === undefined ? undefined : getString(organization.resource, 'name');
  if (practiceName !== undefined) prescriber.practiceName = practiceName;
  // Work numbers first: the role's (the practice line), then the practitioner's, then the organization's.
  const holders = [role?.resource, practitioner.resource, organization?.resource];
  const phone = firstWorkValue(holders, 'phone');
  if (phone !== undefined) prescriber.phone = phone;
  const fax = firstWorkValue(holders, 'fax');
  if (fax !== undefined) prescriber.fax = fax;
  return prescriber;
}

function firstWorkValue(
  holders: readonly (Located['resource'] | undefined)[],
  system: string,
): string | undefined {
  for (const holder of holders) {
    const points = currentTelecom(holder, system).filter((t) => getString(t, 'use') !== 'home');
    const value = points[0] === undefined ? undefined : getString(points[0], 'value');
    if (value !== undefined) return value;
  }
  return undefined;
}
