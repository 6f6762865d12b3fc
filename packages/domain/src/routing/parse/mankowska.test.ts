import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRouteList } from '../check/schedule-route-list.ts';
import { parseMankowska } from './mankowska.ts';

const fixture = (file: string): string =>
  readFileSync(
    new URL(`../../../../../fixtures/external/vrptw/hhcrsp-mankowska2014/${file}`, import.meta.url),
    'utf8',
  );

describe('parseMankowska', () => {
  const a1 = parseMankowska(fixture('instances/InstanzCPLEX_HCSRP_10_1.txt'), 'A1');

  it('turns each double-service patient into two linked visits', () => {
    expect(a1.visits).toHaveLength(13);
    expect(a1.links).toEqual([
      { kind: 'synchronized', first: '8a', second: '8b' },
      { kind: 'precedence', first: '9a', second: '9b', minGap: 51, maxGap: 102 },
      { kind: 'precedence', first: '10a', second: '10b', minGap: 8, maxGap: 16 },
    ]);
    expect(a1.visits.find((v) => v.id === '10a')).toMatchObject({ skills: ['s2'], dueBy: 268 });
  });

  it('prices the published BRKGA solution of A1 at its published cost (226.978)', () => {
    // solution-10-1-13.txt: Cost = 226.978 Dist = 680.934 Tard = 0 TMax = 0.
    const report = checkRouteList(a1, {
      vehicles: ['c0', 'c1', 'c2'],
      routes: [
        ['10a', '3', '5', '9a', '7'],
        ['8a', '2'],
        ['8b', '10b', '6', '1', '9b', '4'],
      ],
    });
    expect(report.violations).toEqual([]);
    expect(report.recomputed.distance).toBeCloseTo(680.934, 3);
    expect(report.recomputed.tardiness).toBe(0);
    expect(report.recomputed.cost).toBeCloseTo(226.978, 3);
  });

  it('rejects a file whose matrix is cut short, naming the section line', () => {
    const text = fixture('instances/InstanzCPLEX_HCSRP_10_1.txt');
    const cut = text.slice(0, text.indexOf('\np\n')) + '\np\n0 0\n';
    expect(() => parseMankowska(cut)).toThrow(/section "p" has 2 numbers, expected 216/);
  });
});
