import { perDiemModel, selfPay } from './benefit-routing.outcomes.ts';
import { MEDICARE_FFS_ROUTING_RULES } from './benefit-routing.rules.medicare.ts';
import type { RoutingRule } from './benefit-routing.types.ts';
import type { PlanType } from './plan-type.ts';
import { SOURCES } from './sources.ts';

const OPEN = null;
const PER_DIEM_PAYERS: readonly PlanType[] = [
  'commercial',
  'employer-self-funded',
  'medicare-advantage',
  'medicaid',
  'managed-medicaid',
  'tricare',
  'va-community-care',
  'workers-comp',
];

/** Every insurance other than Medicare FFS bills the per diem model (DOMAIN.md §1.4). */
const PER_DIEM_ROUTING_RULES: readonly RoutingRule[] = [
  {
    id: 'per-diem-nutrition',
    summary: 'Per diem model, TPN: standard formula inside the S9365–S9368 per diem',
    when: {
      planTypes: PER_DIEM_PAYERS,
      therapies: ['parenteral-nutrition'],
    },
    outcomes: perDiemModel({ drugInsidePerDiem: true }),
    source: SOURCES.perDiem,
    mark: 'verified',
    effectiveFrom: '2000-01-01',
    effectiveTo: OPEN,
  },
  {
    id: 'per-diem-hydration',
    summary: 'Per diem model, hydration: fluids inside the per diem per contract',
    when: {
      planTypes: PER_DIEM_PAYERS,
      therapies: ['hydration'],
    },
    outcomes: perDiemModel({ drugInsidePerDiem: true }),
    source: SOURCES.therapyCodeMap,
    mark: 'secondary',
    effectiveFrom: '2000-01-01',
    effectiveTo: OPEN,
  },
  {
    id: 'per-diem-commercial-and-advantage',
    summary:
      'Commercial and Medicare Advantage: drug per unit, S-code per diem, nursing 99601/99602',
    when: { planTypes: ['commercial', 'employer-self-funded', 'medicare-advantage'] },
    outcomes: perDiemModel({ drugInsidePerDiem: false }),
    source: `${SOURCES.perDiem}; ${SOURCES.overview}`,
    mark: 'verified',
    effectiveFrom: '2000-01-01',
    effectiveTo: OPEN,
  },
  {
    id: 'per-diem-other-insurance',
    summary: "Medicaid, TRICARE, VA, workers' comp: per diem model (state and contract specific)",
    when: {
      planTypes: ['medicaid', 'managed-medicaid', 'tricare', 'va-community-care', 'workers-comp'],
    },
    outcomes: perDiemModel({ drugInsidePerDiem: false }),
    source: `${SOURCES.perDiem}; DOMAIN.md does not describe these payers — assumed like commercial`,
    mark: 'unverified',
    effectiveFrom: '2000-01-01',
    effectiveTo: OPEN,
  },
  {
    id: 'self-pay',
    summary: 'No insurance: every line at our self-pay price',
    when: { planTypes: ['self-pay'] },
    outcomes: selfPay(),
    source: 'DOMAIN.md §5.1 (non-covered items at our self-pay price)',
    mark: 'verified',
    effectiveFrom: '2000-01-01',
    effectiveTo: OPEN,
  },
];

/**
 * Medicare benefit routing as a table (DOMAIN.md §1.0–§1.4). Rows are tried in order and the
 * first whose conditions all hold decides every component: Medicare FFS rows first, most specific
 * first; the per diem model for every other insurance; self-pay last.
 */
export const ROUTING_RULES: readonly RoutingRule[] = [
  ...MEDICARE_FFS_ROUTING_RULES,
  ...PER_DIEM_ROUTING_RULES,
];
