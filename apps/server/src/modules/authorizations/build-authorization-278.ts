// One authorization as a 005010X217 278 request: the organisation as requester and service
// provider, the payer as UMO, the member, one patient event for the service line's dates and one
// service level with the procedure code and units. Pure; X12BuildError names the field it refused.
import type { SourcedRow } from '@infusio/domain/coverage';
import {
  buildAuthorizationRequest,
  type InquiryPerson,
  type InquirySubscriber,
  type ServiceLineInput,
} from '@infusio/domain/x12';
import type { ReviewLevel, ServiceLine, UnitType } from './authorization-vocabulary.ts';

export interface ServiceTypeRow extends SourcedRow {
  serviceLine: ServiceLine;
  /** UM03 service type code. */
  serviceType: string;
}

const SERVICE_TYPE_SOURCE =
  'DOMAIN.md §2.1/§2.2 service type codes (UM03 uses the 271 EB03 list); home infusion has no own code, so each part maps as the coverage module maps its cost sharing (⚠️ practice)';

/** UM03 for each service line (1 medical care, 42 home health care, 18 DME rental, 12 DME purchase). */
export const SERVICE_TYPE_OF_LINE: readonly ServiceTypeRow[] = (
  [
    ['drug', '1'],
    ['nursing', '42'],
    ['per-diem', '42'],
    ['pump-rental', '18'],
    ['supplies', '12'],
  ] as const
).map(([serviceLine, serviceType]) => ({
  serviceLine,
  serviceType,
  source: SERVICE_TYPE_SOURCE,
  mark: 'secondary',
  effectiveFrom: '2012-01-01',
  effectiveTo: null,
}));

export function serviceTypeOf(line: ServiceLine): string {
  return SERVICE_TYPE_OF_LINE.find((row) => row.serviceLine === line)?.serviceType ?? '42';
}

/** UM06: urgent requests are asked as urgent (U), standard ones as elective (E) — DOMAIN.md §2.2. */
const LEVEL_OF_SERVICE: Readonly<Record<ReviewLevel, 'U' | 'E'>> = { urgent: 'U', standard: 'E' };

export interface Organisation {
  name: string;
  npi: string;
  /** TRN03: '1' followed by the EIN, 10 characters. */
  originatorId: string;
  /** ISA06/GS02 sender id agreed with the clearinghouse. */
  submitterId: string;
  phone: string | null;
}

export interface Authorization278Input {
  authorization: {
    serviceLine: ServiceLine;
    procedureCode: string;
    modifier: string | null;
    unitsRequested: number;
    unitType: UnitType;
    startDate: string;
    endDate: string;
    level: ReviewLevel;
  };
  /** UM02: I initial, R renewal, 1/2 appeal (immediate/standard). */
  certificationType: 'I' | 'R' | '1' | '2';
  organisation: Organisation;
  payer: { name: string; id: string };
  subscriber: InquirySubscriber;
  dependent?: InquiryPerson;
  diagnoses: readonly string[];
  traceNumber: string;
  controlNumber: number;
  at: Date;
  /** ISA08 (the clearinghouse's id) and ISA15 (T test, P production). */
  clearinghouse: { receiverId: string; usage: 'T' | 'P' };
}

export function buildAuthorization278(input: Authorization278Input): string {
  const { authorization: auth, organisation } = input;
  const dateRange = { start: auth.startDate, end: auth.endDate };
  const line: ServiceLineInput = {
    kind: 'professional',
    procedure: auth.procedureCode,
    ...(auth.modifier ? { modifiers: [auth.modifier] } : {}),
    units: auth.unitsRequested,
    unitType: auth.unitType === 'days' ? 'DA' : 'UN',
    dateRange,
    ...(auth.unitType === 'visits'
      ? { delivery: { quantityQualifier: 'VS' as const, quantity: auth.unitsRequested } }
      : {}),
  };
  const iso = input.at.toISOString();
  const provider = { organizationName: organisation.name, npi: organisation.npi };
  return buildAuthorizationRequest({
    envelope: {
      sender: { qualifier: 'ZZ', id: organisation.submitterId },
      receiver: { qualifier: 'ZZ', id: input.clearinghouse.receiverId },
      interchangeControlNumber: input.controlNumber,
      groupControlNumber: input.controlNumber,
      transactionControlNumber: input.controlNumber,
      date: iso.slice(0, 10),
      time: iso.slice(11, 16),
      usage: input.clearinghouse.usage,
    },
    reference: input.traceNumber,
    umo: { name: input.payer.name, id: input.payer.id },
    requester: {
      ...provider,
      ...(organisation.phone ? { contact: { phone: organisation.phone } } : {}),
    },
    subscriber: input.subscriber,
    ...(input.dependent ? { dependent: input.dependent } : {}),
    trace: { number: input.traceNumber, originatorId: organisation.originatorId },
    event: {
      requestCategory: 'HS',
      certificationType: input.certificationType,
      serviceType: serviceTypeOf(auth.serviceLine),
      placeOfService: '12',
      levelOfService: LEVEL_OF_SERVICE[auth.level],
      dateRange,
      diagnoses: input.diagnoses,
    },
    serviceProvider: provider,
    services: [line],
  });
}
