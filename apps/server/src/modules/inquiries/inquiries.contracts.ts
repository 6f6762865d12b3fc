import { Type, type Static } from 'typebox';

export const INQUIRY_STATUSES = ['new', 'contacted', 'converted', 'closed'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export const REQUESTER_RELATIONSHIPS = ['self', 'family', 'friend', 'professional'] as const;
export type RequesterRelationship = (typeof REQUESTER_RELATIONSHIPS)[number];

/** Spoken languages offered on the form (codes as in the chart: en, zh-Hans, es; yue = Cantonese). */
export const INQUIRY_LANGUAGES = ['en', 'zh-Hans', 'yue', 'es', 'other'] as const;
export type InquiryLanguage = (typeof INQUIRY_LANGUAGES)[number];

/** Why a request for care was closed without becoming a referral. */
export const INQUIRY_CLOSE_REASONS = [
  'not-home-infusion',
  'unable-to-reach',
  'out-of-service-area',
  'chose-another-provider',
  'no-longer-needed',
  'duplicate',
  'not-a-genuine-request',
] as const;
export type InquiryCloseReason = (typeof INQUIRY_CLOSE_REASONS)[number];

/** North American number written any common way: (773) 555-0142, 773.555.0142, +1 773 555 0142. */
export const PHONE_PATTERN =
  '^\\s*(\\+?1[\\s.-]*)?\\(?[2-9]\\d{2}\\)?[\\s.-]*\\d{3}[\\s.-]*\\d{4}\\s*$';
export const POSTAL_CODE_PATTERN = '^\\d{5}(-\\d{4})?$';
const NOT_BLANK = '\\S';

/** The public form. `website` is the honeypot: people never see it, so only robots fill it. */
export const SubmitInquiryRequestSchema = Type.Object(
  {
    requesterName: Type.String({ minLength: 1, maxLength: 120, pattern: NOT_BLANK }),
    requesterRelationship: Type.Enum([...REQUESTER_RELATIONSHIPS]),
    patientName: Type.String({ minLength: 1, maxLength: 120, pattern: NOT_BLANK }),
    phone: Type.String({ maxLength: 30, pattern: PHONE_PATTERN }),
    email: Type.Optional(Type.String({ maxLength: 200, format: 'email' })),
    preferredLanguage: Type.Enum([...INQUIRY_LANGUAGES]),
    postalCode: Type.Optional(Type.String({ pattern: POSTAL_CODE_PATTERN })),
    therapyDescription: Type.String({ minLength: 1, maxLength: 1000, pattern: NOT_BLANK }),
    prescriberName: Type.Optional(Type.String({ maxLength: 120 })),
    message: Type.Optional(Type.String({ maxLength: 2000 })),
    consentToContact: Type.Literal(true, {
      description: 'The requester agrees to be called back about this request.',
    }),
    website: Type.Optional(
      Type.String({ maxLength: 500, description: 'Leave empty (anti-spam field).' }),
    ),
  },
  { additionalProperties: false },
);
export type SubmitInquiryRequest = Static<typeof SubmitInquiryRequestSchema>;

export const SubmitInquiryResponseSchema = Type.Object({
  reference: Type.String({ description: 'Quote it when calling: RC-XXXX-XXXX' }),
  receivedAt: Type.String({ format: 'date-time' }),
  nextSteps: Type.Array(Type.String()),
});
export type SubmitInquiryResponse = Static<typeof SubmitInquiryResponseSchema>;

export const InquiryEventSchema = Type.Object({
  kind: Type.Enum(['contacted', 'closed', 'converted']),
  reasonCode: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  referralId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  actorName: Type.String(),
  at: Type.String({ format: 'date-time' }),
});
export type InquiryEvent = Static<typeof InquiryEventSchema>;

export const InquirySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  reference: Type.String(),
  status: Type.Enum([...INQUIRY_STATUSES]),
  branchId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  requesterName: Type.String(),
  requesterRelationship: Type.String(),
  patientName: Type.String(),
  phone: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  preferredLanguage: Type.String(),
  postalCode: Type.Union([Type.String(), Type.Null()]),
  therapyDescription: Type.String(),
  prescriberName: Type.Union([Type.String(), Type.Null()]),
  message: Type.Union([Type.String(), Type.Null()]),
  referralId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  receivedAt: Type.String({ format: 'date-time' }),
  handledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  events: Type.Array(InquiryEventSchema),
});
export type Inquiry = Static<typeof InquirySchema>;

export const ListInquiriesQuerySchema = Type.Object(
  {
    status: Type.Optional(Type.Enum([...INQUIRY_STATUSES])),
    reference: Type.Optional(Type.String({ maxLength: 20 })),
    page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  },
  { additionalProperties: false },
);
export type ListInquiriesQuery = Static<typeof ListInquiriesQuerySchema>;

export const InquiryCountsSchema = Type.Object({
  new: Type.Integer(),
  contacted: Type.Integer(),
  converted: Type.Integer(),
  closed: Type.Integer(),
});
export type InquiryCounts = Static<typeof InquiryCountsSchema>;

export const ListInquiriesResponseSchema = Type.Object({
  items: Type.Array(InquirySchema),
  total: Type.Integer({ description: 'Inquiries matching the filter' }),
  counts: InquiryCountsSchema,
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export type ListInquiriesResponse = Static<typeof ListInquiriesResponseSchema>;

export const InquiryIdParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const ContactInquiryRequestSchema = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 2000, pattern: NOT_BLANK }) },
  { additionalProperties: false },
);
export type ContactInquiryRequest = Static<typeof ContactInquiryRequestSchema>;

export const CloseInquiryRequestSchema = Type.Object(
  {
    reasonCode: Type.Enum([...INQUIRY_CLOSE_REASONS]),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CloseInquiryRequest = Static<typeof CloseInquiryRequestSchema>;
