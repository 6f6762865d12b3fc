import { Type, type Static } from 'typebox';
import { ADMISSION_STAGES, ADMISSION_STATUSES } from '@infusio/domain/intake';
import { StringEnum } from '../../platform/http/schema-helpers.ts';

const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const JourneyStepSchema = Type.Object({
  stage: StringEnum(ADMISSION_STAGES),
  state: StringEnum(['done', 'current', 'upcoming'] as const),
  at: Nullable(DateTime),
});

export const MyAdmissionSchema = Type.Object({
  admissionId: Type.String({ format: 'uuid' }),
  patientId: Type.String({ format: 'uuid' }),
  patientName: Type.String(),
  therapy: Type.String(),
  drugName: Type.String(),
  stage: StringEnum(ADMISSION_STAGES),
  status: StringEnum(ADMISSION_STATUSES),
  receivedAt: DateTime,
  startOfCareAt: Nullable(DateTime),
  expectedStartDate: Nullable(Type.String()),
  steps: Type.Array(JourneyStepSchema),
});
export type MyAdmission = Static<typeof MyAdmissionSchema>;

export const MyAdmissionsResponseSchema = Type.Object({
  admissions: Type.Array(MyAdmissionSchema),
});
export type MyAdmissionsResponse = Static<typeof MyAdmissionsResponseSchema>;

export const MyReferralSchema = Type.Object({
  referralId: Type.String({ format: 'uuid' }),
  receivedAt: DateTime,
  patientName: Type.String(),
  patientBirthDate: Type.String(),
  therapy: Type.String(),
  drugName: Type.String(),
  status: Type.String(),
  response: Nullable(Type.String()),
  responseReasonCode: Nullable(Type.String()),
  responseNote: Nullable(Type.String()),
  admissionStage: Nullable(StringEnum(ADMISSION_STAGES)),
  admissionStatus: Nullable(StringEnum(ADMISSION_STATUSES)),
  startOfCareAt: Nullable(DateTime),
  /** What the provider still needs from the referring office. */
  stillNeeded: Type.Array(Type.Object({ id: Type.String(), description: Type.String() })),
});
export type MyReferral = Static<typeof MyReferralSchema>;

export const MyReferralsResponseSchema = Type.Object({ referrals: Type.Array(MyReferralSchema) });
export type MyReferralsResponse = Static<typeof MyReferralsResponseSchema>;
