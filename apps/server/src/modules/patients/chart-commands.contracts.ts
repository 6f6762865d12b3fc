// The chart's commands, each with its own request schema. Shapes are checked here (strict: unknown
// fields are errors); what needs code (state codes, ZIP, phones, e-mail, dates, language tags,
// ICD-10-CM) is checked in the command, which answers with every field problem at once.
import { Type, type Static } from 'typebox';
import { ALLERGY_SEVERITIES, CAREGIVER_PERMISSIONS, RELATIONSHIPS } from './chart-vocabulary.ts';
import { SexSchema } from './patients.contracts.ts';

const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const OptionalText = (max: number) => Type.Optional(Type.Union([Text(max), Type.Null()]));
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

const RelationshipSchema = Type.Enum(RELATIONSHIPS);

export const UpdateDemographicsRequestSchema = Type.Object(
  {
    givenName: Text(100),
    middleName: OptionalText(100),
    familyName: Text(100),
    birthDate: IsoDate,
    sex: SexSchema,
    addressLine1: Text(200),
    addressLine2: OptionalText(200),
    city: Text(100),
    state: Text(2),
    postalCode: Text(10),
    phoneMobile: OptionalText(30),
    phoneHome: OptionalText(30),
    email: OptionalText(254),
    /** BCP 47 tag: en, es, zh-Hans, vi, ... */
    preferredLanguage: Text(35),
    interpreterNeeded: Type.Boolean(),
    weightKg: Type.Optional(Type.Union([Type.Number({ minimum: 0.3, maximum: 400 }), Type.Null()])),
    heightCm: Type.Optional(Type.Union([Type.Number({ minimum: 20, maximum: 260 }), Type.Null()])),
    /** The updatedAt the form was loaded with: a 409 when someone saved in between. */
    ifUpdatedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type UpdateDemographicsRequest = Static<typeof UpdateDemographicsRequestSchema>;

export const AddContactRequestSchema = Type.Object(
  {
    name: Text(200),
    relationship: RelationshipSchema,
    phone: OptionalText(30),
    email: OptionalText(254),
    isEmergencyContact: Type.Boolean({ default: false }),
    isLegalRepresentative: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);
export type AddContactRequest = Static<typeof AddContactRequestSchema>;

export const CaregiverPermissionSchema = Type.Enum(CAREGIVER_PERMISSIONS);

export const CaregiverRequestSchema = Type.Object(
  {
    name: Text(200),
    relationship: RelationshipSchema,
    phone: OptionalText(30),
    email: OptionalText(254),
    permissions: Type.Array(CaregiverPermissionSchema, { uniqueItems: true, maxItems: 5 }),
    /** Links the caregiver's own portal account (a user with the caregiver role); null unlinks. */
    portalUsername: OptionalText(100),
  },
  { additionalProperties: false },
);
/** Adding a caregiver and updating one take the same fields (an update replaces them all). */
export type CaregiverRequest = Static<typeof CaregiverRequestSchema>;

export const AddAllergyRequestSchema = Type.Object(
  {
    /** The substance, or 'NKDA' for no known drug allergies. */
    substance: Text(200),
    reaction: OptionalText(200),
    severity: Type.Optional(Type.Union([Type.Enum(ALLERGY_SEVERITIES), Type.Null()])),
  },
  { additionalProperties: false },
);
export type AddAllergyRequest = Static<typeof AddAllergyRequestSchema>;

export const MarkAllergyInactiveRequestSchema = Type.Object(
  {
    /** inactive (no longer applies) or entered-in-error (never applied). */
    status: Type.Enum(['inactive', 'entered-in-error']),
  },
  { additionalProperties: false },
);
export type MarkAllergyInactiveRequest = Static<typeof MarkAllergyInactiveRequestSchema>;

export const AddDiagnosisRequestSchema = Type.Object(
  {
    /** ICD-10-CM, with or without the dot (J18.9 or j189). */
    code: Text(10),
    description: OptionalText(300),
    isPrimary: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);
export type AddDiagnosisRequest = Static<typeof AddDiagnosisRequestSchema>;

export const AddMedicationRequestSchema = Type.Object(
  {
    name: Text(200),
    dose: OptionalText(100),
    route: OptionalText(50),
    frequency: OptionalText(100),
    startDate: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  },
  { additionalProperties: false },
);
export type AddMedicationRequest = Static<typeof AddMedicationRequestSchema>;

export const ContactParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }), contactId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export const CaregiverParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }), caregiverId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export const AllergyParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }), allergyId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export const DiagnosisParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }), diagnosisId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export const MedicationParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }), medicationId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
