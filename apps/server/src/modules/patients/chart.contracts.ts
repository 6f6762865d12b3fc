// The chart as one document (GET /api/patients/:id/chart) and its history
// (GET /api/patients/:id/history). A section the caller may not see is absent, not empty: the
// `sections` list says which were sent, `can` says which commands the caller may use.
import { Type, type Static } from 'typebox';
import { PatientDetailSchema } from './patients.contracts.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Text = Type.String();
const Id = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });
const IsoDate = Type.String({ format: 'date' });

export const ChartSectionSchema = Type.Enum([
  'demographics',
  'contacts',
  'caregivers',
  'allergies',
  'diagnoses',
  'medications',
  'coverages',
  'documents',
  'admissions',
]);

export const ContactSchema = Type.Object({
  id: Id,
  name: Text,
  relationship: Text,
  phone: Nullable(Text),
  email: Nullable(Text),
  isEmergencyContact: Type.Boolean(),
  isLegalRepresentative: Type.Boolean(),
  createdAt: Instant,
});
export type Contact = Static<typeof ContactSchema>;

export const CaregiverSchema = Type.Object({
  /** Null for a portal caregiver whose access predates a caregiver record (add one to edit). */
  id: Nullable(Id),
  name: Text,
  relationship: Text,
  phone: Nullable(Text),
  email: Nullable(Text),
  permissions: Type.Array(Text),
  active: Type.Boolean(),
  /** The caregiver's own sign-in, when she has one. */
  portalAccount: Type.Union([Type.Object({ username: Text }), Type.Null()]),
});
export type Caregiver = Static<typeof CaregiverSchema>;

export const AllergySchema = Type.Object({
  id: Id,
  substance: Text,
  /** The 'no known drug allergies' entry. */
  isNkda: Type.Boolean(),
  reaction: Nullable(Text),
  severity: Nullable(Text),
  /** active, inactive, entered-in-error. */
  status: Text,
  recordedAt: Instant,
});
export type Allergy = Static<typeof AllergySchema>;

export const DiagnosisSchema = Type.Object({
  id: Id,
  /** ICD-10-CM with its dot (J18.9). */
  code: Text,
  description: Nullable(Text),
  isPrimary: Type.Boolean(),
  /** active, resolved. */
  status: Text,
  recordedAt: Instant,
});
export type Diagnosis = Static<typeof DiagnosisSchema>;

export const MedicationSchema = Type.Object({
  id: Id,
  name: Text,
  dose: Nullable(Text),
  route: Nullable(Text),
  frequency: Nullable(Text),
  startDate: Nullable(IsoDate),
  endDate: Nullable(IsoDate),
  /** infusion (ordered by a referral), home (the patient's own medicines). */
  kind: Text,
  /** active, stopped. */
  status: Text,
  recordedAt: Instant,
});
export type Medication = Static<typeof MedicationSchema>;

export const CoverageSummarySchema = Type.Object({
  id: Id,
  /** 1 primary, 2 secondary, 3 tertiary. */
  coverageOrder: Type.Integer(),
  payerName: Text,
  planName: Nullable(Text),
  /** The last four characters of the member id; the coverage module shows the rest. */
  memberIdLast4: Text,
  /** unverified, active, inactive. */
  status: Text,
  verifiedAt: Nullable(Instant),
});
export type CoverageSummary = Static<typeof CoverageSummarySchema>;

export const DocumentSummarySchema = Type.Object({
  id: Id,
  kind: Text,
  fileName: Text,
  mediaType: Text,
  sizeBytes: Type.Integer(),
  scanStatus: Text,
  uploadedAt: Instant,
});
export type DocumentSummary = Static<typeof DocumentSummarySchema>;

export const AdmissionEventSchema = Type.Object({
  id: Id,
  kind: Text,
  fromStage: Nullable(Text),
  toStage: Nullable(Text),
  fromStatus: Nullable(Text),
  toStatus: Nullable(Text),
  reasonCode: Nullable(Text),
  actorName: Nullable(Text),
  at: Instant,
});

export const AdmissionSummarySchema = Type.Object({
  id: Id,
  stage: Text,
  status: Text,
  statusReasonCode: Nullable(Text),
  /** Absent for a caregiver without view-clinical. */
  therapy: Type.Optional(Text),
  drugName: Type.Optional(Text),
  receivedAt: Instant,
  expectedStartDate: Nullable(IsoDate),
  startOfCareAt: Nullable(Instant),
  closedAt: Nullable(Instant),
  /** Stage and status changes, newest first (the last 50). */
  events: Type.Array(AdmissionEventSchema),
});
export type AdmissionSummary = Static<typeof AdmissionSummarySchema>;

export const ChartCapabilitiesSchema = Type.Object({
  editDemographics: Type.Boolean(),
  editContacts: Type.Boolean(),
  editCaregivers: Type.Boolean(),
  editClinical: Type.Boolean(),
});
export type ChartCapabilities = Static<typeof ChartCapabilitiesSchema>;

export const ChartResponseSchema = Type.Object({
  patient: PatientDetailSchema,
  sections: Type.Array(ChartSectionSchema),
  can: ChartCapabilitiesSchema,
  contacts: Type.Optional(Type.Array(ContactSchema)),
  caregivers: Type.Optional(Type.Array(CaregiverSchema)),
  allergies: Type.Optional(Type.Array(AllergySchema)),
  diagnoses: Type.Optional(Type.Array(DiagnosisSchema)),
  medications: Type.Optional(Type.Array(MedicationSchema)),
  coverages: Type.Optional(Type.Array(CoverageSummarySchema)),
  documents: Type.Optional(Type.Array(DocumentSummarySchema)),
  admissions: Type.Optional(Type.Array(AdmissionSummarySchema)),
});
export type ChartResponse = Static<typeof ChartResponseSchema>;

export const ChartHistoryQuerySchema = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
  },
  { additionalProperties: false },
);
export type ChartHistoryQuery = Static<typeof ChartHistoryQuerySchema>;

export const ChartChangeSchema = Type.Object({
  id: Id,
  /** patient, contact, caregiver, allergy, diagnosis, medication, coverage, admission, referral, document. */
  entity: Text,
  entityId: Id,
  /** created, updated, removed. */
  change: Text,
  field: Nullable(Text),
  oldValue: Nullable(Text),
  newValue: Nullable(Text),
  actorName: Nullable(Text),
  at: Instant,
});
export type ChartChange = Static<typeof ChartChangeSchema>;

export const ChartHistoryResponseSchema = Type.Object({
  items: Type.Array(ChartChangeSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export type ChartHistoryResponse = Static<typeof ChartHistoryResponseSchema>;
