// Request and response shapes of sign-in, second factor and the caller's own profile. The web app
// imports these types; it never redeclares them.
import { Type, type Static } from 'typebox';
import { ROLES } from '@infusio/domain/access';
import { StringEnum } from '../../platform/http/schema-helpers.ts';

export const LocaleSchema = Type.Union([Type.Literal('en'), Type.Literal('zh-CN')]);
export type Locale = Static<typeof LocaleSchema>;

export const RoleSchema = StringEnum(ROLES);

export const MfaStateSchema = Type.Union([
  Type.Literal('enroll'),
  Type.Literal('verify'),
  Type.Literal('complete'),
]);

export const LoginRequestSchema = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 200 }),
    password: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type LoginRequest = Static<typeof LoginRequestSchema>;

export const LoginResponseSchema = Type.Object({
  mfaState: MfaStateSchema,
  csrfToken: Type.String(),
});
export type LoginResponse = Static<typeof LoginResponseSchema>;

export const SessionUserSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleSchema),
  locale: LocaleSchema,
  branchIds: Type.Array(Type.String({ format: 'uuid' })),
});
export type SessionUserView = Static<typeof SessionUserSchema>;

export const SessionResponseSchema = Type.Object({
  user: SessionUserSchema,
  mfaState: MfaStateSchema,
  csrfToken: Type.String(),
  idleTimeoutSeconds: Type.Integer(),
  expiresAt: Type.String({ format: 'date-time' }),
});
export type SessionResponse = Static<typeof SessionResponseSchema>;

export const MfaEnrollmentResponseSchema = Type.Object({
  secret: Type.String(),
  otpauthUri: Type.String(),
  qrDataUrl: Type.String(),
});
export type MfaEnrollmentResponse = Static<typeof MfaEnrollmentResponseSchema>;

export const MfaCodeRequestSchema = Type.Object(
  {
    code: Type.Optional(
      Type.String({
        pattern: '^[0-9]{6}$',
        description: 'Six-digit code from the authenticator app',
      }),
    ),
    recoveryCode: Type.Optional(Type.String({ minLength: 8, maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type MfaCodeRequest = Static<typeof MfaCodeRequestSchema>;

export const MfaCompletedResponseSchema = Type.Object({
  csrfToken: Type.String(),
  recoveryCodes: Type.Optional(Type.Array(Type.String())),
});
export type MfaCompletedResponse = Static<typeof MfaCompletedResponseSchema>;

export const PreferencesRequestSchema = Type.Object(
  { locale: LocaleSchema },
  { additionalProperties: false },
);
export type PreferencesRequest = Static<typeof PreferencesRequestSchema>;

export const LogoutAllResponseSchema = Type.Object({ sessionsEnded: Type.Integer() });
