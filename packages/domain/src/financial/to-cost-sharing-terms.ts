import type { CopayMode, CostSharingTerms } from './estimate.types.ts';

/**
 * The figures a 271 gives for one service type (the shape of x12's CostSharingSummary, taken
 * structurally so financial does not depend on the codecs). null = the payer did not say.
 */
export interface CostSharingFigures {
  deductibleRemainingCents: number | null;
  coinsuranceRate: number | null;
  copayCents: number | null;
  oopRemainingCents: number | null;
}

export interface ToCostSharingTermsResult {
  terms: CostSharingTerms;
  /** Figures the payer did not give and we assumed, to show beside the estimate. */
  assumed: readonly ('deductible' | 'coinsurance' | 'copay')[];
}

/**
 * Turns 271 figures into estimate terms. A missing deductible, coinsurance or copay counts as zero
 * (listed in `assumed` so staff can confirm by phone); a missing OOP stays "no maximum". Whether a
 * copay replaces the deductible or follows it is not in the 271's numbers: the caller says
 * (benefit MSG text, plan documents), and a copay with mode 'none' is ignored.
 */
export function toCostSharingTerms(
  figures: CostSharingFigures,
  copayMode: CopayMode,
): ToCostSharingTermsResult {
  const assumed: ('deductible' | 'coinsurance' | 'copay')[] = [];
  if (figures.deductibleRemainingCents === null) assumed.push('deductible');
  if (figures.coinsuranceRate === null) assumed.push('coinsurance');
  if (figures.copayCents === null && copayMode !== 'none') assumed.push('copay');
  return {
    terms: {
      deductibleRemainingCents: figures.deductibleRemainingCents ?? 0,
      coinsuranceRate: figures.coinsuranceRate ?? 0,
      copayCents: figures.copayCents ?? 0,
      copayMode: figures.copayCents === null ? 'none' : copayMode,
      oopRemainingCents: figures.oopRemainingCents,
    },
    assumed,
  };
}
