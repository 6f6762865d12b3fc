// Request and response shapes of prior authorizations. The web app imports these types.
import { Type, type Static } from 'typebox';
import { StringEnum } from '../../platform/http/schema-helpers.ts';
import {
  AUTHORIZATION_COMMANDS,
  AUTHORIZATION_STATUSES,
  DECISION_OUTCOMES,
  MANUAL_CHANNELS,
  MANUAL_OUTCOMES,
  NOT_REQUIRED_METHODS,
  OVERVIEW_FILTERS,
  REVIEW_LEVELS,
  SERVICE_LINES,
  UNIT_TYPES,
} from './authorization-vocabulary.ts';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Units = Type.Integer({ minimum: 1, maximum: 99_999 });
/** HCPCS level II (A1234) or CPT (99601) code. */
const ProcedureCode = Type.String({ pattern: '^[A-Za-z0-9]{5}$', description: 'HCPCS/CPT code' });

export const AdmissionIdParams = Type.Object({ admissionId: Uuid });
export const AuthorizationIdParams = Type.Object({ id: Uuid });

export const DeadlineSchema = Type.Object({
  dueAt: DateTime,
  /** True when CMS-0057-F obliges the payer; false: an informational follow-up target. */
  binding: Type.Boolean(),
  source: Type.String(),
  hoursLeft: Type.Number({ description: 'Negative once the payer is late.' }),
  isLate: Type.Boolean(),
});

export const AuthorizationViewSchema = Type.Object({
  id: Uuid,
  admissionId: Uuid,
  patientId: Uuid,
  serviceLine: StringEnum(SERVICE_LINES),
  procedureCode: Type.String(),
  modifier: Nullable(Type.String()),
  description: Nullable(Type.String()),
  unitsRequested: Type.Integer(),
  unitType: StringEnum(UNIT_TYPES),
  frequency: Nullable(Type.String()),
  startDate: IsoDate,
  endDate: IsoDate,
  level: StringEnum(REVIEW_LEVELS),
  status: StringEnum(AUTHORIZATION_STATUSES),
  channel: Type.String(),
  certificationNumber: Nullable(Type.String()),
  unitsApproved: Nullable(Type.Integer()),
  approvedStart: Nullable(IsoDate),
  approvedEnd: Nullable(IsoDate),
  decisionReason: Nullable(Type.String()),
  unitsUsed: Type.Integer(),
  submittedAt: Nullable(DateTime),
  decisionDueAt: Nullable(DateTime),
  decidedAt: Nullable(DateTime),
  deadline: Nullable(DeadlineSchema),
  lastOutcome: Nullable(StringEnum(DECISION_OUTCOMES)),
  notes: Nullable(Type.String()),
  createdAt: DateTime,
  updatedAt: DateTime,
  commands: Type.Array(StringEnum(AUTHORIZATION_COMMANDS)),
});
export type AuthorizationView = Static<typeof AuthorizationViewSchema>;

export const AuthorizationEventSchema = Type.Object({
  kind: Type.String(),
  fromStatus: Nullable(Type.String()),
  toStatus: Nullable(Type.String()),
  units: Nullable(Type.Integer()),
  detail: Type.Record(Type.String(), Type.Unknown()),
  actorName: Nullable(Type.String()),
  at: DateTime,
});

export const AuthorizationDetailSchema = Type.Object({
  authorization: AuthorizationViewSchema,
  events: Type.Array(AuthorizationEventSchema),
  requestX12: Nullable(Type.String()),
  responseX12: Nullable(Type.String()),
});
export type AuthorizationDetail = Static<typeof AuthorizationDetailSchema>;

export const PlanContextSchema = Type.Object({
  payerName: Nullable(Type.String()),
  planName: Nullable(Type.String()),
  /** The directory plan's type; null when the coverage is not linked to the payer directory. */
  planType: Nullable(Type.String()),
  /** CMS-0057-F time limits bind this plan (MA, Medicaid/CHIP); otherwise they are informational. */
  deadlinesBinding: Type.Boolean(),
});

export const AdmissionAuthorizationsSchema = Type.Object({
  admission: Type.Object({
    id: Uuid,
    patientId: Uuid,
    patientName: Type.String(),
    therapy: Type.String(),
    drugName: Type.String(),
    stage: Type.String(),
    status: Type.String(),
    expectedStartDate: Nullable(IsoDate),
  }),
  plan: PlanContextSchema,
  authorizations: Type.Array(AuthorizationViewSchema),
  canEdit: Type.Boolean(),
});
export type AdmissionAuthorizations = Static<typeof AdmissionAuthorizationsSchema>;

export const DraftFieldsSchema = Type.Object(
  {
    serviceLine: StringEnum(SERVICE_LINES),
    procedureCode: ProcedureCode,
    modifier: Type.Optional(Nullable(Type.String({ pattern: '^[A-Za-z0-9]{2}$' }))),
    description: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    unitsRequested: Units,
    unitType: StringEnum(UNIT_TYPES),
    frequency: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    startDate: IsoDate,
    endDate: IsoDate,
    level: StringEnum(REVIEW_LEVELS),
    notes: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type DraftFields = Static<typeof DraftFieldsSchema>;
export type CreateAuthorizationRequest = DraftFields;
export type UpdateDraftRequest = DraftFields;

export const NeedReasonSchema = Type.Object({
  kind: Type.String(),
  serviceType: Type.Optional(Type.String()),
  therapy: Type.Optional(Type.String()),
});

export const SuggestionSchema = Type.Object({
  serviceLine: StringEnum(SERVICE_LINES),
  procedureCode: Type.String(),
  modifier: Nullable(Type.String()),
  description: Type.String(),
  unitsRequested: Type.Integer(),
  unitType: StringEnum(UNIT_TYPES),
  frequency: Nullable(Type.String()),
  startDate: IsoDate,
  endDate: IsoDate,
  needsAuthorization: Type.Boolean(),
  reason: NeedReasonSchema,
  /** A request for this line and code exists already (not cancelled). */
  existingId: Nullable(Uuid),
});
export type Suggestion = Static<typeof SuggestionSchema>;

export const SuggestionsResponseSchema = Type.Object({
  suggestions: Type.Array(SuggestionSchema),
  level: StringEnum(REVIEW_LEVELS),
  /** What the proposal assumed: plan type guessed, duration assumed, default nursing schedule... */
  assumptions: Type.Array(
    Type.Object({ code: Type.String(), params: Type.Record(Type.String(), Type.Unknown()) }),
  ),
  routingRule: Type.String(),
});
export type SuggestionsResponse = Static<typeof SuggestionsResponseSchema>;

export const ProposeResponseSchema = Type.Object({
  created: Type.Array(AuthorizationViewSchema),
  skipped: Type.Array(
    Type.Object({
      serviceLine: Type.String(),
      procedureCode: Type.String(),
      reason: StringEnum(['exists', 'not-needed'] as const),
    }),
  ),
  assumptions: SuggestionsResponseSchema.properties.assumptions,
});
export type ProposeResponse = Static<typeof ProposeResponseSchema>;

export const MarkSubmittedRequestSchema = Type.Object(
  {
    channel: StringEnum(MANUAL_CHANNELS),
    reference: Type.Optional(Type.String({ maxLength: 80 })),
  },
  { additionalProperties: false },
);
export type MarkSubmittedRequest = Static<typeof MarkSubmittedRequestSchema>;

export const SubmitResponseSchema = Type.Object({
  authorization: AuthorizationViewSchema,
  /** What the payer answered: a decision, or a rejection of the request itself (AAA). */
  answer: Type.Object({
    kind: StringEnum(['decision', 'rejected'] as const),
    outcome: Nullable(StringEnum(DECISION_OUTCOMES)),
    actionCode: Nullable(Type.String()),
    reason: Nullable(Type.String()),
  }),
});
export type SubmitResponse = Static<typeof SubmitResponseSchema>;

export const ManualDecisionRequestSchema = Type.Object(
  {
    outcome: StringEnum(MANUAL_OUTCOMES),
    channel: StringEnum(MANUAL_CHANNELS),
    certificationNumber: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
    unitsApproved: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 99_999 }))),
    approvedStart: Type.Optional(Nullable(IsoDate)),
    approvedEnd: Type.Optional(Nullable(IsoDate)),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    /** Call reference, fax page, portal case number. */
    reference: Type.Optional(Nullable(Type.String({ maxLength: 80 }))),
  },
  { additionalProperties: false },
);
export type ManualDecisionRequest = Static<typeof ManualDecisionRequestSchema>;

export const AppealRequestSchema = Type.Object(
  {
    level: StringEnum(REVIEW_LEVELS),
    channel: StringEnum(MANUAL_CHANNELS),
    note: Text(2000),
  },
  { additionalProperties: false },
);
export type AppealRequest = Static<typeof AppealRequestSchema>;

export const NoteRequestSchema = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type NoteRequest = Static<typeof NoteRequestSchema>;

export const CancelRequestSchema = Type.Object(
  { reason: Text(500) },
  { additionalProperties: false },
);
export type CancelRequest = Static<typeof CancelRequestSchema>;

export const NotRequiredRequestSchema = Type.Object(
  {
    method: StringEnum(NOT_REQUIRED_METHODS),
    /** Who at the payer confirmed it, or the policy document and section. */
    confirmedBy: Text(200),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type NotRequiredRequest = Static<typeof NotRequiredRequestSchema>;

export const RecordNotRequiredRequestSchema = Type.Object(
  {
    serviceLine: StringEnum(SERVICE_LINES),
    procedureCode: ProcedureCode,
    method: StringEnum(NOT_REQUIRED_METHODS),
    confirmedBy: Text(200),
    startDate: Type.Optional(IsoDate),
    endDate: Type.Optional(IsoDate),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type RecordNotRequiredRequest = Static<typeof RecordNotRequiredRequestSchema>;

export const UsageRequestSchema = Type.Object(
  {
    units: Units,
    serviceDate: IsoDate,
    note: Type.Optional(Type.String({ maxLength: 500 })),
    /** Record units beyond the approved ones (or outside the dates) anyway, saying why. */
    overrideReason: Type.Optional(Type.String({ minLength: 5, maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type UsageRequest = Static<typeof UsageRequestSchema>;

export const RenewRequestSchema = Type.Object(
  {
    startDate: Type.Optional(IsoDate),
    endDate: Type.Optional(IsoDate),
    unitsRequested: Type.Optional(Units),
  },
  { additionalProperties: false },
);
export type RenewRequest = Static<typeof RenewRequestSchema>;

export const OverviewQuerySchema = Type.Object(
  {
    filter: Type.Optional(StringEnum(OVERVIEW_FILTERS)),
    serviceLine: Type.Optional(StringEnum(SERVICE_LINES)),
    search: Type.Optional(Type.String({ maxLength: 80 })),
  },
  { additionalProperties: false },
);
export type OverviewQuery = Static<typeof OverviewQuerySchema>;

export const OverviewItemSchema = Type.Object({
  authorization: AuthorizationViewSchema,
  patientName: Type.String(),
  therapy: Type.String(),
  drugName: Type.String(),
  payerName: Nullable(Type.String()),
  /** Why it needs action: the categories it falls in. */
  flags: Type.Array(StringEnum(OVERVIEW_FILTERS)),
});

export const OverviewResponseSchema = Type.Object({
  items: Type.Array(OverviewItemSchema),
  counts: Type.Record(Type.String(), Type.Integer()),
});
export type OverviewResponse = Static<typeof OverviewResponseSchema>;
export type OverviewItem = Static<typeof OverviewItemSchema>;
