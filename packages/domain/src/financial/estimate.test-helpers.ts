import type { ExpectedChargeLine } from '../coverage/index.ts';
import type { CostSharingTerms } from './estimate.types.ts';

/** A charge line for tests: only what the case is about needs saying. */
export function chargeLine(
  overrides: Partial<ExpectedChargeLine> & Pick<ExpectedChargeLine, 'code' | 'allowedCents'>,
): ExpectedChargeLine {
  const fromDate = overrides.fromDate ?? '2025-03-01';
  return {
    id: `${fromDate.slice(0, 7)}:${overrides.code}`,
    month: fromDate.slice(0, 7),
    fromDate,
    toDate: fromDate,
    component: 'drug',
    role: 'drug-per-dose',
    benefit: 'medical-benefit',
    destination: 'payer',
    serviceType: '1',
    units: 1,
    selfPayCents: overrides.allowedCents,
    isPriced: true,
    ...overrides,
  };
}

export function terms(overrides: Partial<CostSharingTerms> = {}): CostSharingTerms {
  return {
    deductibleRemainingCents: 0,
    coinsuranceRate: 0,
    copayCents: 0,
    copayMode: 'none',
    oopRemainingCents: null,
    ...overrides,
  };
}
