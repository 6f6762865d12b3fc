// Request and response shapes of referrals, admissions and work queues. The web app imports these.
import { Type, type Static } from 'typebox';
import { StringEnum } from '../../platform/http/schema-helpers.ts';
import {
  ADMISSION_STAGES,
  ADMISSION_STATUSES,
  PRECONDITION_KEYS,
  REASON_KINDS,
} from '@infusio/domain/intake';
import { ROLES } from '@infusio/domain/access';
import { ReferralDraftSchema } from './referral-draft.schema.ts';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const StageSchema = StringEnum(ADMISSION_STAGES);
export const StatusSchema = StringEnum(ADMISSION_STATUSES);
export const PreconditionKeySchema = StringEnum(PRECONDITION_KEYS);
export const RoleSchema = StringEnum(ROLES);
export const ReasonKindSchema = StringEnum(REASON_KINDS);

export const ChecklistSchema = Type.Object({
  complete: Type.Boolean(),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      description: Type.String(),
      owner: Type.String(),
      satisfied: Type.Boolean(),
    }),
  ),
  missing: Type.Array(
    Type.Object({ id: Type.String(), description: Type.String(), owner: Type.String() }),
  ),
});

export const PatientDecisionSchema = Type.Union([
  Type.Object(
    { action: Type.Literal('use-existing'), patientId: Uuid },
    { additionalProperties: false },
  ),
  Type.Object({ action: Type.Literal('create-new') }, { additionalProperties: false }),
]);
export type PatientDecision = Static<typeof PatientDecisionSchema>;

export const CreateReferralRequestSchema = Type.Object(
  {
    draft: ReferralDraftSchema,
    /** Required when the patient may already have a chart (the server answers 409 with candidates). */
    patientDecision: Type.Optional(PatientDecisionSchema),
    /** A family's request for care that this referral answers. */
    inquiryId: Type.Optional(Uuid),
    branchId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type CreateReferralRequest = Static<typeof CreateReferralRequestSchema>;

export const ResponseClockSchema = Type.Object({
  dueAt: DateTime,
  state: StringEnum([
    'answered-on-time',
    'answered-late',
    'on-track',
    'due-soon',
    'breached',
  ] as const),
  minutesLeft: Type.Integer(),
});

export const CreateReferralResponseSchema = Type.Object({
  referralId: Uuid,
  status: Type.String(),
  patientId: Nullable(Uuid),
  admissionId: Nullable(Uuid),
  checklist: ChecklistSchema,
  responseClock: ResponseClockSchema,
});
export type CreateReferralResponse = Static<typeof CreateReferralResponseSchema>;

export const MatchCandidateSchema = Type.Object({
  patientId: Uuid,
  mrn: Type.String(),
  givenName: Type.String(),
  familyName: Type.String(),
  birthDate: Type.String(),
  city: Type.String(),
  score: Type.Number(),
  reasons: Type.Array(Type.String()),
});
export type MatchCandidateView = Static<typeof MatchCandidateSchema>;

export const ReferralDetailSchema = Type.Object({
  id: Uuid,
  channel: Type.String(),
  urgency: Type.String(),
  status: Type.String(),
  therapy: Type.String(),
  sourceName: Nullable(Type.String()),
  receivedAt: DateTime,
  respondedAt: Nullable(DateTime),
  response: Nullable(Type.String()),
  responseReasonCode: Nullable(Type.String()),
  responseNote: Nullable(Type.String()),
  responseClock: ResponseClockSchema,
  patientId: Nullable(Uuid),
  admissionId: Nullable(Uuid),
  draft: ReferralDraftSchema,
  checklist: ChecklistSchema,
  matchCandidates: Type.Array(MatchCandidateSchema),
});
export type ReferralDetail = Static<typeof ReferralDetailSchema>;

export const ResolveMatchRequestSchema = Type.Object(
  { decision: PatientDecisionSchema },
  { additionalProperties: false },
);

export const RespondToReferralRequestSchema = Type.Object(
  {
    response: StringEnum(['accepted', 'declined', 'info-requested'] as const),
    reasonCode: Type.Optional(Type.String({ maxLength: 60 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type RespondToReferralRequest = Static<typeof RespondToReferralRequestSchema>;

export const AmendReferralRequestSchema = Type.Object(
  {
    prescription: Type.Optional(ReferralDraftSchema.properties.prescription),
    clinical: Type.Optional(ReferralDraftSchema.properties.clinical),
    prescriber: Type.Optional(ReferralDraftSchema.properties.prescriber),
    diagnoses: Type.Optional(ReferralDraftSchema.properties.diagnoses),
    allergies: Type.Optional(ReferralDraftSchema.properties.allergies),
    coverages: Type.Optional(ReferralDraftSchema.properties.coverages),
    physicianInstructions: Type.Optional(Type.String({ maxLength: 20_000 })),
    urgency: Type.Optional(ReferralDraftSchema.properties.urgency),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type AmendReferralRequest = Static<typeof AmendReferralRequestSchema>;

export const BlockingItemSchema = Type.Object({
  key: PreconditionKeySchema,
  owner: RoleSchema,
  met: Type.Boolean(),
  actionable: Type.Boolean(),
  source: Type.String(),
  note: Nullable(Type.String()),
  recordedAt: Nullable(DateTime),
  /** True when a person may record this answer on the admission (its module does not answer it yet). */
  recordable: Type.Boolean(),
});

export const AdmissionEventSchema = Type.Object({
  kind: Type.String(),
  fromStage: Nullable(Type.String()),
  toStage: Nullable(Type.String()),
  fromStatus: Nullable(Type.String()),
  toStatus: Nullable(Type.String()),
  reasonCode: Nullable(Type.String()),
  note: Nullable(Type.String()),
  secondsInPrevious: Nullable(Type.Integer()),
  detail: Type.Record(Type.String(), Type.Unknown()),
  actorName: Nullable(Type.String()),
  at: DateTime,
});

export const AdmissionDetailSchema = Type.Object({
  id: Uuid,
  patient: Type.Object({
    id: Uuid,
    mrn: Type.String(),
    givenName: Type.String(),
    familyName: Type.String(),
    birthDate: Type.String(),
    preferredLanguage: Type.String(),
  }),
  therapy: Type.String(),
  drugName: Type.String(),
  stage: StageSchema,
  status: StatusSchema,
  statusReasonCode: Nullable(Type.String()),
  statusNote: Nullable(Type.String()),
  stageEnteredAt: DateTime,
  hoursInStage: Type.Number(),
  ageing: StringEnum(['fresh', 'ageing', 'overdue'] as const),
  receivedAt: DateTime,
  startOfCareAt: Nullable(DateTime),
  referralToStartOfCareHours: Nullable(Type.Number()),
  expectedStartDate: Nullable(Type.String()),
  priorityFlags: Type.Array(Type.String()),
  payerName: Nullable(Type.String()),
  referralSource: Nullable(Type.String()),
  assignedTo: Nullable(Type.Object({ userId: Uuid, name: Type.String() })),
  referral: Type.Object({
    id: Uuid,
    channel: Type.String(),
    urgency: Type.String(),
    status: Type.String(),
    response: Nullable(Type.String()),
    responseClock: ResponseClockSchema,
    checklist: ChecklistSchema,
  }),
  nextStage: Nullable(
    Type.Object({ stage: StageSchema, performedBy: Type.Array(RoleSchema), ready: Type.Boolean() }),
  ),
  blocking: Type.Array(BlockingItemSchema),
  preconditions: Type.Array(BlockingItemSchema),
  allowedExits: Type.Array(
    StringEnum(['on-hold', 'resume', 'not-admitted', 'cancelled', 'discharged'] as const),
  ),
  events: Type.Array(AdmissionEventSchema),
});
export type AdmissionDetail = Static<typeof AdmissionDetailSchema>;

export const AdmissionIdParamsSchema = Type.Object({ id: Uuid }, { additionalProperties: false });
export const AdvanceRequestSchema = Type.Object(
  { to: StageSchema, note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type AdvanceRequest = Static<typeof AdvanceRequestSchema>;
export const ReasonedRequestSchema = Type.Object(
  {
    reasonCode: Type.String({ minLength: 1, maxLength: 60 }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type ReasonedRequest = Static<typeof ReasonedRequestSchema>;
export const NoteRequestSchema = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export const RecordAnswerRequestSchema = Type.Object(
  { met: Type.Boolean(), note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type RecordAnswerRequest = Static<typeof RecordAnswerRequestSchema>;
export const AssignRequestSchema = Type.Object(
  { userId: Nullable(Uuid) },
  { additionalProperties: false },
);

export const QueueItemSchema = Type.Object({
  admissionId: Uuid,
  referralId: Uuid,
  patientId: Uuid,
  patientName: Type.String(),
  mrn: Type.String(),
  therapy: Type.String(),
  drugName: Type.String(),
  stage: StageSchema,
  hoursInStage: Type.Number(),
  ageing: StringEnum(['fresh', 'ageing', 'overdue'] as const),
  expectedStartDate: Nullable(Type.String()),
  priorityFlags: Type.Array(Type.String()),
  urgency: Type.String(),
  waitingFor: Type.Array(Type.Object({ key: PreconditionKeySchema, met: Type.Boolean() })),
  readyToAdvance: Nullable(StageSchema),
  responseClock: Nullable(ResponseClockSchema),
  assignedTo: Nullable(Type.Object({ userId: Uuid, name: Type.String() })),
  payerName: Nullable(Type.String()),
  referralSource: Nullable(Type.String()),
});
export type QueueItem = Static<typeof QueueItemSchema>;

export const QueueQuerySchema = Type.Object(
  {
    stage: Type.Optional(StageSchema),
    therapy: Type.Optional(Type.String({ maxLength: 40 })),
    claimed: Type.Optional(StringEnum(['mine', 'unclaimed', 'all'] as const)),
    ageing: Type.Optional(StringEnum(['fresh', 'ageing', 'overdue'] as const)),
    flag: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type QueueQuery = Static<typeof QueueQuerySchema>;

export const QueueCountsSchema = Type.Object({
  total: Type.Integer(),
  overdue: Type.Integer(),
  ageing: Type.Integer(),
  unclaimed: Type.Integer(),
  mine: Type.Integer(),
});
export const QueueResponseSchema = Type.Object({
  role: RoleSchema,
  counts: QueueCountsSchema,
  items: Type.Array(QueueItemSchema),
  awaitingMatch: Type.Array(
    Type.Object({
      referralId: Uuid,
      patientName: Type.String(),
      receivedAt: DateTime,
      channel: Type.String(),
      candidates: Type.Integer(),
    }),
  ),
});
export type QueueResponse = Static<typeof QueueResponseSchema>;
export const QueueSummarySchema = Type.Object({
  queues: Type.Array(Type.Object({ role: RoleSchema, counts: QueueCountsSchema })),
});
export type QueueSummary = Static<typeof QueueSummarySchema>;

export const ReasonListSchema = Type.Object({
  kind: ReasonKindSchema,
  reasons: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
});
