// Money, rates and benefit figures as a coordinator reads them, in the user's language.
import type { AccumulatorView } from '@server/modules/coverage/coverage.contracts.ts';

export function formatCents(cents: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'USD' }).format(
    cents / 100,
  );
}

export function formatRate(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    rate,
  );
}

/** "$1,500.00 · met $1,000.00", or the remaining amount alone when the payer gave only that. */
export function accumulatorParts(
  value: AccumulatorView | null,
  language: string,
): { amount: string | null; met: string | null; remaining: string | null } {
  const money = (cents: number | null) => (cents === null ? null : formatCents(cents, language));
  return {
    amount: money(value?.amountCents ?? null),
    met: money(value?.metCents ?? null),
    remaining: money(value?.remainingCents ?? null),
  };
}

/** Digits of a typed search made safe for the URL, trimmed; empty when only spaces. */
export function searchParams(input: {
  q: string;
  planType: string | null;
  state: string | null;
  includeInactive?: boolean;
  limit: number;
}): string {
  const params = new URLSearchParams({ limit: String(input.limit) });
  const q = input.q.trim();
  if (q) params.set('q', q);
  if (input.planType) params.set('planType', input.planType);
  if (input.state) params.set('state', input.state);
  if (input.includeInactive) params.set('includeInactive', 'true');
  return params.toString();
}
