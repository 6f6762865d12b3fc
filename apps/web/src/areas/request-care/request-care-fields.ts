// The public form's fields and their checks in the browser. The server checks the same rules
// (inquiries.contracts.ts; a test keeps the two patterns equal); checking here first matters
// because each address may send only a few requests an hour.
import type {
  InquiryLanguage,
  RequesterRelationship,
  SubmitInquiryRequest,
} from '@server/modules/inquiries/inquiries.contracts.ts';

export const PHONE_PATTERN =
  '^\\s*(\\+?1[\\s.-]*)?\\(?[2-9]\\d{2}\\)?[\\s.-]*\\d{3}[\\s.-]*\\d{4}\\s*$';
export const POSTAL_CODE_PATTERN = '^\\d{5}(-\\d{4})?$';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const RELATIONSHIPS = [
  'self',
  'family',
  'friend',
  'professional',
] as const satisfies readonly RequesterRelationship[];
export const LANGUAGES = [
  'en',
  'zh-Hans',
  'yue',
  'es',
  'other',
] as const satisfies readonly InquiryLanguage[];

/** The most characters each text field takes (the server's maxLength). */
export const MAX_LENGTH = {
  requesterName: 120,
  patientName: 120,
  phone: 30,
  email: 200,
  therapyDescription: 1000,
  prescriberName: 120,
  message: 2000,
} as const;

export interface RequestCareValues {
  requesterName: string;
  requesterRelationship: RequesterRelationship;
  patientName: string;
  phone: string;
  email: string;
  preferredLanguage: InquiryLanguage;
  postalCode: string;
  therapyDescription: string;
  prescriberName: string;
  message: string;
  consentToContact: boolean;
  /** The honeypot: stays empty for people. */
  website: string;
}

export type FieldName = keyof RequestCareValues;
/** A field's problem as a code the page translates (requestCare.problems.<code>). */
export type FieldProblems = Partial<Record<FieldName, string>>;

export function emptyValues(uiLanguage: string): RequestCareValues {
  return {
    requesterName: '',
    requesterRelationship: 'family',
    patientName: '',
    phone: '',
    email: '',
    preferredLanguage: uiLanguage === 'zh-CN' ? 'zh-Hans' : 'en',
    postalCode: '',
    therapyDescription: '',
    prescriberName: '',
    message: '',
    consentToContact: false,
    website: '',
  };
}

/** Problems found before sending, by field; empty when the form may be sent. */
export function checkValues(values: RequestCareValues): FieldProblems {
  const problems: FieldProblems = {};
  const blank = (value: string) => value.trim() === '';
  if (blank(values.requesterName)) problems.requesterName = 'required';
  if (values.requesterRelationship !== 'self' && blank(values.patientName))
    problems.patientName = 'required';
  if (blank(values.phone)) problems.phone = 'required';
  else if (!new RegExp(PHONE_PATTERN).test(values.phone)) problems.phone = 'phone';
  if (!blank(values.email) && !EMAIL.test(values.email.trim())) problems.email = 'email';
  if (!blank(values.postalCode) && !new RegExp(POSTAL_CODE_PATTERN).test(values.postalCode.trim()))
    problems.postalCode = 'postalCode';
  if (blank(values.therapyDescription)) problems.therapyDescription = 'required';
  if (!values.consentToContact) problems.consentToContact = 'consent';
  for (const [field, max] of Object.entries(MAX_LENGTH) as [keyof typeof MAX_LENGTH, number][])
    if (values[field].length > max) problems[field] = 'tooLong';
  return problems;
}

/** The request as the API takes it: optional fields left out when empty. */
export function toRequest(values: RequestCareValues): SubmitInquiryRequest {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const request: SubmitInquiryRequest = {
    requesterName: values.requesterName.trim(),
    requesterRelationship: values.requesterRelationship,
    patientName:
      values.requesterRelationship === 'self'
        ? values.requesterName.trim()
        : values.patientName.trim(),
    phone: values.phone.trim(),
    preferredLanguage: values.preferredLanguage,
    therapyDescription: values.therapyDescription.trim(),
    consentToContact: true,
  };
  const email = optional(values.email);
  const postalCode = optional(values.postalCode);
  const prescriberName = optional(values.prescriberName);
  const message = optional(values.message);
  const website = optional(values.website);
  return {
    ...request,
    ...(email === undefined ? {} : { email }),
    ...(postalCode === undefined ? {} : { postalCode }),
    ...(prescriberName === undefined ? {} : { prescriberName }),
    ...(message === undefined ? {} : { message }),
    ...(website === undefined ? {} : { website }),
  };
}

/** The server's field problems (JSON pointers and AJV codes) in the page's codes. */
export function problemsFromServer(
  fields: readonly { field: string; code: string }[],
): FieldProblems {
  const problems: FieldProblems = {};
  for (const { field, code } of fields) {
    const name = field.replace(/^\//, '') as FieldName;
    if (name === 'website' || !(name in emptyValues('en'))) continue;
    problems[name] =
      code === 'maxLength'
        ? 'tooLong'
        : name === 'phone' && code === 'pattern'
          ? 'phone'
          : name === 'email'
            ? 'email'
            : name === 'postalCode'
              ? 'postalCode'
              : name === 'consentToContact'
                ? 'consent'
                : 'required';
  }
  return problems;
}
