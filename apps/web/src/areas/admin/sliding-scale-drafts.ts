// The sliding scale as an administrator edits it: bounds and discounts in % as typed, turned into
// the request (rates 0..1 in basis points; an empty figure is sent as null for the server to name).
import type { SlidingScaleTier } from '@infusio/domain/financial';
import type {
  PutSlidingScaleRequest,
  SlidingScaleResponse,
} from '@server/modules/financial/sliding-scale.contracts.ts';

export type Typed = number | string;

export interface TierDraft {
  key: number;
  /** % of the poverty guideline as typed; ignored for the last (open) tier. */
  bound: Typed;
  /** Discount in % as typed. */
  discount: Typed;
}

export interface ScaleDraft {
  name: string;
  decidedBy: string;
  tiers: TierDraft[];
}

let nextKey = 0;
export const newKey = () => (nextKey += 1);

/** 0.125 → 12.5 (the API keeps rates 0..1 in basis points). */
export const toPercent = (rate: number) => Math.round(rate * 10_000) / 100;

export function tiersDraft(tiers: readonly SlidingScaleTier[]): TierDraft[] {
  return tiers.map((tier) => ({
    key: newKey(),
    bound: tier.upToPercentFpl ?? '',
    discount: toPercent(tier.discountRate),
  }));
}

export function draftOf(policy: SlidingScaleResponse): ScaleDraft {
  const isOrganisation = policy.origin === 'organisation';
  return {
    name: isOrganisation ? policy.name : '',
    decidedBy: policy.decidedBy ?? '',
    tiers: tiersDraft(policy.tiers),
  };
}

/** What was typed, as sent: an empty or unreadable number goes as null for the server to name. */
export function numberOrNull(value: Typed): number | null {
  if (value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** The request as typed: an empty figure is sent as null and refused beside its field. */
export type SentScale = Omit<PutSlidingScaleRequest, 'tiers'> & {
  tiers: { upToPercentFpl: number | null; discountRate: number | null }[];
};

export function requestOf(draft: ScaleDraft): SentScale {
  const last = draft.tiers.length - 1;
  return {
    name: draft.name,
    decidedBy: draft.decidedBy,
    tiers: draft.tiers.map((tier, index) => {
      const percent = numberOrNull(tier.discount);
      return {
        upToPercentFpl: index === last ? null : numberOrNull(tier.bound),
        discountRate: percent === null ? null : Math.round(percent * 100) / 10_000,
      };
    }),
  };
}

/** A new tier just below the open one: 100 points above the highest bound, the open tier's discount. */
export function withTierAdded(tiers: readonly TierDraft[]): TierDraft[] {
  const open = tiers.at(-1);
  const bounded = tiers.slice(0, -1);
  const highest = numberOrNull(bounded.at(-1)?.bound ?? '') ?? 0;
  const added: TierDraft = { key: newKey(), bound: highest + 100, discount: open?.discount ?? 0 };
  return [...bounded, added, ...(open ? [open] : [])];
}
