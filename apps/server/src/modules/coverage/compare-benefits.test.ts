import { describe, expect, it } from 'vitest';
import type { CostSharingSummary } from '@infusio/domain/x12';
import { compareBenefits } from './compare-benefits.ts';
import type { StoredCostSharing } from './eligibility-views.ts';

function figures(): CostSharingSummary {
  return {
    serviceType: '42',
    network: 'in',
    status: 'active',
    deductibleRemainingCents: 50_000,
    coinsuranceRate: 0.2,
    copayCents: null,
    oopRemainingCents: 320_000,
    authRequired: null,
    sourceSegments: [12],
    notes: ['plan-level deductible'],
  };
}

function sharing(change: Partial<CostSharingSummary> = {}): StoredCostSharing {
  return {
    '42': {
      in: { ...figures(), ...change },
      out: { ...figures(), network: 'out', coinsuranceRate: 0.4 },
    },
  };
}

describe('comparing two eligibility answers', () => {
  it('finds nothing when only the segment numbers and notes differ', () => {
    const next = sharing();
    const inNetwork = next['42']?.in;
    if (inNetwork) Object.assign(inNetwork, { sourceSegments: [40], notes: [] });
    expect(
      compareBenefits(
        { status: 'active', costSharing: sharing() },
        { status: 'active', costSharing: next },
      ),
    ).toEqual([]);
  });

  it('lists each changed figure with its service type, network, before and after', () => {
    const changes = compareBenefits(
      { status: 'active', costSharing: sharing() },
      {
        status: 'active',
        costSharing: sharing({ deductibleRemainingCents: 0, authRequired: true }),
      },
    );
    expect(changes).toEqual([
      {
        serviceType: '42',
        network: 'in',
        field: 'deductibleRemainingCents',
        before: 50_000,
        after: 0,
      },
      { serviceType: '42', network: 'in', field: 'authRequired', before: null, after: true },
    ]);
  });

  it('reports a status change and a service type that appeared', () => {
    const next: StoredCostSharing = {
      ...sharing(),
      '88': {
        in: { ...figures(), serviceType: '88', copayCents: 3_000 },
        out: { ...figures(), serviceType: '88' },
      },
    };
    const changes = compareBenefits(
      { status: 'inactive', costSharing: sharing() },
      { status: 'active', costSharing: next },
    );
    expect(changes[0]).toEqual({
      serviceType: null,
      network: null,
      field: 'coverageStatus',
      before: 'inactive',
      after: 'active',
    });
    expect(changes.filter((c) => c.serviceType === '88').map((c) => c.field)).toContain(
      'copayCents',
    );
  });
});
