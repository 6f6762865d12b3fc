// The organisation's sliding scale over HTTP: the policy screening uses (the stored one, else the
// built-in default) and its replacement by an administrator.
import { Type, type Static, type TSchema } from 'typebox';
import { StringEnum } from '../../platform/http/schema-helpers.ts';
import { ConfidenceMarkSchema } from './benefit-routing.contracts.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

// Numbers, not integers or ranges, on purpose: the tier rules (whole 1–1000 %, rates 0..1,
// ascending, one open tier last) are checked together and answered 422 with the exact field.
export const SlidingScaleTierSchema = Type.Object(
  {
    upToPercentFpl: Nullable(
      Type.Number({
        description:
          'Inclusive upper bound in whole % of the poverty guideline (1–1000); null for the last, open tier',
      }),
    ),
    discountRate: Type.Number({
      description:
        'Share of the patient’s responsibility taken off, 0..1 (basis points), never more than the tier before',
    }),
  },
  { additionalProperties: false },
);

export const PutSlidingScaleRequestSchema = Type.Object(
  {
    name: Type.String({ maxLength: 200 }),
    decidedBy: Type.String({
      maxLength: 500,
      description: 'Who decided these tiers and when (committee, minutes, date)',
    }),
    tiers: Type.Array(SlidingScaleTierSchema, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type PutSlidingScaleRequest = Static<typeof PutSlidingScaleRequestSchema>;

export const SlidingScaleResponseSchema = Type.Object({
  /** What screenings record: 'default-2025' or 'org-v<version>'. */
  id: Type.String(),
  name: Type.String(),
  origin: StringEnum(['default', 'organisation'] as const),
  /** Counts the administrators' saves; null for the built-in default. */
  version: Nullable(Type.Integer()),
  decidedBy: Nullable(Type.String()),
  tiers: Type.Array(SlidingScaleTierSchema),
  source: Type.String(),
  mark: ConfidenceMarkSchema,
  updatedAt: Nullable(Type.String({ format: 'date-time' })),
});
export type SlidingScaleResponse = Static<typeof SlidingScaleResponseSchema>;
