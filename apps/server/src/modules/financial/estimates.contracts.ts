import { Type, type Static, type TSchema } from 'typebox';
import { StringEnum } from '../../platform/http/schema-helpers.ts';
import { ConfidenceMarkSchema, PLAN_TYPE_SOURCES } from './benefit-routing.contracts.ts';

export const ESTIMATE_STATUSES = ['draft', 'presented', 'acknowledged', 'superseded'] as const;
export type EstimateStatus = (typeof ESTIMATE_STATUSES)[number];
export const COPAY_MODES = ['none', 'instead-of-deductible', 'after-deductible'] as const;
export const ESTIMATE_LANGUAGES = ['en', 'zh-CN'] as const;
export type EstimateLanguage = (typeof ESTIMATE_LANGUAGES)[number];
export const ACKNOWLEDGED_AS = ['patient', 'caregiver', 'staff-on-behalf'] as const;

const Cents = Type.Integer({ minimum: 0 });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const EstimateIdParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const NursingPlanInputSchema = Type.Object(
  {
    schedule: StringEnum(['each-dose-day', 'weekly'] as const),
    visitsPerWeek: Type.Optional(Type.Integer({ minimum: 0, maximum: 14 })),
    hoursPerVisit: Type.Number({ minimum: 0.25, maximum: 12 }),
    firstVisitHours: Type.Optional(Type.Number({ minimum: 0.25, maximum: 12 })),
  },
  { additionalProperties: false },
);

export const CreateEstimateRequestSchema = Type.Object(
  {
    startDate: Type.Optional(Type.String({ format: 'date' })),
    durationDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730 })),
    bagsPerDose: Type.Optional(Type.Integer({ minimum: 1, maximum: 24 })),
    hitBilledWithin60Days: Type.Optional(Type.Boolean()),
    nursing: Type.Optional(NursingPlanInputSchema),
    /** How a copay combines with the deductible, per service type (default: DEFAULT_COPAY_MODES). */
    copayModes: Type.Optional(
      Type.Record(Type.String({ pattern: '^(1|12|18|30|42|78|88)$' }), StringEnum(COPAY_MODES)),
    ),
  },
  { additionalProperties: false },
);
export type CreateEstimateRequest = Static<typeof CreateEstimateRequestSchema>;

export const TotalsSchema = Type.Object({
  allowedCents: Cents,
  payerCents: Cents,
  patientCents: Cents,
  assistanceCents: Cents,
  patientAfterAssistanceCents: Cents,
});
export type EstimateTotalsDto = Static<typeof TotalsSchema>;

export const EstimateLineSchema = Type.Object({
  lineId: Type.String(),
  month: Type.String(),
  fromDate: Type.String({ format: 'date' }),
  toDate: Type.String({ format: 'date' }),
  component: Type.String(),
  code: Type.String(),
  benefit: Type.String(),
  serviceType: Nullable(Type.String()),
  coverage: StringEnum(['covered', 'not-covered', 'self-pay'] as const),
  units: Type.Number(),
  allowedCents: Cents,
  payerCents: Cents,
  patientCents: Cents,
  deductibleCents: Cents,
  coinsuranceCents: Cents,
  copayCents: Cents,
  oopCapCents: Cents,
  assistanceCents: Cents,
  patientAfterAssistanceCents: Cents,
});
export type EstimateLineDto = Static<typeof EstimateLineSchema>;

export const EstimateMonthSchema = Type.Object({
  month: Type.String(),
  totals: TotalsSchema,
  lines: Type.Array(EstimateLineSchema),
});

export const AssistanceStepSchema = Type.Object({
  programId: Type.String(),
  label: Type.String(),
  kind: Type.String(),
  appliedCents: Cents,
  applicationId: Nullable(Type.String()),
  /** The percentage taken off the patient's share, or the grant's amount. */
  rate: Nullable(Type.Number()),
  grantCents: Nullable(Type.Integer()),
});

export const AssumptionSchema = Type.Object({
  code: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});

export const AcknowledgementSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  estimateId: Type.String({ format: 'uuid' }),
  version: Type.Integer(),
  fingerprint: Type.String(),
  acknowledgedAs: StringEnum(ACKNOWLEDGED_AS),
  byName: Type.String(),
  language: Type.String(),
  note: Nullable(Type.String()),
  at: Type.String({ format: 'date-time' }),
});
export type AcknowledgementDto = Static<typeof AcknowledgementSchema>;

export const TherapyPlanSchema = Type.Object({
  startDate: Type.String({ format: 'date' }),
  durationDays: Type.Integer(),
  dose: Type.Object({ value: Type.Number(), unit: Type.String() }),
  frequency: Type.String(),
  bagsPerDose: Nullable(Type.Integer()),
  hitBilledWithin60Days: Type.Boolean(),
  nursing: Type.Object({
    schedule: Type.String(),
    visitsPerWeek: Nullable(Type.Number()),
    hoursPerVisit: Type.Number(),
    firstVisitHours: Nullable(Type.Number()),
    /** request: staff gave it; default: NURSING_DEFAULTS for the therapy. */
    origin: StringEnum(['request', 'default'] as const),
    source: Type.String(),
    mark: ConfidenceMarkSchema,
  }),
});
export type TherapyPlanDto = Static<typeof TherapyPlanSchema>;

export const EstimateSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  admissionId: Type.String({ format: 'uuid' }),
  version: Type.Integer(),
  status: StringEnum(ESTIMATE_STATUSES),
  fingerprint: Type.String(),
  totals: TotalsSchema,
  createdAt: Type.String({ format: 'date-time' }),
  presentedAt: Nullable(Type.String({ format: 'date-time' })),
  acknowledgedAt: Nullable(Type.String({ format: 'date-time' })),
});
export type EstimateSummary = Static<typeof EstimateSummarySchema>;

export const EstimateDetailSchema = Type.Object({
  ...EstimateSummarySchema.properties,
  patientId: Type.String({ format: 'uuid' }),
  isLatest: Type.Boolean(),
  planType: Type.String(),
  planTypeSource: StringEnum(PLAN_TYPE_SOURCES),
  isDemoPricing: Type.Boolean(),
  feeScheduleId: Type.String(),
  eligibilityCheckId: Nullable(Type.String()),
  eligibilityCheckedAt: Nullable(Type.String({ format: 'date-time' })),
  therapyPlan: TherapyPlanSchema,
  routing: Type.Object({
    ruleId: Type.String(),
    source: Type.String(),
    mark: ConfidenceMarkSchema,
  }),
  months: Type.Array(EstimateMonthSchema),
  assistanceSteps: Type.Array(AssistanceStepSchema),
  assumptions: Type.Array(AssumptionSchema),
  unpricedLineIds: Type.Array(Type.String()),
  createdBy: Nullable(Type.String()),
  presentedBy: Nullable(Type.String()),
  acknowledgements: Type.Array(AcknowledgementSchema),
});
export type EstimateDetail = Static<typeof EstimateDetailSchema>;

export const ListEstimatesResponseSchema = Type.Object({
  versions: Type.Array(EstimateSummarySchema),
});
export type ListEstimatesResponse = Static<typeof ListEstimatesResponseSchema>;

export const StaffAcknowledgementRequestSchema = Type.Object(
  {
    fingerprint: Type.String({ minLength: 1, maxLength: 100 }),
    language: StringEnum(ESTIMATE_LANGUAGES),
    note: Type.String({ minLength: 3, maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type StaffAcknowledgementRequest = Static<typeof StaffAcknowledgementRequestSchema>;

export const AwaitingAcknowledgementSchema = Type.Object({
  estimateId: Type.String({ format: 'uuid' }),
  admissionId: Type.String({ format: 'uuid' }),
  patientId: Type.String({ format: 'uuid' }),
  patientName: Type.String(),
  drugName: Type.String(),
  version: Type.Integer(),
  status: StringEnum(ESTIMATE_STATUSES),
  patientTotalCents: Cents,
  createdAt: Type.String({ format: 'date-time' }),
  presentedAt: Nullable(Type.String({ format: 'date-time' })),
});
export type AwaitingAcknowledgement = Static<typeof AwaitingAcknowledgementSchema>;

export const EstimateWorkListResponseSchema = Type.Object({
  items: Type.Array(AwaitingAcknowledgementSchema),
});
export type EstimateWorkListResponse = Static<typeof EstimateWorkListResponseSchema>;
