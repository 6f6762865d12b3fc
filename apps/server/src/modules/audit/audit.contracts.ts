import { Type, type Static } from 'typebox';

export const AuditEventSchema = Type.Object({
  seq: Type.Integer(),
  occurredAt: Type.String({ format: 'date-time' }),
  actorUserId: Type.Union([Type.String(), Type.Null()]),
  actorUsername: Type.Union([Type.String(), Type.Null()]),
  actorRoles: Type.String(),
  action: Type.String(),
  resourceType: Type.String(),
  resourceId: Type.Union([Type.String(), Type.Null()]),
  patientId: Type.Union([Type.String(), Type.Null()]),
  clientIp: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.String(),
  requestId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
});
export type AuditEventView = Static<typeof AuditEventSchema>;

export const SearchAuditQuerySchema = Type.Object(
  {
    patientId: Type.Optional(Type.String({ format: 'uuid' })),
    userId: Type.Optional(Type.String({ format: 'uuid' })),
    username: Type.Optional(Type.String({ maxLength: 200 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    outcome: Type.Optional(
      Type.Union([Type.Literal('success'), Type.Literal('denied'), Type.Literal('error')]),
    ),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type SearchAuditQuery = Static<typeof SearchAuditQuerySchema>;

export const SearchAuditResponseSchema = Type.Object({
  items: Type.Array(AuditEventSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export type SearchAuditResponse = Static<typeof SearchAuditResponseSchema>;

export const AuditProblemSchema = Type.Object({
  kind: Type.Union([Type.Literal('changed'), Type.Literal('missing'), Type.Literal('broken-link')]),
  seq: Type.Integer(),
  count: Type.Optional(Type.Integer()),
  message: Type.String(),
});

export const AuditVerificationSchema = Type.Object({
  ok: Type.Boolean(),
  rowsChecked: Type.Integer(),
  lastSeq: Type.Integer(),
  problems: Type.Array(AuditProblemSchema),
});
export type AuditVerificationView = Static<typeof AuditVerificationSchema>;
