// Type-ahead search over the payer directory, answered from memory. The directory is small
// (hundreds to a few thousand plans) and read far more than written, so each server process keeps
// the domain's search index (every word of every plan, sorted; a query is a few binary searches)
// and rebuilds it when the directory's version moves. The version is one settings row bumped in
// the same transaction as every write, so a write made by another process is seen on the next
// search (one primary-key read per search).
import { asc, eq, sql } from 'drizzle-orm';
import {
  buildPayerSearchIndex,
  searchPayers,
  type PayerPlan as DirectoryPlan,
  type PayerSearchIndex,
  type PlanType,
} from '@infusio/domain/coverage';
import type { AppContext } from '../../platform/app-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { settings } from '../../platform/settings/settings.tables.ts';
import { payerPlans } from './coverage.tables.ts';
import type { PayerPlan } from './payers.contracts.ts';
import { toPayerPlan } from './payers.queries.ts';

const VERSION_KEY = 'payer-directory';

interface DirectoryView {
  index: PayerSearchIndex;
  /** Alphabetical (payer, plan), for browsing without a query. */
  sorted: readonly PayerPlan[];
  byId: ReadonlyMap<string, PayerPlan>;
}

interface CachedDirectory {
  version: number;
  all: DirectoryView;
  active: DirectoryView;
}

const caches = new WeakMap<AppContext['db'], { current: CachedDirectory | undefined }>();

function cacheOf(db: AppContext['db']): { current: CachedDirectory | undefined } {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = { current: undefined };
    caches.set(db, cache);
  }
  return cache;
}

/** Marks the directory changed; call inside the transaction that writes payer_plans. */
export async function bumpPayerDirectoryVersion(db: DbOrTx, at: Date): Promise<void> {
  await db
    .insert(settings)
    .values({ key: VERSION_KEY, value: { version: 1 }, updatedAt: at })
    .onConflictDoUpdate({
      target: settings.key,
      set: {
        value: sql`jsonb_build_object('version', coalesce((${settings.value}->>'version')::int, 0) + 1)`,
        updatedAt: at,
      },
    });
}

async function readVersion(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, VERSION_KEY));
  const value = row?.value as { version?: unknown } | undefined;
  return typeof value?.version === 'number' ? value.version : 0;
}

function toDirectoryPlan(plan: PayerPlan): DirectoryPlan {
  return {
    id: plan.id,
    payerId: plan.payerId,
    payerName: plan.payerName,
    planName: plan.planName,
    planType: plan.planType,
    state: plan.state,
    contractStatus: plan.contractStatus,
    billingModel: plan.billingModel,
    priorAuthTherapies: plan.priorAuthTherapies,
    timelyFilingDays: plan.timelyFilingDays,
    contacts: { phone: plan.phone ?? '', fax: plan.fax ?? '', portalUrl: plan.portalUrl ?? '' },
    isDemo: plan.isDemo,
  };
}

function buildView(plans: readonly PayerPlan[]): DirectoryView {
  return {
    index: buildPayerSearchIndex(plans.map(toDirectoryPlan)),
    sorted: plans,
    byId: new Map(plans.map((plan) => [plan.id, plan])),
  };
}

async function loadDirectory(db: DbOrTx, version: number): Promise<CachedDirectory> {
  const rows = await db
    .select()
    .from(payerPlans)
    .orderBy(asc(payerPlans.payerName), asc(payerPlans.planName), asc(payerPlans.id));
  const plans = rows.map(toPayerPlan);
  return { version, all: buildView(plans), active: buildView(plans.filter((p) => p.active)) };
}

async function currentDirectory(ctx: Pick<AppContext, 'db'>): Promise<CachedDirectory> {
  const cache = cacheOf(ctx.db);
  const version = await readVersion(ctx.db);
  if (cache.current?.version !== version) cache.current = await loadDirectory(ctx.db, version);
  return cache.current;
}

export interface PayerSearch {
  q?: string | undefined;
  planType?: PlanType | undefined;
  state?: string | undefined;
  includeInactive: boolean;
  limit: number;
}

/** Best matches first (the domain's ranking); without a query, the directory in name order. */
export async function searchPayerDirectory(
  ctx: Pick<AppContext, 'db'>,
  search: PayerSearch,
): Promise<{ items: PayerPlan[]; directorySize: number }> {
  const directory = await currentDirectory(ctx);
  const view = search.includeInactive ? directory.all : directory.active;
  const state = search.state?.toUpperCase();
  const query = search.q?.trim() ?? '';
  if (query === '') {
    const items = view.sorted
      .filter(
        (plan) =>
          (search.planType === undefined || plan.planType === search.planType) &&
          (state === undefined || plan.state === null || plan.state === state),
      )
      .slice(0, search.limit);
    return { items, directorySize: view.sorted.length };
  }
  const hits = searchPayers(view.index, query, {
    limit: search.limit,
    ...(search.planType === undefined ? {} : { planTypes: [search.planType] }),
    ...(state === undefined ? {} : { state }),
  });
  const items = hits
    .map((hit) => view.byId.get(hit.plan.id))
    .filter((plan): plan is PayerPlan => plan !== undefined);
  return { items, directorySize: view.sorted.length };
}
