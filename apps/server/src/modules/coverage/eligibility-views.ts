// How a stored eligibility check is shown: the summary for lists and the structured benefits per
// service type for the screen. The stored columns keep what the 271 said (response), what the
// estimate uses (cost_sharing) and what the coordinator must do (rejection).
import type {
  CostShareRow,
  CostSharingSummary,
  EligibilityResponse,
  Rejection,
} from '@infusio/domain/x12';
import type { eligibilityChecks } from './coverage.tables.ts';
import type {
  AccumulatorView,
  CheckStatus,
  CheckTrigger,
  EligibilityCheckDetail,
  EligibilityCheckSummary,
  NetworkBenefits,
  RejectionView,
  ServiceBenefits,
} from './coverage.contracts.ts';

export type EligibilityCheckRow = typeof eligibilityChecks.$inferSelect;

/**
 * cost_sharing column: per service type, the figures summarizeCostSharing reads for each network.
 * The financial module's estimate reads `costSharing[serviceType].in`.
 */
export type StoredCostSharing = Record<string, { in: CostSharingSummary; out: CostSharingSummary }>;

/** rejection column: every AAA of the 271, the first one being the one to act on. */
export interface StoredRejection {
  rejections: Rejection[];
}

export interface CheckContext {
  payerName: string;
  memberId: string;
  checkedByName: string | null;
}

export function responseOf(row: EligibilityCheckRow): EligibilityResponse | null {
  return (row.response as unknown as EligibilityResponse | null) ?? null;
}

export function costSharingOf(row: EligibilityCheckRow): StoredCostSharing | null {
  return (row.costSharing as unknown as StoredCostSharing | null) ?? null;
}

export function rejectionsOf(row: EligibilityCheckRow): Rejection[] {
  return (row.rejection as unknown as StoredRejection | null)?.rejections ?? [];
}

export function toRejectionView(rejection: Rejection): RejectionView {
  return {
    level: rejection.level,
    code: rejection.code,
    meaning: rejection.meaning,
    category: rejection.category,
    action: rejection.action,
    followUpCode: rejection.followUp?.code ?? null,
    followUpMeaning: rejection.followUp?.meaning ?? null,
    mayResubmit: rejection.followUp?.mayResubmit ?? true,
    waitDays: rejection.followUp?.waitDays ?? null,
    retryable: rejection.retryable,
  };
}

export function toCheckSummary(
  row: EligibilityCheckRow,
  context: CheckContext,
): EligibilityCheckSummary {
  const response = responseOf(row);
  const [first] = rejectionsOf(row);
  return {
    id: row.id,
    coverageId: row.coverageId,
    patientId: row.patientId,
    admissionId: row.admissionId,
    trigger: row.trigger as CheckTrigger,
    status: row.status as CheckStatus,
    connector: row.connector,
    checkedAt: row.checkedAt.toISOString(),
    checkedByName: context.checkedByName,
    payerName: response?.payer?.name ?? context.payerName,
    planName: response?.plan.name ?? null,
    planBegin: row.planBegin,
    planEnd: row.planEnd,
    rejection: first === undefined ? null : toRejectionView(first),
    problems: row.errorMessage === null ? [] : row.errorMessage.split('\n'),
  };
}

const INDIVIDUAL = new Set<string | null>(['IND', 'EMP', null]);

/** The row a person reads for a network: that network's, else "both", else unstated; individual first. */
function pickRow(rows: readonly CostShareRow[], network: 'in' | 'out'): CostShareRow | null {
  for (const wanted of [network, 'both', null] as const) {
    const found = rows.filter((row) => row.network === wanted);
    if (found.length > 0)
      return found.find((row) => INDIVIDUAL.has(row.coverageLevel)) ?? found[0] ?? null;
  }
  return null;
}

function accumulator(value: CostShareRow['deductible']): AccumulatorView | null {
  if (value === null) return null;
  return {
    amountCents: value.amountCents,
    remainingCents: value.remainingCents,
    metCents: value.metCents,
  };
}

function networkBenefits(
  rows: readonly CostShareRow[],
  summary: CostSharingSummary | undefined,
  network: 'in' | 'out',
): NetworkBenefits {
  const row = pickRow(rows, network);
  return {
    deductible: accumulator(row?.deductible ?? null),
    outOfPocket: accumulator(row?.outOfPocket ?? null),
    deductibleRemainingCents: summary?.deductibleRemainingCents ?? null,
    oopRemainingCents: summary?.oopRemainingCents ?? null,
    coinsuranceRate: summary?.coinsuranceRate ?? null,
    copayCents: summary?.copayCents ?? null,
    authRequired: summary?.authRequired ?? null,
    status: summary?.status ?? 'unknown',
    notes: summary?.notes ?? [],
  };
}

export function toServiceBenefits(
  response: EligibilityResponse,
  costSharing: StoredCostSharing | null,
): ServiceBenefits[] {
  return response.services.map((service) => {
    const figures = costSharing?.[service.serviceType];
    return {
      serviceType: service.serviceType,
      meaning: service.meaning,
      status: service.status,
      authorizationRequired: service.authorizationRequired,
      inNetwork: networkBenefits(service.costSharing, figures?.in, 'in'),
      outOfNetwork: networkBenefits(service.costSharing, figures?.out, 'out'),
      messages: service.messages,
    };
  });
}

export function toCheckDetail(
  row: EligibilityCheckRow,
  context: CheckContext,
): EligibilityCheckDetail {
  const response = responseOf(row);
  return {
    ...toCheckSummary(row, context),
    memberId: response?.dependent?.id ?? response?.subscriber?.id ?? context.memberId,
    insuranceType: response?.plan.insuranceType ?? null,
    groupNumber: response?.plan.groupNumber ?? null,
    eligibilityBegin: response?.eligibilityBegin ?? null,
    eligibilityEnd: response?.eligibilityEnd ?? null,
    services: response === null ? [] : toServiceBenefits(response, costSharingOf(row)),
    messages: response?.messages ?? [],
    rejections: rejectionsOf(row).map(toRejectionView),
    requestX12: row.requestX12,
    responseX12: row.responseX12,
  };
}
