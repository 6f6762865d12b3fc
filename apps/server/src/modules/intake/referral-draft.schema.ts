// The TypeBox schema of the canonical referral (packages/domain/src/intake/referral-draft.ts): the
// console form posts it, the FHIR mapping produces it. Shapes and formats are checked here; the
// checks that need code (NPI check digit, ICD-10-CM, dates in range) are in validate-referral.ts.
import { Type, type Static } from 'typebox';
import { StringEnum } from '../../platform/http/schema-helpers.ts';
import { US_STATE_CODES } from '@infusio/domain/identifiers';
import type { ReferralDraft } from '@infusio/domain/intake';

const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

export const THERAPY_TYPES = [
  'anti-infective',
  'ivig',
  'scig',
  'chemotherapy',
  'parenteral-nutrition',
  'hydration',
  'inotrope',
  'pain-management',
  'pulmonary-hypertension',
  'biologic',
  'other',
] as const;

export const ReferralPatientSchema = Type.Object(
  {
    givenName: Text(100),
    middleName: Type.Optional(Text(100, 0)),
    familyName: Text(100),
    birthDate: IsoDate,
    sex: StringEnum(['female', 'male', 'other', 'unknown'] as const),
    address: Type.Object(
      {
        line1: Text(200),
        line2: Type.Optional(Text(200, 0)),
        city: Text(100),
        state: StringEnum(US_STATE_CODES),
        postalCode: Type.String({ pattern: '^[0-9]{5}(-[0-9]{4})?$', description: 'ZIP or ZIP+4' }),
      },
      { additionalProperties: false },
    ),
    phones: Type.Array(
      Type.Object(
        { use: StringEnum(['mobile', 'home', 'work'] as const), number: Text(30, 7) },
        { additionalProperties: false },
      ),
      { maxItems: 5 },
    ),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
    preferredLanguage: Type.String({
      pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
      maxLength: 20,
      description: 'BCP 47 tag',
    }),
    interpreterNeeded: Type.Boolean(),
    weightKg: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 400 })),
    heightCm: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 260 })),
  },
  { additionalProperties: false },
);

export const ReferralCoverageSchema = Type.Object(
  {
    order: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3)]),
    payerName: Text(200),
    payerId: Type.Optional(Text(50)),
    planName: Type.Optional(Text(200)),
    memberId: Text(50),
    groupNumber: Type.Optional(Text(50)),
    subscriberName: Type.Optional(Text(200)),
    relationship: StringEnum(['self', 'spouse', 'child', 'other'] as const),
  },
  { additionalProperties: false },
);

export const ReferralPrescriptionSchema = Type.Object(
  {
    drugName: Text(200),
    rxnormCode: Type.Optional(Type.String({ pattern: '^[0-9]{1,10}$' })),
    ndc: Type.Optional(Type.String({ pattern: '^[0-9]{11}$', description: '11-digit NDC' })),
    doseValue: Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000 }),
    doseUnit: Text(30),
    route: StringEnum(['IV', 'SC', 'IM', 'intrathecal', 'other'] as const),
    frequency: Text(60),
    durationDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
    accessDevice: Type.Optional(
      StringEnum(['PIV', 'midline', 'PICC', 'tunneled-CVC', 'port', 'none'] as const),
    ),
    administrationMethod: Type.Optional(
      StringEnum(['electronic-pump', 'elastomeric-pump', 'gravity', 'iv-push'] as const),
    ),
    startDate: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

export const ReferralDraftSchema = Type.Object(
  {
    channel: StringEnum(['console', 'fhir', 'document', 'inquiry'] as const),
    urgency: StringEnum(['urgent', 'standard'] as const),
    sourceName: Type.Optional(Text(200)),
    sourceReference: Type.Optional(Text(200)),
    therapy: StringEnum(THERAPY_TYPES),
    patient: ReferralPatientSchema,
    coverages: Type.Array(ReferralCoverageSchema, { maxItems: 3 }),
    prescription: ReferralPrescriptionSchema,
    diagnoses: Type.Array(
      Type.Object(
        {
          code: Type.String({
            pattern: '^[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?$',
            description: 'ICD-10-CM',
          }),
          description: Type.Optional(Text(300)),
          isPrimary: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
      { maxItems: 25 },
    ),
    allergies: Type.Array(
      Type.Object(
        {
          substance: Text(200),
          reaction: Type.Optional(Text(300)),
          severity: Type.Optional(StringEnum(['mild', 'moderate', 'severe'] as const)),
        },
        { additionalProperties: false },
      ),
      { maxItems: 50 },
    ),
    medicalHistory: Type.Optional(Type.String({ maxLength: 20_000 })),
    physicianInstructions: Type.Optional(Type.String({ maxLength: 20_000 })),
    prescriber: Type.Object(
      {
        npi: Type.String({
          pattern: '^[0-9]{10}$',
          description: '10-digit NPI (check digit verified)',
        }),
        givenName: Text(100),
        familyName: Text(100),
        practiceName: Type.Optional(Text(200)),
        phone: Type.Optional(Text(30, 7)),
        fax: Type.Optional(Text(30, 7)),
      },
      { additionalProperties: false },
    ),
    clinical: Type.Object(
      {
        cultureOrIndication: Type.Optional(Text(500)),
        regimen: Type.Optional(Text(200)),
        pumpOrdered: Type.Optional(Text(200)),
        labs: Type.Optional(
          Type.Array(
            Type.Object(
              { name: Text(100), value: Text(100), date: IsoDate },
              { additionalProperties: false },
            ),
            { maxItems: 50 },
          ),
        ),
        tipPlacementConfirmed: Type.Optional(Type.Boolean()),
        dischargePending: Type.Optional(Type.Boolean()),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export type ReferralDraftInput = Static<typeof ReferralDraftSchema>;

// Whatever the schema accepts is a ReferralDraft (the type check fails here if the two drift).
export function asReferralDraft(input: ReferralDraftInput): ReferralDraft {
  return input;
}
