import { selectDmePumpCode } from './administration-methods.ts';
import type { CodeRef, CodeResolverId } from './benefit-routing.types.ts';
import type { DrugCatalogEntry } from './drug-catalog.types.ts';
import { findHitGCode, selectPnSolutionCode } from './medicare-codes.ts';
import { selectPerDiemCode } from './select-per-diem-code.ts';

export interface CodeContext {
  drug: DrugCatalogEntry;
  frequency: string | undefined;
  dailyVolumeL: number | undefined;
  proteinGramsPerDay: number | undefined;
  implantedPump: boolean;
}

/**
 * The code pickers the routing table names. Each returns the codes with the role that says how
 * the charge builder counts them.
 */
export const CODE_RESOLVERS: Readonly<Record<CodeResolverId, (ctx: CodeContext) => CodeRef[]>> = {
  'drug-hcpcs': ({ drug }) =>
    drug.hcpcs === null
      ? []
      : [
          drug.hcpcs.modifier === undefined
            ? { code: drug.hcpcs.code, role: 'drug-per-dose' }
            : { code: drug.hcpcs.code, role: 'drug-per-dose', modifier: drug.hcpcs.modifier },
        ],
  'dme-pump': ({ drug }) => [
    { code: selectDmePumpCode(drug.lcdIndications), role: 'pump-rental-month' },
  ],
  'dme-supplies': () => [
    { code: 'A4222', role: 'supply-per-bag' },
    { code: 'A4221', role: 'supply-per-week' },
  ],
  'hit-g-codes': ({ drug }) => {
    if (drug.hitCategory === null) return [];
    const initial = findHitGCode(drug.hitCategory, 'initial');
    const subsequent = findHitGCode(drug.hitCategory, 'subsequent');
    return [
      ...(initial === undefined
        ? []
        : [{ code: initial.code, role: 'hit-initial-visit' as const }]),
      ...(subsequent === undefined
        ? []
        : [{ code: subsequent.code, role: 'hit-subsequent-visit' as const }]),
    ];
  },
  'ivig-q2052': () => [{ code: 'Q2052', role: 'visit' }],
  'pn-solution': ({ proteinGramsPerDay }) => [
    { code: selectPnSolutionCode(proteinGramsPerDay ?? 0), role: 'pn-solution-per-day' },
  ],
  'pn-pump': () => [{ code: 'B9004', role: 'pump-rental-month' }],
  'pn-kit': () => [{ code: 'B4224', role: 'supply-per-day' }],
  'per-diem-s-code': ({ drug, frequency, dailyVolumeL, implantedPump }) => [
    {
      code: selectPerDiemCode(drug.perDiemFamily, frequency ?? 'unknown', dailyVolumeL, {
        implantedPump,
      }).code,
      role: 'per-diem',
    },
  ],
  'nursing-cpt': () => [
    { code: '99601', role: 'visit' },
    { code: '99602', role: 'visit-additional-hour' },
  ],
};
