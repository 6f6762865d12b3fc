// Coverages and eligibility checks over HTTP. Shared with the web app (types only).
import { Type, type Static } from 'typebox';
import { StringEnum } from '../../platform/http/schema-helpers.ts';
import { PayerPlanSchema } from './payers.contracts.ts';

export const COVERAGE_STATUSES = ['unverified', 'active', 'inactive', 'lapsed'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];
export const CHECK_STATUSES = ['active', 'inactive', 'rejected', 'error'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];
export const CHECK_TRIGGERS = ['manual', 'scheduled-monthly', 'before-authorization'] as const;
export type CheckTrigger = (typeof CHECK_TRIGGERS)[number];

const NullableString = () => Type.Union([Type.String(), Type.Null()]);
const NullableInteger = () => Type.Union([Type.Integer(), Type.Null()]);
const NullableNumber = () => Type.Union([Type.Number(), Type.Null()]);
const NullableBoolean = () => Type.Union([Type.Boolean(), Type.Null()]);

export const IdParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

/** An AAA rejection as the coordinator's next step. */
export const RejectionViewSchema = Type.Object({
  level: Type.String({ description: 'payer, provider, subscriber, dependent, …' }),
  code: Type.String({ description: 'AAA03 reject reason' }),
  meaning: Type.String(),
  category: Type.String({
    description: 'member-id, demographics, dates, provider, payer-unavailable, request, coverage',
  }),
  action: Type.String({
    description: 'What the coordinator can do (English; the web app translates by code)',
  }),
  followUpCode: NullableString(),
  followUpMeaning: NullableString(),
  mayResubmit: Type.Boolean(),
  waitDays: NullableInteger(),
  retryable: Type.Boolean(),
});
export type RejectionView = Static<typeof RejectionViewSchema>;

export const EligibilityCheckSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  coverageId: Type.String({ format: 'uuid' }),
  patientId: Type.String({ format: 'uuid' }),
  admissionId: NullableString(),
  trigger: StringEnum(CHECK_TRIGGERS),
  status: StringEnum(CHECK_STATUSES),
  connector: Type.String(),
  checkedAt: Type.String({ format: 'date-time' }),
  checkedByName: NullableString(),
  payerName: Type.String(),
  planName: NullableString(),
  planBegin: NullableString(),
  planEnd: NullableString(),
  rejection: Type.Union([RejectionViewSchema, Type.Null()]),
  /** For 'error' checks: each problem with its segment and position, or the connector's failure. */
  problems: Type.Array(Type.String()),
});
export type EligibilityCheckSummary = Static<typeof EligibilityCheckSummarySchema>;

export const AccumulatorViewSchema = Type.Object({
  amountCents: NullableInteger(),
  remainingCents: NullableInteger(),
  metCents: NullableInteger(),
});
export type AccumulatorView = Static<typeof AccumulatorViewSchema>;

/** One network's figures for a service type, as a person reads them off the 271. */
export const NetworkBenefitsSchema = Type.Object({
  deductible: Type.Union([AccumulatorViewSchema, Type.Null()]),
  outOfPocket: Type.Union([AccumulatorViewSchema, Type.Null()]),
  /** The figures an estimate uses (summarizeCostSharing): remaining amounts, rate, copay. */
  deductibleRemainingCents: NullableInteger(),
  oopRemainingCents: NullableInteger(),
  coinsuranceRate: NullableNumber(),
  copayCents: NullableInteger(),
  authRequired: NullableBoolean(),
  status: Type.String(),
  notes: Type.Array(Type.String()),
});
export type NetworkBenefits = Static<typeof NetworkBenefitsSchema>;

export const ServiceBenefitsSchema = Type.Object({
  serviceType: Type.String(),
  meaning: Type.String(),
  status: Type.String({ description: 'active, inactive, not-covered, unknown' }),
  authorizationRequired: NullableBoolean(),
  inNetwork: NetworkBenefitsSchema,
  outOfNetwork: NetworkBenefitsSchema,
  messages: Type.Array(Type.String()),
});
export type ServiceBenefits = Static<typeof ServiceBenefitsSchema>;

export const EligibilityCheckDetailSchema = Type.Object({
  ...EligibilityCheckSummarySchema.properties,
  memberId: Type.String(),
  insuranceType: NullableString(),
  groupNumber: NullableString(),
  eligibilityBegin: NullableString(),
  eligibilityEnd: NullableString(),
  services: Type.Array(ServiceBenefitsSchema),
  messages: Type.Array(Type.String()),
  rejections: Type.Array(RejectionViewSchema),
  requestX12: Type.String(),
  responseX12: NullableString(),
});
export type EligibilityCheckDetail = Static<typeof EligibilityCheckDetailSchema>;

export const CoverageViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  patientId: Type.String({ format: 'uuid' }),
  coverageOrder: Type.Integer(),
  payerName: Type.String(),
  payerId: NullableString(),
  planName: NullableString(),
  memberId: Type.String(),
  groupNumber: NullableString(),
  subscriberName: NullableString(),
  relationship: Type.String(),
  status: StringEnum(COVERAGE_STATUSES),
  verifiedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  plan: Type.Union([PayerPlanSchema, Type.Null()]),
  latestCheck: Type.Union([EligibilityCheckSummarySchema, Type.Null()]),
});
export type CoverageView = Static<typeof CoverageViewSchema>;

export const AdmissionCoveragesResponseSchema = Type.Object({
  admissionId: Type.String({ format: 'uuid' }),
  patientId: Type.String({ format: 'uuid' }),
  patientName: Type.String(),
  patientState: Type.String(),
  therapy: Type.String(),
  coverages: Type.Array(CoverageViewSchema),
});
export type AdmissionCoveragesResponse = Static<typeof AdmissionCoveragesResponseSchema>;

export const LinkPlanRequestSchema = Type.Object(
  { payerPlanId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export type LinkPlanRequest = Static<typeof LinkPlanRequestSchema>;

export const PlanSuggestionsResponseSchema = Type.Object({
  query: Type.String({ description: 'The words searched (from the payer name the referral gave)' }),
  items: Type.Array(PayerPlanSchema),
});
export type PlanSuggestionsResponse = Static<typeof PlanSuggestionsResponseSchema>;

export const CheckEligibilityRequestSchema = Type.Object(
  { admissionId: Type.Optional(Type.String({ format: 'uuid' })) },
  { additionalProperties: false },
);
export type CheckEligibilityRequest = Static<typeof CheckEligibilityRequestSchema>;

export const CheckHistoryResponseSchema = Type.Object({
  items: Type.Array(EligibilityCheckSummarySchema),
});
export type CheckHistoryResponse = Static<typeof CheckHistoryResponseSchema>;

export const RecentChecksQuerySchema = Type.Object(
  {
    needsAction: Type.Boolean({
      default: false,
      description: 'Only the latest check of each coverage when it is rejected, inactive or failed',
    }),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type RecentChecksQuery = Static<typeof RecentChecksQuerySchema>;

export const RecentCheckSchema = Type.Object({
  ...EligibilityCheckSummarySchema.properties,
  patientName: Type.String(),
  memberId: Type.String(),
});
export type RecentCheck = Static<typeof RecentCheckSchema>;

export const RecentChecksResponseSchema = Type.Object({ items: Type.Array(RecentCheckSchema) });
export type RecentChecksResponse = Static<typeof RecentChecksResponseSchema>;
