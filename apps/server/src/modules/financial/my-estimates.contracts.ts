import { Type, type Static } from 'typebox';
import { StringEnum } from '../../platform/http/schema-helpers.ts';
import { ACKNOWLEDGED_AS, ESTIMATE_LANGUAGES } from './estimates.contracts.ts';

const Cents = Type.Integer({ minimum: 0 });

/** One line in plain terms: the web app words it from component, coverage and benefit. */
export const MyEstimateLineSchema = Type.Object({
  lineId: Type.String(),
  component: Type.String(),
  coverage: StringEnum(['covered', 'not-covered', 'self-pay'] as const),
  benefit: Type.String(),
  fromDate: Type.String({ format: 'date' }),
  toDate: Type.String({ format: 'date' }),
  units: Type.Number(),
  /** What the service costs (allowed amount, or our self-pay price when insurance pays nothing). */
  totalCents: Cents,
  insurancePaysCents: Cents,
  deductibleCents: Cents,
  coinsuranceCents: Cents,
  copayCents: Cents,
  /** Taken off because the out-of-pocket maximum was reached. */
  capSavedCents: Cents,
  assistanceCents: Cents,
  youPayCents: Cents,
});
export type MyEstimateLine = Static<typeof MyEstimateLineSchema>;

export const MyEstimateTotalsSchema = Type.Object({
  totalCents: Cents,
  insurancePaysCents: Cents,
  assistanceCents: Cents,
  youPayCents: Cents,
});

export const MyEstimateSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  admissionId: Type.String({ format: 'uuid' }),
  patientId: Type.String({ format: 'uuid' }),
  patientName: Type.String(),
  drugName: Type.String(),
  version: Type.Integer(),
  fingerprint: Type.String(),
  status: StringEnum(['presented', 'acknowledged'] as const),
  presentedAt: Type.String({ format: 'date-time' }),
  /** The patient's preferred language, as the portal offers it. */
  preferredLanguage: StringEnum(ESTIMATE_LANGUAGES),
  isDemoPricing: Type.Boolean(),
  planType: Type.String(),
  startDate: Type.String({ format: 'date' }),
  durationDays: Type.Integer(),
  totals: MyEstimateTotalsSchema,
  months: Type.Array(
    Type.Object({
      month: Type.String(),
      totals: MyEstimateTotalsSchema,
      lines: Type.Array(MyEstimateLineSchema),
    }),
  ),
  assistance: Type.Array(
    Type.Object({ programId: Type.String(), label: Type.String(), appliedCents: Cents }),
  ),
  acknowledgements: Type.Array(
    Type.Object({
      at: Type.String({ format: 'date-time' }),
      acknowledgedAs: StringEnum(ACKNOWLEDGED_AS),
      byName: Type.String(),
      language: Type.String(),
    }),
  ),
});
export type MyEstimate = Static<typeof MyEstimateSchema>;

export const MyEstimatesResponseSchema = Type.Object({ estimates: Type.Array(MyEstimateSchema) });
export type MyEstimatesResponse = Static<typeof MyEstimatesResponseSchema>;

export const MyAcknowledgeRequestSchema = Type.Object(
  {
    fingerprint: Type.String({ minLength: 1, maxLength: 100 }),
    language: StringEnum(ESTIMATE_LANGUAGES),
  },
  { additionalProperties: false },
);
export type MyAcknowledgeRequest = Static<typeof MyAcknowledgeRequestSchema>;

export const AcknowledgeResponseSchema = Type.Object({
  acknowledgementId: Type.String({ format: 'uuid' }),
  estimateId: Type.String({ format: 'uuid' }),
  version: Type.Integer(),
  fingerprint: Type.String(),
});
export type AcknowledgeResponse = Static<typeof AcknowledgeResponseSchema>;
