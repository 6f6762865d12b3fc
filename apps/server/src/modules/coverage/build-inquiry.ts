// Turns a coverage, its patient and the organisation into the 005010X279A1 270 we send. Pure: the
// caller gives the control number, the trace id and the local date and time.
import type { EligibilityInquiry, InquiryPerson } from '@infusio/domain/x12';
import type { OrganisationIdentity } from './organisation-identity.ts';

/**
 * Service types asked on every inquiry (DOMAIN.md §2.1 ⚠️ practice: there is no home infusion
 * service type in 005010): 30 plan coverage, 1 medical care, 12 DME purchase, 18 DME rental,
 * 42 home health care, 88 pharmacy; 78 chemotherapy is added for chemotherapy admissions.
 */
export const INQUIRY_SERVICE_TYPES: readonly string[] = ['30', '1', '12', '18', '42', '88'];
export const CHEMOTHERAPY_SERVICE_TYPE = '78';

export interface InquiryPatient {
  givenName: string;
  middleName: string | null;
  familyName: string;
  birthDate: string;
  sex: string;
}

export interface InquiryCoverage {
  memberId: string;
  groupNumber: string | null;
  relationship: string;
  subscriberName: string | null;
}

export interface InquiryInput {
  coverage: InquiryCoverage;
  patient: InquiryPatient;
  payer: { name: string; id: string };
  organisation: OrganisationIdentity;
  receiverId: string;
  usage: 'T' | 'P';
  /** Therapy of the admission the check is for, when there is one. */
  therapy: string | null;
  controlNumber: number;
  /** Our reference and trace number (BHT03, TRN02): the check's id without dashes. */
  reference: string;
  /** Local date (YYYY-MM-DD) and time (HH:MM) at the patient's branch. */
  date: string;
  time: string;
}

function sexCode(sex: string): 'F' | 'M' | 'U' {
  if (sex === 'female') return 'F';
  if (sex === 'male') return 'M';
  return 'U';
}

/** "Chen, Wei" or "Wei Chen" → last and first name; undefined when it cannot tell. */
export function splitPersonName(name: string): { lastName: string; firstName: string } | undefined {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.includes(',')) {
    const [last, first] = trimmed.split(',', 2).map((part) => part.trim());
    return last && first ? { lastName: last, firstName: first } : undefined;
  }
  const parts = trimmed.split(' ');
  const last = parts.pop();
  return last && parts.length > 0 ? { lastName: last, firstName: parts.join(' ') } : undefined;
}

export function inquiryServiceTypes(therapy: string | null): string[] {
  return therapy === 'chemotherapy'
    ? [...INQUIRY_SERVICE_TYPES, CHEMOTHERAPY_SERVICE_TYPE]
    : [...INQUIRY_SERVICE_TYPES];
}

/**
 * The patient is the subscriber unless the coverage says another person holds the policy (and
 * names them): then that person is the subscriber and the patient the dependent.
 */
export function buildInquiryFor(input: InquiryInput): EligibilityInquiry {
  const { coverage, patient, organisation } = input;
  const patientPerson: InquiryPerson = {
    lastName: patient.familyName,
    firstName: patient.givenName,
    ...(patient.middleName ? { middleName: patient.middleName } : {}),
    birthDate: patient.birthDate,
    sex: sexCode(patient.sex),
  };
  const holder =
    coverage.relationship !== 'self' && coverage.subscriberName
      ? splitPersonName(coverage.subscriberName)
      : undefined;
  const subscriberIds = {
    memberId: coverage.memberId.replace(/\s+/g, ''),
    ...(coverage.groupNumber ? { groupNumber: coverage.groupNumber } : {}),
  };
  return {
    envelope: {
      sender: { qualifier: 'ZZ', id: organisation.submitterId },
      receiver: { qualifier: 'ZZ', id: input.receiverId },
      interchangeControlNumber: input.controlNumber,
      groupControlNumber: input.controlNumber,
      transactionControlNumber: input.controlNumber,
      date: input.date,
      time: input.time,
      usage: input.usage,
    },
    reference: input.reference,
    payer: { name: input.payer.name, id: input.payer.id },
    provider: { organizationName: organisation.name, npi: organisation.npi },
    subscriber: holder ? { ...holder, ...subscriberIds } : { ...patientPerson, ...subscriberIds },
    ...(holder ? { dependent: patientPerson } : {}),
    trace: { number: input.reference, originatorId: organisation.traceOriginatorId },
    serviceTypes: inquiryServiceTypes(input.therapy),
    serviceDate: input.date,
  };
}
