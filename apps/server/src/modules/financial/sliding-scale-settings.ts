// The organisation's sliding scale, stored in settings under 'sliding-scale' with a version counter
// that each save raises; screening uses it when there is one, else the domain's default
// (DOMAIN.md §5.2: the tiers are a policy choice ❌, not a standard). A screening records the
// policy id ('org-v<version>' or 'default-2025'), so a result can be traced to the tiers it used.
import { eq, sql } from 'drizzle-orm';
import {
  DEFAULT_SLIDING_SCALE,
  findSlidingScaleProblems,
  type SlidingScalePolicy,
  type SlidingScaleTier,
} from '@infusio/domain/financial';
import type { DbOrTx } from '../../platform/db/types.ts';
import { settings } from '../../platform/settings/settings.tables.ts';
import type { PutSlidingScaleRequest, SlidingScaleResponse } from './sliding-scale.contracts.ts';

export const SLIDING_SCALE_SETTINGS_KEY = 'sliding-scale';

interface StoredSlidingScale {
  version: number;
  name: string;
  decidedBy: string;
  tiers: SlidingScaleTier[];
}

/** The policy in use with what the configuration API shows about it. */
export interface SlidingScaleInUse {
  policy: SlidingScalePolicy;
  origin: 'default' | 'organisation';
  version: number | null;
  decidedBy: string | null;
  updatedAt: Date | null;
}

function isTier(value: unknown): value is SlidingScaleTier {
  if (typeof value !== 'object' || value === null) return false;
  const tier = value as Record<string, unknown>;
  return (
    (tier.upToPercentFpl === null || typeof tier.upToPercentFpl === 'number') &&
    typeof tier.discountRate === 'number'
  );
}

function readStored(value: unknown): StoredSlidingScale | null {
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as Record<string, unknown>;
  const { version, name, decidedBy, tiers } = stored;
  if (
    typeof version !== 'number' ||
    typeof name !== 'string' ||
    typeof decidedBy !== 'string' ||
    !Array.isArray(tiers) ||
    !tiers.every(isTier)
  )
    return null;
  const candidate = { version, name, decidedBy, tiers };
  // Only the PUT writes this key and it validates; a row that fails the rules anyway is not used.
  return findSlidingScaleProblems(candidate).length === 0 ? candidate : null;
}

export function organisationPolicyId(version: number): string {
  return `org-v${version}`;
}

export async function loadSlidingScale(db: DbOrTx): Promise<SlidingScaleInUse> {
  const [row] = await db
    .select()
    .from(settings)
    .where(eq(settings.key, SLIDING_SCALE_SETTINGS_KEY));
  const stored = readStored(row?.value);
  if (!row || !stored)
    return {
      policy: DEFAULT_SLIDING_SCALE,
      origin: 'default',
      version: null,
      decidedBy: null,
      updatedAt: null,
    };
  return {
    policy: {
      id: organisationPolicyId(stored.version),
      name: stored.name,
      tiers: stored.tiers,
      source: `Organisation policy version ${stored.version}, decided by ${stored.decidedBy}`,
      mark: 'unverified',
    },
    origin: 'organisation',
    version: stored.version,
    decidedBy: stored.decidedBy,
    updatedAt: row.updatedAt,
  };
}

/** Stores the policy as the next version (the counter is raised in the same statement). */
export async function saveSlidingScale(
  db: DbOrTx,
  request: PutSlidingScaleRequest,
  userId: string,
  at: Date,
): Promise<number> {
  const value: StoredSlidingScale = {
    version: 1,
    name: request.name.trim(),
    decidedBy: request.decidedBy.trim(),
    tiers: request.tiers.map((t) => ({
      upToPercentFpl: t.upToPercentFpl,
      discountRate: t.discountRate,
    })),
  };
  const [row] = await db
    .insert(settings)
    .values({ key: SLIDING_SCALE_SETTINGS_KEY, value, updatedBy: userId, updatedAt: at })
    .onConflictDoUpdate({
      target: settings.key,
      set: {
        value: sql`jsonb_set(excluded.value, '{version}', to_jsonb(coalesce((${settings.value}->>'version')::integer, 0) + 1))`,
        updatedBy: userId,
        updatedAt: at,
      },
    })
    .returning({ value: settings.value });
  const version = (row?.value as { version?: unknown } | undefined)?.version;
  if (typeof version !== 'number') throw new Error('sliding scale not stored');
  return version;
}

export function slidingScaleResponse(inUse: SlidingScaleInUse): SlidingScaleResponse {
  return {
    id: inUse.policy.id,
    name: inUse.policy.name,
    origin: inUse.origin,
    version: inUse.version,
    decidedBy: inUse.decidedBy,
    tiers: inUse.policy.tiers.map((t) => ({
      upToPercentFpl: t.upToPercentFpl,
      discountRate: t.discountRate,
    })),
    source: inUse.policy.source,
    mark: inUse.policy.mark,
    updatedAt: inUse.updatedAt?.toISOString() ?? null,
  };
}
