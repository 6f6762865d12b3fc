import { describe, expect, it } from 'vitest';
import {
  binDays,
  dashboardQuery,
  defaultFilters,
  formatPercent,
  fullestBin,
  shiftDate,
} from './dashboard-format.ts';

describe('dashboard formatting', () => {
  it('defaults to the last 90 days including today', () => {
    const filters = defaultFilters(new Date(2026, 10, 2, 9, 30));
    expect(filters).toEqual({
      from: '2026-08-05',
      to: '2026-11-02',
      groupBy: 'therapy',
      branchId: '',
    });
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('sends the same filters to the page and the CSV, the branch only when chosen', () => {
    const filters = {
      from: '2026-10-01',
      to: '2026-10-31',
      groupBy: 'payer' as const,
      branchId: '',
    };
    expect(dashboardQuery(filters, 'America/Chicago')).toBe(
      'from=2026-10-01&to=2026-10-31&groupBy=payer&timeZone=America%2FChicago',
    );
    expect(dashboardQuery({ ...filters, branchId: 'b1' }, 'UTC')).toContain('&branchId=b1');
  });

  it('names histogram bins in days and finds the fullest', () => {
    const bins = [
      { fromHours: 0, toHours: 24, count: 1 },
      { fromHours: 24, toHours: 48, count: 4 },
      { fromHours: 336, toHours: null, count: 4 },
    ];
    expect(bins.map(binDays)).toEqual(['0–1', '1–2', '14+']);
    expect(fullestBin(bins)).toBe(bins[1]);
    expect(fullestBin([{ fromHours: 0, toHours: 24, count: 0 }])).toBeUndefined();
  });

  it('writes rates as percentages in the user’s language', () => {
    expect(formatPercent(4 / 7, 'en')).toBe('57.1%');
    expect(formatPercent(0.5, 'zh-CN')).toBe('50%');
  });
});
