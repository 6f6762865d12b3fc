import { describe, expect, it } from 'vitest';
import type { IntakeDashboardResponse } from './analytics.contracts.ts';
import { INTAKE_CSV_HEADER, buildIntakeDashboardCsv } from './intake-dashboard-csv.ts';
import { assembleDashboardFigures } from './intake-figures.ts';

const figures = assembleDashboardFigures({
  outcomeRows: [
    {
      groupKey: 'Aetna, Inc.',
      outcome: 'admitted',
      reasonCode: null,
      count: 3,
      socHours: [20, 40, 60],
    },
    {
      groupKey: 'Aetna, Inc.',
      outcome: 'not-admitted',
      reasonCode: 'no-coverage',
      count: 1,
      socHours: [],
    },
    { groupKey: null, outcome: 'open', reasonCode: null, count: 1, socHours: [] },
  ],
  stageRows: [
    { groupKey: 'Aetna, Inc.', stage: 'benefits-verified', running: false, hours: [5, 15] },
  ],
  reasonLabels: new Map(),
  groupLabels: new Map(),
});

const dashboard: IntakeDashboardResponse = {
  range: {
    from: '2026-10-01',
    to: '2026-10-31',
    timeZone: 'UTC',
    groupBy: 'payer',
    branchId: null,
  },
  generatedAt: '2026-11-02T15:00:00.000Z',
  targets: { referralToSocHours: null, conversionPercent: null },
  branches: [],
  overall: figures.overall,
  groups: figures.groups,
  histogram: { binHours: 24, bins: [] },
};

describe('the dashboard CSV', () => {
  const lines = buildIntakeDashboardCsv(dashboard).split('\r\n');

  it('has a header row and one row per group, each as wide as the header', () => {
    expect(lines[0]).toBe(INTAKE_CSV_HEADER.join(','));
    expect(lines.slice(1, -1)).toHaveLength(2);
    expect(lines.at(-1)).toBe('');
    expect(INTAKE_CSV_HEADER).toContain('wait_benefits-verified_median_hours');
  });

  it('writes the group’s figures, quoting a name with a comma', () => {
    expect(
      lines[1]?.startsWith(
        '2026-10-01,2026-10-31,payer,"Aetna, Inc.","Aetna, Inc.",4,4,3,1,0,0,0,0,75,3,40,56,40,20,60,benefits-verified,10,14,not-admitted/no-coverage: 1,',
      ),
    ).toBe(true);
    expect(lines[2]?.startsWith('2026-10-01,2026-10-31,payer,,,1,0,0,0,0,0,1,0,,0,,,,,,,,,,')).toBe(
      true,
    );
  });
});
