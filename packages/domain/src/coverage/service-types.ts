import type { Benefit, TherapyComponent } from './benefit-routing.types.ts';
import type { SourcedRow } from './rule-source.ts';
import { SOURCES } from './sources.ts';

/**
 * X12 005010 EB03/EQ01 service type codes used for home infusion cost sharing (DOMAIN.md §2.1):
 * 1 medical care, 12 DME purchase, 18 DME rental, 30 general, 42 home health care, 78
 * chemotherapy, 88 pharmacy.
 */
export type CostShareServiceType = '1' | '12' | '18' | '30' | '42' | '78' | '88';

export interface ServiceTypeRow extends SourcedRow {
  component: TherapyComponent;
  /** The benefits this row applies to. */
  benefits: readonly Benefit[];
  serviceType: CostShareServiceType;
}

function row(
  component: TherapyComponent,
  benefits: Benefit[],
  serviceType: CostShareServiceType,
  mark: ServiceTypeRow['mark'],
): ServiceTypeRow {
  return {
    component,
    benefits,
    serviceType,
    source: `${SOURCES.serviceTypes}; there is no home infusion service type, so we map each part (⚠️ practice)`,
    mark,
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
  };
}

/**
 * Which service type's cost sharing applies to a charge line. Not-covered and self-pay lines have
 * none: the patient owes our self-pay price.
 */
export const SERVICE_TYPE_TABLE: readonly ServiceTypeRow[] = [
  row('drug', ['part-d'], '88', 'verified'),
  row('drug', ['medical-benefit', 'part-b-ivig', 'part-b-medical'], '1', 'secondary'),
  row('drug', ['part-b-dme', 'part-b-pn'], '12', 'secondary'),
  row('pump', ['part-b-dme', 'part-b-pn'], '18', 'verified'),
  row('supplies', ['part-b-dme', 'part-b-pn'], '12', 'secondary'),
  row(
    'professional-services',
    ['part-b-hit', 'part-b-ivig', 'per-diem-contract'],
    '42',
    'secondary',
  ),
  row('per-diem', ['per-diem-contract'], '42', 'secondary'),
];

export function findServiceType(
  component: TherapyComponent,
  benefit: Benefit,
): CostShareServiceType | null {
  const found = SERVICE_TYPE_TABLE.find(
    (candidate) => candidate.component === component && candidate.benefits.includes(benefit),
  );
  return found?.serviceType ?? null;
}
