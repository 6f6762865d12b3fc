import { describe, expect, it } from 'vitest';
import { PLAN_TYPES } from '../plan-type.ts';
import { generatePayerDirectory } from './generate-payer-directory.ts';
import { buildPayerSearchIndex, searchPayers } from './search-payers.ts';

const directory = generatePayerDirectory(42);
const index = buildPayerSearchIndex(directory);

describe('generatePayerDirectory', () => {
  it('ships more than 800 plans', () => {
    expect(directory.length).toBeGreaterThanOrEqual(800);
  });

  it('gives the same directory for the same seed and different details for another', () => {
    expect(generatePayerDirectory(42)).toEqual(directory);
    const other = generatePayerDirectory(7);
    expect(other.map((plan) => plan.planName)).toEqual(directory.map((plan) => plan.planName));
    expect(other.map((plan) => plan.payerId)).not.toEqual(directory.map((plan) => plan.payerId));
  });

  it('covers every plan type, every state’s Medicaid and the Medicare contractor jurisdictions', () => {
    const types = new Set(directory.map((plan) => plan.planType));
    expect([...types].sort()).toEqual([...PLAN_TYPES].sort());
    const medicaidStates = new Set(
      directory.filter((plan) => plan.planType === 'medicaid').map((plan) => plan.state),
    );
    expect(medicaidStates.size).toBe(51);
    const names = directory.map((plan) => plan.planName);
    expect(names).toContain('Medicare DME MAC Jurisdiction D');
    expect(names).toContain('Medicare Part A/B MAC Jurisdiction J15');
    expect(names).toContain('TRICARE East Region');
  });

  it('uses 5-character payer ids, unique per payer and shared by its plans', () => {
    const byPayer = new Map<string, string>();
    for (const plan of directory) {
      expect(plan.payerId).toMatch(/^[A-Z0-9]{5}$/);
      const known = byPayer.get(plan.payerName);
      if (known !== undefined) expect(plan.payerId).toBe(known);
      byPayer.set(plan.payerName, plan.payerId);
    }
    expect(new Set(byPayer.values()).size).toBe(byPayer.size);
  });

  it('bills Medicare FFS by benefit split with a 365-day filing limit and no prior authorization', () => {
    for (const plan of directory.filter((p) => p.planType === 'medicare-ffs')) {
      expect(plan).toMatchObject({
        billingModel: 'medicare-benefit-split',
        timelyFilingDays: 365,
        contractStatus: 'in-network',
        priorAuthTherapies: [],
      });
    }
  });

  it('gives commercial plans 90–180 day filing limits and prior authorization for IVIG', () => {
    for (const plan of directory.filter((p) => p.planType === 'commercial')) {
      expect([90, 120, 180]).toContain(plan.timelyFilingDays);
      expect(plan.priorAuthTherapies).toContain('ivig');
    }
  });

  it('uses only fictional phone numbers and example domains', () => {
    for (const plan of directory) {
      expect(plan.contacts.phone).toMatch(/^\(\d{3}\) 555-01\d{2}$/);
      expect(plan.contacts.fax).toMatch(/^\(\d{3}\) 555-01\d{2}$/);
      expect(plan.contacts.portalUrl).toMatch(
        /^https:\/\/[a-z0-9-]+\.example\.(com|org)\/providers$/,
      );
      expect(plan.isDemo).toBe(true);
    }
  });
});

describe('searchPayers', () => {
  it('finds a plan by word prefixes in any order', () => {
    const hits = searchPayers(index, 'tex bluep ppo');
    expect(hits[0]?.plan.planName).toBe('BluePoint Health of Texas PPO');
  });

  it('finds a state by its name or its code', () => {
    const byName = searchPayers(index, 'ohio medicaid fee');
    expect(byName[0]?.plan.planName).toBe('Ohio Medicaid (fee-for-service)');
    const byCode = searchPayers(index, 'oh medicaid', { planTypes: ['medicaid'] });
    expect(byCode.map((hit) => hit.plan.planName)).toEqual(['Ohio Medicaid (fee-for-service)']);
  });

  it('puts an exact payer id first', () => {
    const target = directory.find((plan) => plan.planType === 'workers-comp');
    expect(target).toBeDefined();
    if (target === undefined) return;
    expect(searchPayers(index, target.payerId)[0]?.plan.payerId).toBe(target.payerId);
  });

  it('ranks names that start with the query above names that merely contain it', () => {
    const hits = searchPayers(index, 'medicare dme');
    expect(hits.length).toBe(4);
    expect(hits.every((hit) => hit.plan.planName.startsWith('Medicare DME MAC'))).toBe(true);
  });

  it('filters by state while keeping national plans', () => {
    const hits = searchPayers(index, 'allied', { state: 'VT', limit: 100 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.plan.state === null || hit.plan.state === 'VT')).toBe(true);
  });

  it('returns nothing for an empty query or a word no plan has', () => {
    expect(searchPayers(index, '  ')).toEqual([]);
    expect(searchPayers(index, 'zzzz')).toEqual([]);
  });

  it('limits the number of hits', () => {
    expect(searchPayers(index, 'medicaid', { limit: 5 })).toHaveLength(5);
  });
});
