import type { ReferralCoverage, SubscriberRelationship } from '../../intake/referral-draft.ts';
import { getObject, getObjects, getString } from '../validate/json.ts';
import type { JsonObject } from '../validate/json.ts';
import { codesOf, formatName, hasCode, pickName } from './concepts.ts';
import type { Located, MappingContext } from './mapping-context.ts';

const COVERAGE_CLASS = 'http://terminology.hl7.org/CodeSystem/coverage-class';
const V2_IDENTIFIER_TYPE = 'http://terminology.hl7.org/CodeSystem/v2-0203';

/** subscriber-relationship codes (R4 valueset-subscriber-relationship) → the referral's choices. */
const RELATIONSHIP: Readonly<Record<string, SubscriberRelationship>> = {
  self: 'self',
  spouse: 'spouse',
  child: 'child',
  parent: 'other',
  common: 'other',
  other: 'other',
  injured: 'other',
};

/** Coverages not in force are left out: cancelled, entered in error. */
const SKIPPED_STATUS = new Set(['cancelled', 'entered-in-error']);

export function mapCoverages(
  coverages: readonly Located[],
  ctx: MappingContext,
): ReferralCoverage[] {
  const usable = coverages.filter((c) => {
    const status = getString(c.resource, 'status') ?? '';
    if (!SKIPPED_STATUS.has(status)) return true;
    ctx.report({
      severity: 'information',
      code: 'informational',
      text: `${c.path} has status ${status}; it is not carried into the referral.`,
      expression: `${c.path}.status`,
    });
    return false;
  });
  const ordered = usable
    .map((c, position) => ({
      c,
      position,
      order: typeof c.resource.order === 'number' ? c.resource.order : Number.MAX_SAFE_INTEGER,
    }))
    .sort((a, b) => a.order - b.order || a.position - b.position)
    .map(({ c }) => c);
  if (ordered.length > 3) {
    ctx.report({
      severity: 'warning',
      code: 'business-rule',
      text: `The bundle has ${ordered.length} coverages; a referral keeps primary, secondary and tertiary. The rest were left out.`,
      expression: ordered[3]?.path ?? 'Bundle.entry',
    });
  }
  const mapped: ReferralCoverage[] = [];
  ordered.slice(0, 3).forEach((coverage, i) => {
    const one = mapCoverage(coverage, (i + 1) as 1 | 2 | 3, ctx);
    if (one !== undefined) mapped.push(one);
  });
  return mapped;
}

function mapCoverage(
  coverage: Located,
  order: 1 | 2 | 3,
  ctx: MappingContext,
): ReferralCoverage | undefined {
  const { resource, path } = coverage;
  const payorRef = getObjects(resource, 'payor')[0];
  const payor = ctx.follow(payorRef, coverage);
  const payerName =
    (payor === undefined ? undefined : getString(payor.resource, 'name')) ??
    (payorRef === undefined ? undefined : getString(payorRef, 'display'));
  const memberId = findMemberId(resource);
  if (payerName === undefined) {
    ctx.require(
      `${path}.payor`,
      `${path}.payor names no payer: give the payer Organization (with its name) or a display.`,
    );
  }
  if (memberId === undefined) {
    ctx.require(
      `${path}.subscriberId`,
      `${path} has no member id: send subscriberId or an identifier of type MB.`,
    );
  }
  if (payerName === undefined || memberId === undefined) return undefined;
  const mapped: ReferralCoverage = {
    order,
    payerName,
    memberId,
    relationship: mapRelationship(resource),
  };
  const payerId = findPayerId(payorRef, payor?.resource);
  if (payerId !== undefined) mapped.payerId = payerId;
  const plan = findClass(resource, 'plan');
  if (plan !== undefined)
    mapped.planName = getString(plan, 'name') ?? getString(plan, 'value') ?? '';
  const group = findClass(resource, 'group');
  const groupValue = group === undefined ? undefined : getString(group, 'value');
  if (groupValue !== undefined) mapped.groupNumber = groupValue;
  const subscriber = ctx.follow(resource.subscriber, coverage);
  const subscriberName =
    subscriber === undefined ? undefined : formatName(pickName(subscriber.resource));
  if (subscriberName !== undefined) mapped.subscriberName = subscriberName;
  return mapped;
}

/** subscriberId, else an identifier typed MB (member number), else the first identifier. */
function findMemberId(coverage: JsonObject): string | undefined {
  const subscriberId = getString(coverage, 'subscriberId');
  if (subscriberId !== undefined) return subscriberId;
  const identifiers = getObjects(coverage, 'identifier');
  const member = identifiers.find((i) => hasCode(getObject(i, 'type'), V2_IDENTIFIER_TYPE, 'MB'));
  return getString(member ?? identifiers[0] ?? {}, 'value');
}

function findPayerId(
  payorRef: JsonObject | undefined,
  payor: JsonObject | undefined,
): string | undefined {
  const fromRef = getObject(payorRef ?? {}, 'identifier');
  const value = fromRef === undefined ? undefined : getString(fromRef, 'value');
  if (value !== undefined) return value;
  return getString(getObjects(payor ?? {}, 'identifier')[0] ?? {}, 'value');
}

function findClass(coverage: JsonObject, type: string): JsonObject | undefined {
  return getObjects(coverage, 'class').find((c) =>
    hasCode(getObject(c, 'type'), COVERAGE_CLASS, type),
  );
}

function mapRelationship(coverage: JsonObject): SubscriberRelationship {
  const code = codesOf(getObject(coverage, 'relationship')).find((c) => c.code !== undefined)?.code;
  return code === undefined ? 'self' : (RELATIONSHIP[code] ?? 'other');
}
