// A 271 gives a copay's amount but not whether it replaces the deductible or follows it (that is in
// the payer's message text or the plan documents). These defaults say what the estimate assumes for
// each service type; the request may override them and the estimate lists what it used.
import type { CostShareServiceType } from '@infusio/domain/coverage';
import type { CopayMode } from '@infusio/domain/financial';

export interface CopayModeRow {
  serviceType: CostShareServiceType;
  mode: CopayMode;
  source: string;
  mark: 'secondary' | 'unverified';
}

const PRACTICE = 'DOMAIN.md §5.1 (copay "instead of" or "after" deductible is plan design)';

export const DEFAULT_COPAY_MODES: readonly CopayModeRow[] = [
  // Pharmacy copays are usually charged per fill whatever the deductible (⚠️ common plan design).
  { serviceType: '88', mode: 'instead-of-deductible', source: PRACTICE, mark: 'secondary' },
  { serviceType: '1', mode: 'after-deductible', source: PRACTICE, mark: 'unverified' },
  { serviceType: '12', mode: 'after-deductible', source: PRACTICE, mark: 'unverified' },
  { serviceType: '18', mode: 'after-deductible', source: PRACTICE, mark: 'unverified' },
  { serviceType: '30', mode: 'after-deductible', source: PRACTICE, mark: 'unverified' },
  { serviceType: '42', mode: 'after-deductible', source: PRACTICE, mark: 'unverified' },
  { serviceType: '78', mode: 'after-deductible', source: PRACTICE, mark: 'unverified' },
];

export function defaultCopayMode(serviceType: CostShareServiceType): CopayMode {
  return DEFAULT_COPAY_MODES.find((row) => row.serviceType === serviceType)?.mode ?? 'none';
}
