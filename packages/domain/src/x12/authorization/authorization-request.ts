import type { DateRange } from '../core/values.ts';
import type { EnvelopeInput } from '../core/write.ts';
import type {
  InquiryPerson,
  InquiryProvider,
  InquirySubscriber,
} from '../eligibility/build-270.ts';

/** HSD: e.g. { quantityQualifier: 'VS', quantity: 3, periodQualifier: '35', periodCount: 6 } = 3 visits a week for 6 weeks. */
export interface ServiceDeliveryInput {
  quantityQualifier: 'VS' | 'DY' | 'HS' | 'FL' | 'MN' | 'WK';
  quantity: number;
  unit?: string;
  perUnit?: number;
  /** HSD05: 7 day, 34 month, 35 week, 27 visit… */
  periodQualifier?: string;
  periodCount?: number;
  /** HSD07 delivery pattern code. */
  pattern?: string;
}

interface ServiceLineBase {
  chargeCents?: number;
  units: number;
  /** SV103/SV204: UN units (default), DA days, MJ minutes. */
  unitType?: 'UN' | 'DA' | 'MJ';
  dateRange?: string | DateRange;
  delivery?: ServiceDeliveryInput;
}

export type ServiceLineInput =
  | (ServiceLineBase & { kind: 'professional'; procedure: string; modifiers?: string[] })
  | (ServiceLineBase & {
      kind: 'institutional';
      revenueCode: string;
      procedure?: string;
      modifiers?: string[];
    });

/** A 005010X217 services review request for one patient event. */
export interface AuthorizationRequest {
  envelope: EnvelopeInput;
  reference: string;
  /** The utilization management organization (payer), NM1*X3. */
  umo: { name: string; id: string; idQualifier?: 'PI' | '46' };
  requester: InquiryProvider & { contact?: { name?: string; phone: string } };
  subscriber: InquirySubscriber;
  dependent?: InquiryPerson;
  trace: { number: string; originatorId: string };
  event: {
    requestCategory: 'HS' | 'AR' | 'SC';
    certificationType: 'I' | 'R' | 'S' | '4' | '3' | '1' | '2';
    /** UM03, e.g. 42 home health care. */
    serviceType: string;
    /** UM04 place of service (12 home), written with qualifier B. */
    placeOfService?: string;
    levelOfService?: 'E' | 'U' | '03';
    /** DTP*AAH event date or range (the therapy period). */
    dateRange: string | DateRange;
    /** ICD-10-CM codes; the first is the principal diagnosis (ABK), the rest ABF. */
    diagnoses: readonly string[];
    delivery?: ServiceDeliveryInput;
  };
  /** NM1*SJ service provider at the event level (usually us). */
  serviceProvider?: InquiryProvider;
  services: readonly ServiceLineInput[];
}
