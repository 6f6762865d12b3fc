// What changed between two eligibility checks of a coverage: its status, and per service type and
// network the figures an estimate and an authorization depend on. Pure.
import type { CostSharingSummary } from '@infusio/domain/x12';
import type { StoredCostSharing } from './eligibility-views.ts';

/** The figures compared, in the order a reviewer reads them. */
export const COMPARED_FIGURES = [
  'status',
  'deductibleRemainingCents',
  'oopRemainingCents',
  'coinsuranceRate',
  'copayCents',
  'authRequired',
] as const satisfies readonly (keyof CostSharingSummary)[];
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];

export interface BenefitChange {
  /** null for the coverage's own status. */
  serviceType: string | null;
  network: 'in' | 'out' | null;
  field: ComparedFigure | 'coverageStatus';
  before: string | number | boolean | null;
  after: string | number | boolean | null;
}

export interface ComparableCheck {
  status: string;
  costSharing: StoredCostSharing | null;
}

export function compareBenefits(previous: ComparableCheck, next: ComparableCheck): BenefitChange[] {
  const changes: BenefitChange[] = [];
  if (previous.status !== next.status)
    changes.push({
      serviceType: null,
      network: null,
      field: 'coverageStatus',
      before: previous.status,
      after: next.status,
    });
  const before = previous.costSharing ?? {};
  const after = next.costSharing ?? {};
  const serviceTypes = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(
    (a, b) => Number(a) - Number(b) || a.localeCompare(b),
  );
  for (const serviceType of serviceTypes) {
    for (const network of ['in', 'out'] as const) {
      const old = before[serviceType]?.[network];
      const now = after[serviceType]?.[network];
      for (const field of COMPARED_FIGURES) {
        const was = old?.[field] ?? null;
        const is = now?.[field] ?? null;
        if (was !== is) changes.push({ serviceType, network, field, before: was, after: is });
      }
    }
  }
  return changes;
}
