// The payer directory's HTTP contract: search, one plan, and the plan form reimbursement staff
// fill in. Shared with the web app (types only).
import { Type, type Static } from 'typebox';
import { PLAN_TYPES } from '@infusio/domain/coverage';
import { StringEnum } from '../../platform/http/schema-helpers.ts';

export const CONTRACT_STATUSES = ['in-network', 'out-of-network', 'single-case-agreement'] as const;
export const BILLING_MODELS = ['medicare-benefit-split', 'per-diem', 'fee-schedule'] as const;
export const THERAPY_TYPES = [
  'anti-infective',
  'ivig',
  'scig',
  'chemotherapy',
  'parenteral-nutrition',
  'hydration',
  'inotrope',
  'pain-management',
  'pulmonary-hypertension',
  'biologic',
  'other',
] as const;
/** Timely filing: a claim may be filed 1 to 730 days after the date of service. */
export const TIMELY_FILING_MIN_DAYS = 1;
export const TIMELY_FILING_MAX_DAYS = 730;

export const PlanTypeSchema = StringEnum(PLAN_TYPES);
export const ContractStatusSchema = StringEnum(CONTRACT_STATUSES);
export const BillingModelSchema = StringEnum(BILLING_MODELS);
export const TherapyTypeSchema = StringEnum(THERAPY_TYPES);

const NullableString = (options: { maxLength?: number; description?: string } = {}) =>
  Type.Union([Type.String(options), Type.Null()]);

export const PayerPlanSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  payerId: Type.String({ description: 'Electronic payer id used on X12 (NM1*PR … PI)' }),
  payerName: Type.String(),
  planName: Type.String(),
  planType: PlanTypeSchema,
  state: NullableString({ description: 'USPS code; null for national plans' }),
  contractStatus: ContractStatusSchema,
  billingModel: BillingModelSchema,
  priorAuthTherapies: Type.Array(TherapyTypeSchema),
  timelyFilingDays: Type.Integer(),
  phone: NullableString(),
  fax: NullableString(),
  portalUrl: NullableString(),
  isDemo: Type.Boolean({ description: 'Generated demo data, not a real payer record' }),
  active: Type.Boolean(),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type PayerPlan = Static<typeof PayerPlanSchema>;

export const PayerPlanIdParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const SearchPayersQuerySchema = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'Words of payer or plan name, payer id or state',
      }),
    ),
    planType: Type.Optional(PlanTypeSchema),
    state: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z]{2}$',
        description: 'Plans of this state plus national plans',
      }),
    ),
    includeInactive: Type.Boolean({ default: false }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type SearchPayersQuery = Static<typeof SearchPayersQuerySchema>;

export const SearchPayersResponseSchema = Type.Object({
  items: Type.Array(PayerPlanSchema),
  /** Plans in the directory (active ones unless inactive were asked for). */
  directorySize: Type.Integer(),
});
export type SearchPayersResponse = Static<typeof SearchPayersResponseSchema>;

/** What reimbursement staff enter to add or edit a plan. */
export const SavePayerPlanRequestSchema = Type.Object(
  {
    payerId: Type.String({ minLength: 1, maxLength: 20 }),
    payerName: Type.String({ minLength: 1, maxLength: 120 }),
    planName: Type.String({ minLength: 1, maxLength: 120 }),
    planType: PlanTypeSchema,
    state: NullableString({ maxLength: 2 }),
    contractStatus: ContractStatusSchema,
    billingModel: BillingModelSchema,
    priorAuthTherapies: Type.Array(TherapyTypeSchema, { maxItems: THERAPY_TYPES.length }),
    timelyFilingDays: Type.Integer({
      minimum: TIMELY_FILING_MIN_DAYS,
      maximum: TIMELY_FILING_MAX_DAYS,
    }),
    phone: NullableString({ maxLength: 30 }),
    fax: NullableString({ maxLength: 30 }),
    portalUrl: NullableString({ maxLength: 300 }),
  },
  { additionalProperties: false },
);
export type SavePayerPlanRequest = Static<typeof SavePayerPlanRequestSchema>;
