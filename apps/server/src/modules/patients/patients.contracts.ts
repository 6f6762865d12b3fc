import { Type, type Static } from 'typebox';

export const SexSchema = Type.Union([
  Type.Literal('female'),
  Type.Literal('male'),
  Type.Literal('other'),
  Type.Literal('unknown'),
]);

export const PatientSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  mrn: Type.String(),
  givenName: Type.String(),
  familyName: Type.String(),
  birthDate: Type.String({ format: 'date' }),
  sex: SexSchema,
  city: Type.String(),
  state: Type.String(),
  branchId: Type.String({ format: 'uuid' }),
  status: Type.String(),
});
export type PatientSummary = Static<typeof PatientSummarySchema>;

export const PatientDetailSchema = Type.Object({
  ...PatientSummarySchema.properties,
  middleName: Type.Union([Type.String(), Type.Null()]),
  addressLine1: Type.String(),
  addressLine2: Type.Union([Type.String(), Type.Null()]),
  postalCode: Type.String(),
  phoneMobile: Type.Union([Type.String(), Type.Null()]),
  phoneHome: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  preferredLanguage: Type.String(),
  interpreterNeeded: Type.Boolean(),
  weightKg: Type.Union([Type.Number(), Type.Null()]),
  heightCm: Type.Union([Type.Number(), Type.Null()]),
  /** Absent for roles that may not see it (billing, scheduling). */
  medicalHistory: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type PatientDetail = Static<typeof PatientDetailSchema>;

export const ListPatientsQuerySchema = Type.Object(
  {
    search: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'Name prefix ("smi", "smith, jo"), MRN, or birth date YYYY-MM-DD',
      }),
    ),
    page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
  },
  { additionalProperties: false },
);
export type ListPatientsQuery = Static<typeof ListPatientsQuerySchema>;

export const ListPatientsResponseSchema = Type.Object({
  items: Type.Array(PatientSummarySchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export type ListPatientsResponse = Static<typeof ListPatientsResponseSchema>;

export const PatientIdParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
