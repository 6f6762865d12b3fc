import { describe, expect, it } from 'vitest';
import {
  findCodeRow,
  findHitGCode,
  HIT_G_CODES,
  NURSING_CODES,
  PUMP_CODES,
  selectPnSolutionCode,
  SUPPLY_CODES,
} from './medicare-codes.ts';
import { selectDmePumpCode } from './administration-methods.ts';

describe('Medicare code tables (DOMAIN.md §1.1, §1.2)', () => {
  it.each([
    [1, 'initial', 'G0088'],
    [2, 'initial', 'G0089'],
    [3, 'initial', 'G0090'],
    [1, 'subsequent', 'G0068'],
    [2, 'subsequent', 'G0069'],
    [3, 'subsequent', 'G0070'],
  ] as const)('maps HIT category %s %s visit to %s', (category, visit, code) => {
    expect(findHitGCode(category, visit)?.code).toBe(code);
  });

  it('marks the subsequent-visit G-codes verified and the initial ones secondary, as DOMAIN.md does', () => {
    for (const row of HIT_G_CODES) {
      expect(row.mark).toBe(row.visit === 'subsequent' ? 'verified' : 'secondary');
    }
  });

  it('lists the pump and supply codes the LCD names', () => {
    expect(PUMP_CODES.map((row) => row.code)).toEqual([
      'E0779',
      'E0780',
      'E0781',
      'E0791',
      'K0455',
      'E0784',
      'E0776',
    ]);
    expect(SUPPLY_CODES.map((row) => row.code)).toEqual(['A4221', 'A4222', 'K0552', 'A4223']);
    expect(NURSING_CODES.map((row) => row.code)).toEqual(['99601', '99602']);
  });

  it('knows Q2052 only from 1 Jan 2024', () => {
    expect(findCodeRow('Q2052', '2023-12-31')).toBeUndefined();
    expect(findCodeRow('Q2052', '2024-01-01')?.unit).toBe('per visit');
  });

  it('picks the pump by LCD indication: K0455 for PAH, E0779 for SCIG, E0781 otherwise', () => {
    expect(selectDmePumpCode(['V-E'])).toBe('K0455');
    expect(selectDmePumpCode(['V-H'])).toBe('E0779');
    expect(selectDmePumpCode(['V-C'])).toBe('E0781');
  });

  it('picks the compounded PN code by grams of protein per day', () => {
    expect(selectPnSolutionCode(40)).toBe('B4189');
    expect(selectPnSolutionCode(60)).toBe('B4193');
    expect(selectPnSolutionCode(100)).toBe('B4197');
    expect(selectPnSolutionCode(120)).toBe('B4199');
  });
});
