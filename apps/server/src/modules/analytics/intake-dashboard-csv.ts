// The dashboard as a spreadsheet: one row per group (groupBy=none gives one row for the whole
// range), the same figures as the screen. Hours keep two decimals; conversion is a percentage.
import type { GroupFigures, IntakeDashboardResponse } from './analytics.contracts.ts';
import { formatCsv, type CsvValue } from './csv.ts';
import { INTAKE_WAIT_STAGES } from './intake-figures.ts';

const FIXED_COLUMNS = [
  'from',
  'to',
  'group_by',
  'group_key',
  'group_label',
  'referrals_received',
  'referrals_decided',
  'started_care',
  'not_admitted',
  'declined',
  'cancelled',
  'open',
  'on_hold',
  'conversion_percent',
  'soc_count',
  'soc_median_hours',
  'soc_p90_hours',
  'soc_mean_hours',
  'soc_min_hours',
  'soc_max_hours',
  'longest_wait_stage',
  'longest_wait_median_hours',
  'longest_wait_p90_hours',
  'reasons',
] as const;

export const INTAKE_CSV_HEADER: readonly string[] = [
  ...FIXED_COLUMNS,
  ...INTAKE_WAIT_STAGES.flatMap((stage) => [
    `wait_${stage}_count`,
    `wait_${stage}_median_hours`,
    `wait_${stage}_p90_hours`,
    `waiting_now_${stage}_count`,
  ]),
];

function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

function describeReasons(group: GroupFigures): string {
  return group.reasons.map((r) => `${r.kind}/${r.code}: ${r.count}`).join('; ');
}

function groupRow(dashboard: IntakeDashboardResponse, group: GroupFigures): CsvValue[] {
  const { range } = dashboard;
  const soc = group.referralToSocHours;
  const counts = group.referrals;
  return [
    range.from,
    range.to,
    range.groupBy,
    group.key,
    group.label,
    counts.received,
    counts.decided,
    counts.admitted,
    counts.notAdmitted,
    counts.declined,
    counts.cancelled,
    counts.open,
    counts.onHold,
    percent(group.conversionRate),
    soc.count,
    soc.median,
    soc.p90,
    soc.mean,
    soc.min,
    soc.max,
    group.longestWait?.stage ?? null,
    group.longestWait?.medianHours ?? null,
    group.longestWait?.p90Hours ?? null,
    describeReasons(group),
    ...INTAKE_WAIT_STAGES.flatMap((stage) => {
      const wait = group.stageWaits.find((w) => w.stage === stage);
      return [
        wait?.completed.count ?? 0,
        wait?.completed.median ?? null,
        wait?.completed.p90 ?? null,
        wait?.running.count ?? 0,
      ];
    }),
  ];
}

export function buildIntakeDashboardCsv(dashboard: IntakeDashboardResponse): string {
  return formatCsv(
    INTAKE_CSV_HEADER,
    dashboard.groups.map((group) => groupRow(dashboard, group)),
  );
}

export function intakeCsvFileName(dashboard: IntakeDashboardResponse): string {
  const { from, to, groupBy } = dashboard.range;
  return `intake-dashboard_${from}_${to}_by-${groupBy}.csv`;
}
