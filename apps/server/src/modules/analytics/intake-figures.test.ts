import { describe, expect, it } from 'vitest';
import { percentile } from '@infusio/domain/intake';
import {
  assembleDashboardFigures,
  findLongestWait,
  INTAKE_WAIT_STAGES,
  toDistributionView,
  type OutcomeRow,
  type StageRow,
} from './intake-figures.ts';

const outcome = (
  groupKey: string | null,
  o: OutcomeRow['outcome'],
  count: number,
  socHours: number[] = [],
  reasonCode: string | null = null,
): OutcomeRow => ({ groupKey, outcome: o, reasonCode, count, socHours });

const stage = (groupKey: string, s: string, hours: number[], running = false): StageRow => ({
  groupKey,
  stage: s,
  running,
  hours,
});

const labels = new Map([
  ['not-admitted:no-coverage', 'No coverage for home infusion'],
  ['referral-declined:capacity', 'No nursing capacity for the start date'],
]);

describe('the intake dashboard figures', () => {
  const figures = assembleDashboardFigures({
    outcomeRows: [
      outcome('anti-infective', 'admitted', 2, [30, 48]),
      outcome('anti-infective', 'not-admitted', 1, [], 'no-coverage'),
      outcome('anti-infective', 'declined', 1, [], 'capacity'),
      outcome('anti-infective', 'cancelled', 1),
      outcome('ivig', 'admitted', 2, [96, 150]),
      outcome('ivig', 'on-hold', 1),
      outcome('ivig', 'open', 2),
      outcome(null, 'not-admitted', 2, [], null),
    ],
    stageRows: [
      stage('anti-infective', 'benefits-verified', [10, 20]),
      stage('ivig', 'benefits-verified', [50, 80]),
      stage('ivig', 'referral-received', [2, 4]),
      stage('ivig', 'benefits-verified', [60], true),
    ],
    reasonLabels: labels,
    groupLabels: new Map(),
  });

  it('counts referrals by outcome and converts over decided referrals only', () => {
    expect(figures.overall.referrals).toEqual({
      received: 12,
      decided: 8,
      admitted: 4,
      notAdmitted: 3,
      declined: 1,
      cancelled: 1,
      open: 3,
      onHold: 1,
    });
    expect(figures.overall.conversionRate).toBe(4 / 8);
  });

  it('summarises referral-to-start-of-care hours over every group merged', () => {
    expect(figures.overall.referralToSocHours).toEqual({
      count: 4,
      median: 72,
      p90: 133.8,
      mean: 81,
      min: 30,
      max: 150,
    });
    expect(figures.socHours.sort((a, b) => a - b)).toEqual([30, 48, 96, 150]);
  });

  it('gives each group its own figures, largest group first and "not recorded" last', () => {
    expect(figures.groups.map((g) => [g.key, g.referrals.received])).toEqual([
      ['anti-infective', 5],
      ['ivig', 5],
      [null, 2],
    ]);
    const ivig = figures.groups.find((g) => g.key === 'ivig');
    expect(ivig?.conversionRate).toBe(1);
    expect(ivig?.referralToSocHours.median).toBe(123);
    expect(ivig?.referralToSocHours.p90).toBe(144.6);
    expect(figures.groups.find((g) => g.key === null)?.conversionRate).toBe(0);
  });

  it('counts reasons by kind and code, labelled from the maintained list', () => {
    expect(figures.overall.reasons).toEqual([
      { kind: 'not-admitted', code: 'unspecified', label: 'unspecified', count: 2 },
      {
        kind: 'not-admitted',
        code: 'no-coverage',
        label: 'No coverage for home infusion',
        count: 1,
      },
      {
        kind: 'referral-declined',
        code: 'capacity',
        label: 'No nursing capacity for the start date',
        count: 1,
      },
    ]);
  });

  it('reports every intake stage, completed stays apart from admissions still waiting', () => {
    expect(figures.overall.stageWaits.map((w) => w.stage)).toEqual([...INTAKE_WAIT_STAGES]);
    const benefits = figures.overall.stageWaits.find((w) => w.stage === 'benefits-verified');
    expect(benefits?.completed).toMatchObject({ count: 4, median: 35, p90: 71 });
    expect(benefits?.running).toMatchObject({ count: 1, median: 60, p90: 60 });
    expect(figures.overall.longestWait).toEqual({
      stage: 'benefits-verified',
      medianHours: 35,
      p90Hours: 71,
    });
  });

  it('has no conversion rate, distribution or longest wait when nothing is decided', () => {
    const empty = assembleDashboardFigures({
      outcomeRows: [outcome('x', 'open', 3)],
      stageRows: [],
      reasonLabels: labels,
      groupLabels: new Map([['x', 'Branch X']]),
    });
    expect(empty.overall.conversionRate).toBeNull();
    expect(empty.overall.referralToSocHours).toMatchObject({ count: 0, median: null, p90: null });
    expect(empty.overall.longestWait).toBeNull();
    expect(empty.groups[0]?.label).toBe('Branch X');
  });
});

describe('distributions', () => {
  it('use the shared PERCENTILE.INC helper, rounded to hundredths of an hour', () => {
    const values = [1.234, 5.678, 9.1011, 13.5, 77.777];
    const view = toDistributionView(values);
    expect(view.p90).toBe(Math.round((percentile(values, 0.9) ?? 0) * 100) / 100);
    expect(view.median).toBe(9.1);
  });

  it('pick the earlier stage when two stages share the longest median', () => {
    const wait = (s: string, median: number) => ({
      stage: s,
      completed: { count: 1, median, p90: median, mean: median, min: median, max: median },
      running: toDistributionView([]),
    });
    expect(findLongestWait([wait('a', 5), wait('b', 9), wait('c', 9)])?.stage).toBe('b');
  });
});
