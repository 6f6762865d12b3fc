import { Type, type Static } from 'typebox';
import { StringEnum } from '../../platform/http/schema-helpers.ts';

export const CONFIDENCE_MARKS = ['verified', 'secondary', 'unverified'] as const;
export const ConfidenceMarkSchema = StringEnum(CONFIDENCE_MARKS, {
  description:
    'DOMAIN.md marks: verified ✅, secondary ⚠️ (memory or secondary source), unverified ❌',
});

export const PLAN_TYPE_SOURCES = ['directory', 'payer-name-guess', 'no-coverage'] as const;

/** An i18n message: the web app renders `key` with `params` in the reader's language. */
export const ExplanationSchema = Type.Object({
  key: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});
export type ExplanationDto = Static<typeof ExplanationSchema>;

export const AdmissionIdParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const BenefitRoutingQuerySchema = Type.Object(
  {
    date: Type.Optional(
      Type.String({
        format: 'date',
        description: 'Date of service the decision is for (default: the therapy start date)',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ComponentRoutingSchema = Type.Object({
  component: Type.String(),
  benefit: Type.String(),
  codes: Type.Array(
    Type.Object({
      code: Type.String(),
      role: Type.String(),
      modifier: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  destination: Type.String(),
  documentation: Type.Array(Type.String()),
  explanation: ExplanationSchema,
  bundledInto: Type.Union([Type.String(), Type.Null()]),
});
export type ComponentRouting = Static<typeof ComponentRoutingSchema>;

export const PlanTypeInfoSchema = Type.Object({
  planType: Type.String(),
  source: StringEnum(PLAN_TYPE_SOURCES),
  /** The payer-name phrase a guess matched; null when the guess fell back to commercial. */
  matchedPhrase: Type.Union([Type.String(), Type.Null()]),
});

export const CoverageSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  payerName: Type.String(),
  planName: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
});

export const BenefitRoutingResponseSchema = Type.Object({
  admissionId: Type.String({ format: 'uuid' }),
  patientId: Type.String({ format: 'uuid' }),
  patientName: Type.String(),
  date: Type.String({ format: 'date' }),
  drug: Type.Object({
    name: Type.String(),
    catalogId: Type.Union([Type.String(), Type.Null()]),
    genericName: Type.Union([Type.String(), Type.Null()]),
    therapy: Type.String(),
  }),
  administrationMethod: Type.Union([Type.String(), Type.Null()]),
  route: Type.Union([Type.String(), Type.Null()]),
  frequency: Type.String(),
  diagnosisCodes: Type.Array(Type.String()),
  planType: PlanTypeInfoSchema,
  coverage: Type.Union([CoverageSummarySchema, Type.Null()]),
  ruleId: Type.String(),
  ruleSummary: Type.String(),
  source: Type.String(),
  mark: ConfidenceMarkSchema,
  components: Type.Array(ComponentRoutingSchema),
  warnings: Type.Array(ExplanationSchema),
});
export type BenefitRoutingResponse = Static<typeof BenefitRoutingResponseSchema>;
