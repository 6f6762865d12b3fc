// Turns the grouped rows the SQL returns (counts per outcome and reason, arrays of hours per group
// and stage) into the dashboard's figures, using the shared statistics helpers so the percentiles
// mean the same everywhere (PERCENTILE.INC). The whole range is the union of the groups, so its
// figures are computed from the merged arrays, never averaged from group figures.
import {
  ADMISSION_STAGES,
  stageIndex,
  summarizeDistribution,
  type AdmissionStage,
} from '@infusio/domain/intake';
import type {
  DistributionView,
  GroupFigures,
  ReasonCount,
  ReferralOutcomeCounts,
  StageWait,
} from './analytics.contracts.ts';

/** Where a referral stands, one value per referral (see README "Definitions"). */
export const COHORT_OUTCOMES = [
  'admitted',
  'not-admitted',
  'declined',
  'cancelled',
  'on-hold',
  'open',
] as const;
export type CohortOutcome = (typeof COHORT_OUTCOMES)[number];

/** The intake stages an admission waits in before start of care. */
export const INTAKE_WAIT_STAGES: readonly AdmissionStage[] = ADMISSION_STAGES.slice(
  0,
  stageIndex('start-of-care'),
);

export const UNSPECIFIED_REASON = 'unspecified';

export interface OutcomeRow {
  groupKey: string | null;
  outcome: CohortOutcome;
  reasonCode: string | null;
  count: number;
  /** Referral-to-start-of-care hours of the row's admissions (admitted rows only). */
  socHours: readonly number[];
}

export interface StageRow {
  groupKey: string | null;
  stage: string;
  /** true: time so far of admissions still in the stage; false: completed stays. */
  running: boolean;
  hours: readonly number[];
}

export interface FigureInputs {
  outcomeRows: readonly OutcomeRow[];
  stageRows: readonly StageRow[];
  /** `${kind}:${code}` → label from the maintained reason list. */
  reasonLabels: ReadonlyMap<string, string>;
  /** Display labels for group keys (branch names); other keys are their own label. */
  groupLabels: ReadonlyMap<string, string>;
}

export interface DashboardFigures {
  overall: GroupFigures;
  groups: GroupFigures[];
  /** Every referral-to-start-of-care value in the range, for the histogram. */
  socHours: number[];
}

export function roundHours(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

export function toDistributionView(values: readonly number[]): DistributionView {
  const d = summarizeDistribution(values);
  return {
    count: d.count,
    median: roundHours(d.median),
    p90: roundHours(d.p90),
    mean: roundHours(d.mean),
    min: roundHours(d.min),
    max: roundHours(d.max),
  };
}

function countOutcomes(rows: readonly OutcomeRow[]): ReferralOutcomeCounts {
  const of = (outcome: CohortOutcome) =>
    rows.filter((r) => r.outcome === outcome).reduce((sum, r) => sum + r.count, 0);
  const admitted = of('admitted');
  const notAdmitted = of('not-admitted');
  const declined = of('declined');
  const onHold = of('on-hold');
  return {
    received: rows.reduce((sum, r) => sum + r.count, 0),
    decided: admitted + notAdmitted + declined,
    admitted,
    notAdmitted,
    declined,
    cancelled: of('cancelled'),
    open: of('open') + onHold,
    onHold,
  };
}

function countReasons(
  rows: readonly OutcomeRow[],
  labels: ReadonlyMap<string, string>,
): ReasonCount[] {
  const counts = new Map<string, ReasonCount>();
  for (const row of rows) {
    const kind =
      row.outcome === 'not-admitted'
        ? 'not-admitted'
        : row.outcome === 'declined'
          ? 'referral-declined'
          : undefined;
    if (!kind) continue;
    const code = row.reasonCode ?? UNSPECIFIED_REASON;
    const id = `${kind}:${code}`;
    const existing = counts.get(id);
    if (existing) existing.count += row.count;
    else counts.set(id, { kind, code, label: labels.get(id) ?? code, count: row.count });
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || a.code.localeCompare(b.code),
  );
}

function summarizeStages(rows: readonly StageRow[]): StageWait[] {
  return INTAKE_WAIT_STAGES.map((stage) => {
    const of = (running: boolean) =>
      rows.filter((r) => r.stage === stage && r.running === running).flatMap((r) => r.hours);
    return {
      stage,
      completed: toDistributionView(of(false)),
      running: toDistributionView(of(true)),
    };
  });
}

/** The stage with the highest median completed stay (the earlier stage on a tie). */
export function findLongestWait(stageWaits: readonly StageWait[]): GroupFigures['longestWait'] {
  let best: GroupFigures['longestWait'] = null;
  for (const wait of stageWaits) {
    const { median, p90 } = wait.completed;
    if (median === null || p90 === null) continue;
    if (!best || median > best.medianHours)
      best = { stage: wait.stage, medianHours: median, p90Hours: p90 };
  }
  return best;
}

function buildGroup(
  key: string | null,
  label: string | null,
  outcomeRows: readonly OutcomeRow[],
  stageRows: readonly StageRow[],
  reasonLabels: ReadonlyMap<string, string>,
): GroupFigures {
  const referrals = countOutcomes(outcomeRows);
  const stageWaits = summarizeStages(stageRows);
  return {
    key,
    label,
    referrals,
    conversionRate: referrals.decided === 0 ? null : referrals.admitted / referrals.decided,
    referralToSocHours: toDistributionView(outcomeRows.flatMap((r) => r.socHours)),
    reasons: countReasons(outcomeRows, reasonLabels),
    stageWaits,
    longestWait: findLongestWait(stageWaits),
  };
}

export function assembleDashboardFigures(inputs: FigureInputs): DashboardFigures {
  const keys = new Set<string | null>([
    ...inputs.outcomeRows.map((r) => r.groupKey),
    ...inputs.stageRows.map((r) => r.groupKey),
  ]);
  const groups = [...keys].map((key) =>
    buildGroup(
      key,
      key === null ? null : (inputs.groupLabels.get(key) ?? key),
      inputs.outcomeRows.filter((r) => r.groupKey === key),
      inputs.stageRows.filter((r) => r.groupKey === key),
      inputs.reasonLabels,
    ),
  );
  groups.sort(
    (a, b) =>
      b.referrals.received - a.referrals.received ||
      Number(a.key === null) - Number(b.key === null) ||
      (a.label ?? '').localeCompare(b.label ?? ''),
  );
  const overall = buildGroup(null, null, inputs.outcomeRows, inputs.stageRows, inputs.reasonLabels);
  return { overall, groups, socHours: inputs.outcomeRows.flatMap((r) => r.socHours) };
}
