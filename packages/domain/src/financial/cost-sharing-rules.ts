import type { Benefit, CostShareServiceType, PlanType, SourcedRow } from '../coverage/index.ts';

export interface OopMaxRuleRow extends SourcedRow {
  planType: PlanType;
  benefits: readonly Benefit[];
  hasOopMax: boolean;
}

/**
 * Medicare fee-for-service Part B has no out-of-pocket maximum (DOMAIN.md §5.1 ✅): whatever the
 * 271 says, Part B lines are never capped. Part D lines keep their plan's cap.
 */
export const OOP_MAX_RULES: readonly OopMaxRuleRow[] = [
  {
    planType: 'medicare-ffs',
    benefits: ['part-b-dme', 'part-b-hit', 'part-b-ivig', 'part-b-pn', 'part-b-medical'],
    hasOopMax: false,
    source: 'DOMAIN.md §5.1 (Medicare FFS Part B: no out-of-pocket maximum)',
    mark: 'verified',
    effectiveFrom: '1966-07-01',
    effectiveTo: null,
  },
];

export function hasOopMax(planType: PlanType, benefit: Benefit): boolean {
  const rule = OOP_MAX_RULES.find(
    (row) => row.planType === planType && row.benefits.includes(benefit),
  );
  return rule?.hasOopMax ?? true;
}

/** Medical service types share one deductible and OOP; pharmacy (88) runs apart (⚠️ plan design). */
export const DEFAULT_SHARED_ACCUMULATORS: readonly (readonly CostShareServiceType[])[] = [
  ['1', '12', '18', '30', '42', '78'],
  ['88'],
];
