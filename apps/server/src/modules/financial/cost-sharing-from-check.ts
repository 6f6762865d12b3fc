// Turns what the coverage module stored on an eligibility check (eligibility_checks.cost_sharing:
// the 271's figures per service type) into the estimate's terms, saying what was assumed. The
// stored value is read defensively: a map keyed by service type (figures directly, or per network
// { in, out }), or a list of summaries each naming its service type, optionally under
// "serviceTypes"/"byServiceType". In-network figures are used (our contracted network).
import type { CostShareServiceType } from '@infusio/domain/coverage';
import {
  toCostSharingTerms,
  type CopayMode,
  type CostSharingFigures,
  type CostSharingTerms,
} from '@infusio/domain/financial';
import { defaultCopayMode } from './copay-modes.ts';

export const COST_SHARE_SERVICE_TYPES: readonly CostShareServiceType[] = [
  '1',
  '12',
  '18',
  '30',
  '42',
  '78',
  '88',
];

export interface Assumption {
  /** i18n key under financial.assumptions (the web app renders the words). */
  code: string;
  params: Record<string, string | number>;
}

type Figures = CostSharingFigures & { status: string | null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function centsOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

function rateOrNull(value: unknown): number | null {
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : null;
}

function readFigures(value: unknown): Figures | undefined {
  if (!isRecord(value)) return undefined;
  const candidate = isRecord(value.in) ? value.in : value;
  const known = ['deductibleRemainingCents', 'coinsuranceRate', 'copayCents', 'oopRemainingCents'];
  if (!known.some((key) => key in candidate)) return undefined;
  if (candidate.network === 'out') return undefined;
  return {
    deductibleRemainingCents: centsOrNull(candidate.deductibleRemainingCents),
    coinsuranceRate: rateOrNull(candidate.coinsuranceRate),
    copayCents: centsOrNull(candidate.copayCents),
    oopRemainingCents: centsOrNull(candidate.oopRemainingCents),
    status: typeof candidate.status === 'string' ? candidate.status : null,
  };
}

const isServiceType = (value: unknown): value is CostShareServiceType =>
  COST_SHARE_SERVICE_TYPES.some((type) => type === value);

/** The stored figures per service type (in network); service types we do not use are ignored. */
export function readCostSharing(stored: unknown): Map<CostShareServiceType, Figures> {
  const out = new Map<CostShareServiceType, Figures>();
  const root = isRecord(stored) ? (stored.serviceTypes ?? stored.byServiceType ?? stored) : stored;
  if (Array.isArray(root)) {
    for (const item of root) {
      if (!isRecord(item) || !isServiceType(item.serviceType) || out.has(item.serviceType))
        continue;
      const figures = readFigures(item);
      if (figures) out.set(item.serviceType, figures);
    }
  } else if (isRecord(root)) {
    for (const [key, value] of Object.entries(root)) {
      if (!isServiceType(key)) continue;
      const figures = readFigures(value);
      if (figures) out.set(key, figures);
    }
  }
  return out;
}

/** Service types a payer said are not covered or inactive give no terms (their lines use the default). */
const NO_TERMS_STATUSES = new Set(['not-covered', 'inactive', 'non-covered']);

/**
 * A payer that states coinsurance or a deductible and no copay has no copay: that is not worth a
 * phone call. A missing coinsurance is normal beside a copay. Anything else missing is listed.
 */
function isWorthConfirming(
  figure: 'deductible' | 'coinsurance' | 'copay',
  found: Figures,
): boolean {
  switch (figure) {
    case 'copay':
      return found.coinsuranceRate === null && found.deductibleRemainingCents === null;
    case 'coinsurance':
      return found.copayCents === null;
    case 'deductible':
      return true;
  }
}

export interface EstimateTerms {
  termsByServiceType: Partial<Record<CostShareServiceType, CostSharingTerms>>;
  defaultTerms: CostSharingTerms;
  copayModes: Partial<Record<CostShareServiceType, CopayMode>>;
  assumptions: Assumption[];
}

const ZERO_TERMS: CostSharingTerms = {
  deductibleRemainingCents: 0,
  coinsuranceRate: 0,
  copayCents: 0,
  copayMode: 'none',
  oopRemainingCents: null,
};

/**
 * Terms per service type from the check's figures. The general plan figures (service type 30) are
 * the default for service types the payer did not answer; without them the default is "nothing
 * owed", which is listed so staff confirm by phone.
 */
export function termsFromCostSharing(
  stored: unknown,
  copayOverrides: Partial<Record<CostShareServiceType, CopayMode>> = {},
): EstimateTerms {
  const figures = readCostSharing(stored);
  const termsByServiceType: Partial<Record<CostShareServiceType, CostSharingTerms>> = {};
  const copayModes: Partial<Record<CostShareServiceType, CopayMode>> = {};
  const assumptions: Assumption[] = [];
  const missing = new Map<string, CostShareServiceType[]>();
  for (const serviceType of COST_SHARE_SERVICE_TYPES) {
    const found = figures.get(serviceType);
    if (!found) continue;
    if (found.status !== null && NO_TERMS_STATUSES.has(found.status)) {
      assumptions.push({ code: 'serviceTypeNotCovered', params: { serviceType } });
      continue;
    }
    const mode = copayOverrides[serviceType] ?? defaultCopayMode(serviceType);
    const { terms, assumed } = toCostSharingTerms(found, mode);
    termsByServiceType[serviceType] = terms;
    for (const figure of assumed.filter((f) => isWorthConfirming(f, found)))
      missing.set(figure, [...(missing.get(figure) ?? []), serviceType]);
    if (terms.copayCents > 0 && terms.copayMode !== 'none') {
      copayModes[serviceType] = terms.copayMode;
      assumptions.push({
        code: copayOverrides[serviceType] ? 'copayModeGiven' : 'copayModeDefault',
        params: { serviceType, mode: terms.copayMode },
      });
    }
  }
  for (const [figure, serviceTypes] of missing)
    assumptions.push({
      code: 'figureAssumedZero',
      params: { figure, serviceType: serviceTypes.join(',') },
    });
  const general = termsByServiceType['30'];
  if (general === undefined) assumptions.push({ code: 'noGeneralFigures', params: {} });
  return {
    termsByServiceType,
    defaultTerms: general ?? ZERO_TERMS,
    copayModes,
    assumptions,
  };
}
