import { Type, type Static } from 'typebox';

export const GroupBySchema = Type.Union([
  Type.Literal('none'),
  Type.Literal('branch'),
  Type.Literal('payer'),
  Type.Literal('therapy'),
  Type.Literal('referral-source'),
]);
export type GroupBy = Static<typeof GroupBySchema>;
export const GROUP_BY_OPTIONS: readonly GroupBy[] = [
  'none',
  'branch',
  'payer',
  'therapy',
  'referral-source',
];

export const IntakeDashboardQuerySchema = Type.Object(
  {
    from: Type.Optional(
      Type.String({
        format: 'date',
        description: 'First day (YYYY-MM-DD) of referrals received; default 89 days before `to`',
      }),
    ),
    to: Type.Optional(
      Type.String({
        format: 'date',
        description: 'Last day (YYYY-MM-DD, inclusive); default today in `timeZone`',
      }),
    ),
    groupBy: Type.Union(GroupBySchema.anyOf, { default: 'therapy' }),
    branchId: Type.Optional(Type.String({ format: 'uuid' })),
    timeZone: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'IANA time zone the days are counted in (default UTC)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type IntakeDashboardQuery = Static<typeof IntakeDashboardQuerySchema>;

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

/** Hours, rounded to 0.01 h; percentiles are PERCENTILE.INC (linear interpolation). */
export const DistributionSchema = Type.Object({
  count: Type.Integer(),
  median: NullableNumber,
  p90: NullableNumber,
  mean: NullableNumber,
  min: NullableNumber,
  max: NullableNumber,
});
export type DistributionView = Static<typeof DistributionSchema>;

export const ReferralOutcomeCountsSchema = Type.Object({
  /** Referrals received in the range. */
  received: Type.Integer(),
  /** admitted + notAdmitted + declined: the conversion denominator. */
  decided: Type.Integer(),
  /** Reached start of care (start_of_care_at recorded). */
  admitted: Type.Integer(),
  notAdmitted: Type.Integer(),
  /** Referrals declined at the door (no admission). */
  declined: Type.Integer(),
  /** Cancelled (duplicate, entered in error, order withdrawn) or closed without start of care. */
  cancelled: Type.Integer(),
  /** Still moving towards start of care, including those on hold. */
  open: Type.Integer(),
  onHold: Type.Integer(),
});
export type ReferralOutcomeCounts = Static<typeof ReferralOutcomeCountsSchema>;

export const ReasonKindSchema = Type.Union([
  Type.Literal('not-admitted'),
  Type.Literal('referral-declined'),
]);

export const ReasonCountSchema = Type.Object({
  kind: ReasonKindSchema,
  /** 'unspecified' when no reason was recorded. */
  code: Type.String(),
  label: Type.String(),
  count: Type.Integer(),
});
export type ReasonCount = Static<typeof ReasonCountSchema>;

export const StageWaitSchema = Type.Object({
  stage: Type.String(),
  /** Time spent in the stage by admissions that have left it (from stage events). */
  completed: DistributionSchema,
  /** Time so far in the stage by admissions still in it (open or on hold). */
  running: DistributionSchema,
});
export type StageWait = Static<typeof StageWaitSchema>;

export const GroupFiguresSchema = Type.Object({
  /** The group's value (therapy code, payer name, branch id, referral source); null = not recorded. */
  key: Type.Union([Type.String(), Type.Null()]),
  label: Type.Union([Type.String(), Type.Null()]),
  referrals: ReferralOutcomeCountsSchema,
  /** admitted ÷ decided (0–1), null when nothing is decided yet. */
  conversionRate: NullableNumber,
  referralToSocHours: DistributionSchema,
  reasons: Type.Array(ReasonCountSchema),
  stageWaits: Type.Array(StageWaitSchema),
  /** The stage with the highest median completed wait. */
  longestWait: Type.Union([
    Type.Object({ stage: Type.String(), medianHours: Type.Number(), p90Hours: Type.Number() }),
    Type.Null(),
  ]),
});
export type GroupFigures = Static<typeof GroupFiguresSchema>;

export const HistogramBinSchema = Type.Object({
  fromHours: Type.Number(),
  /** null for the open-ended last bin. */
  toHours: NullableNumber,
  count: Type.Integer(),
});
export type HistogramBin = Static<typeof HistogramBinSchema>;

export const LocalTargetsSchema = Type.Object(
  {
    referralToSocHours: NullableNumber,
    conversionPercent: NullableNumber,
  },
  { description: 'Local targets set by the organisation; no authoritative benchmark exists.' },
);
export type LocalTargets = Static<typeof LocalTargetsSchema>;

export const IntakeDashboardResponseSchema = Type.Object({
  range: Type.Object({
    from: Type.String({ format: 'date' }),
    to: Type.String({ format: 'date' }),
    timeZone: Type.String(),
    groupBy: GroupBySchema,
    branchId: Type.Union([Type.String(), Type.Null()]),
  }),
  generatedAt: Type.String({ format: 'date-time' }),
  targets: LocalTargetsSchema,
  /** The branches the caller may filter by. */
  branches: Type.Array(
    Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() }),
  ),
  overall: GroupFiguresSchema,
  groups: Type.Array(GroupFiguresSchema),
  histogram: Type.Object({ binHours: Type.Number(), bins: Type.Array(HistogramBinSchema) }),
});
export type IntakeDashboardResponse = Static<typeof IntakeDashboardResponseSchema>;
