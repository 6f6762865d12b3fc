import { Type, type Static, type TSchema } from 'typebox';
import { ASSISTANCE_PROGRAMS } from '@infusio/domain/financial';
import { StringEnum } from '../../platform/http/schema-helpers.ts';
import {
  ConfidenceMarkSchema,
  ExplanationSchema,
  PLAN_TYPE_SOURCES,
} from './benefit-routing.contracts.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Uuid = Type.String({ format: 'uuid' });

export const PROGRAM_IDS = ASSISTANCE_PROGRAMS.map((p) => p.id);
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'documents-requested',
  'approved',
  'denied',
  'withdrawn',
  'expired',
] as const;
export const POVERTY_REGIONS = ['contiguous', 'alaska', 'hawaii'] as const;

export const PatientIdParamsSchema = Type.Object({ id: Uuid }, { additionalProperties: false });
export const ApplicationIdParamsSchema = Type.Object({ id: Uuid }, { additionalProperties: false });

export const CreateScreeningRequestSchema = Type.Object(
  {
    householdSize: Type.Integer({ minimum: 1, maximum: 50 }),
    /** Whole dollars and cents; stored in cents. */
    annualIncomeDollars: Type.Number({ minimum: 0, maximum: 100_000_000 }),
    /** USPS state code; default: the patient's address. AK and HI have their own guidelines. */
    state: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
    /** Guideline year; default: the latest year on file up to this year. */
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
    /** The admission whose drug, diagnoses and coverage are screened; default: the latest open one. */
    admissionId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type CreateScreeningRequest = Static<typeof CreateScreeningRequestSchema>;

export const ProgramScreenSchema = Type.Object({
  programId: StringEnum(PROGRAM_IDS),
  kind: Type.String(),
  name: Type.String(),
  status: StringEnum(['eligible', 'conditional', 'case-by-case', 'refer', 'not-eligible'] as const),
  reasons: Type.Array(ExplanationSchema),
  mark: ConfidenceMarkSchema,
});

export const ScreeningSchema = Type.Object({
  id: Uuid,
  patientId: Uuid,
  admissionId: Nullable(Uuid),
  householdSize: Type.Integer(),
  annualIncomeCents: Type.Integer(),
  state: Type.String(),
  region: StringEnum(POVERTY_REGIONS),
  year: Type.Integer(),
  percentOfPovertyLevel: Type.Number(),
  povertyGuidelineCents: Type.Integer(),
  guidelineMark: ConfidenceMarkSchema,
  guidelineOrigin: StringEnum(['table', 'override'] as const),
  planType: Type.String(),
  planTypeSource: StringEnum(PLAN_TYPE_SOURCES),
  drugName: Nullable(Type.String()),
  diagnosisCodes: Type.Array(Type.String()),
  slidingScale: Type.Object({
    policyId: Type.String(),
    upToPercentFpl: Nullable(Type.Number()),
    tierDiscountRate: Type.Number(),
    status: Type.String(),
    discountRate: Type.Number(),
  }),
  programs: Type.Array(ProgramScreenSchema),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Nullable(Type.String()),
});
export type Screening = Static<typeof ScreeningSchema>;

export const ListScreeningsResponseSchema = Type.Object({
  screenings: Type.Array(ScreeningSchema),
});
export type ListScreeningsResponse = Static<typeof ListScreeningsResponseSchema>;

export const AwardSchema = Type.Object(
  {
    /** Share of the patient's responsibility taken off, 0..1 (sliding scale). */
    discountRate: Type.Optional(Type.Number({ minimum: 0.01, maximum: 1 })),
    /** A fixed grant in cents (foundation, copay card). */
    grantCents: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000 })),
    from: Type.String({ format: 'date' }),
    to: Type.String({ format: 'date' }),
  },
  { additionalProperties: false },
);
export type AwardInput = Static<typeof AwardSchema>;

export const CreateApplicationRequestSchema = Type.Object(
  {
    programId: StringEnum(PROGRAM_IDS),
    screeningId: Uuid,
    admissionId: Type.Optional(Uuid),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CreateApplicationRequest = Static<typeof CreateApplicationRequestSchema>;

const command = <T extends string, P extends Record<string, TSchema>>(type: T, properties: P) =>
  Type.Object({ type: Type.Literal(type), ...properties }, { additionalProperties: false });

export const TransitionRequestSchema = Type.Union([
  command('submit', {}),
  command('request-documents', {
    documents: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
      minItems: 1,
      maxItems: 20,
    }),
  }),
  command('provide-documents', {}),
  command('approve', { award: AwardSchema }),
  command('deny', { reason: Type.String({ minLength: 3, maxLength: 1000 }) }),
  command('withdraw', { reason: Type.Optional(Type.String({ maxLength: 1000 })) }),
  command('expire', {}),
]);
export type TransitionRequest = Static<typeof TransitionRequestSchema>;

export const HistoryEntrySchema = Type.Object({
  at: Type.String({ format: 'date-time' }),
  command: Type.String(),
  fromStatus: Nullable(Type.String()),
  toStatus: Type.String(),
  byName: Type.String(),
  reason: Nullable(Type.String()),
  documents: Type.Array(Type.String()),
});

export const ApplicationSchema = Type.Object({
  id: Uuid,
  patientId: Uuid,
  patientName: Type.String(),
  admissionId: Nullable(Uuid),
  screeningId: Nullable(Uuid),
  programId: Type.String(),
  programName: Type.String(),
  kind: Type.String(),
  status: StringEnum(APPLICATION_STATUSES),
  award: Nullable(
    Type.Object({
      discountRate: Nullable(Type.Number()),
      grantCents: Nullable(Type.Integer()),
      from: Type.String({ format: 'date' }),
      to: Type.String({ format: 'date' }),
    }),
  ),
  history: Type.Array(HistoryEntrySchema),
  notes: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type Application = Static<typeof ApplicationSchema>;

export const ListApplicationsResponseSchema = Type.Object({
  applications: Type.Array(ApplicationSchema),
});
export type ListApplicationsResponse = Static<typeof ListApplicationsResponseSchema>;

export const GuidelineRowSchema = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    region: StringEnum(POVERTY_REGIONS),
    baseCents: Type.Integer({ minimum: 1, maximum: 100_000_000 }),
    incrementCents: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
    source: Type.String({ minLength: 3, maxLength: 500 }),
    effectiveDate: Type.String({ format: 'date' }),
    mark: ConfidenceMarkSchema,
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const PovertyGuidelinesResponseSchema = Type.Object({
  rows: Type.Array(
    Type.Object({
      ...GuidelineRowSchema.properties,
      note: Nullable(Type.String()),
      origin: StringEnum(['table', 'override'] as const),
    }),
  ),
  overrides: Type.Array(GuidelineRowSchema),
  updatedAt: Nullable(Type.String({ format: 'date-time' })),
});
export type PovertyGuidelinesResponse = Static<typeof PovertyGuidelinesResponseSchema>;

export const PutPovertyGuidelinesRequestSchema = Type.Object(
  { overrides: Type.Array(GuidelineRowSchema, { maxItems: 200 }) },
  { additionalProperties: false },
);
export type PutPovertyGuidelinesRequest = Static<typeof PutPovertyGuidelinesRequestSchema>;
