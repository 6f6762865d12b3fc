import { isValidIcd10CmFormat, normalizeIcd10Cm } from '../../identifiers/icd10.ts';
import { isValidNpi } from '../../identifiers/npi.ts';
import {
  CERTIFICATION_TYPE_CODES,
  LEVEL_OF_SERVICE_CODES,
  REQUEST_CATEGORY_CODES,
} from '../codes/authorization-codes.ts';
import { SERVICE_TYPE_CODES } from '../codes/service-type-codes.ts';
import type { CodeTable } from '../codes/code-table.ts';
import type { DateRange } from '../core/values.ts';
import { formatCents, formatDate8, parseDate8 } from '../core/values.ts';
import type { WriteOptions } from '../core/write.ts';
import {
  DEFAULT_SEPARATORS,
  SegmentWriter,
  X12BuildError,
  writeInterchange,
} from '../core/write.ts';
import type { InquiryProvider } from '../eligibility/build-270.ts';
import type {
  AuthorizationRequest,
  ServiceDeliveryInput,
  ServiceLineInput,
} from './authorization-request.ts';

export type {
  AuthorizationRequest,
  ServiceDeliveryInput,
  ServiceLineInput,
} from './authorization-request.ts';

function code(table: CodeTable, value: string, field: string): string {
  if (!table.byCode.has(value))
    throw new X12BuildError(field, `"${value}" is not a ${table.name.toLowerCase()} code.`);
  return value;
}

function date(value: string, field: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || parseDate8(formatDate8(value)) === null) {
    throw new X12BuildError(field, `"${value}" is not a date YYYY-MM-DD.`);
  }
  return formatDate8(value);
}

function dates(value: string | DateRange, field: string): [string, string] {
  if (typeof value === 'string') return ['D8', date(value, field)];
  const start = date(value.start, `${field}.start`);
  const end = date(value.end, `${field}.end`);
  if (end < start) throw new X12BuildError(field, 'the range ends before it starts.');
  return start === end ? ['D8', start] : ['RD8', `${start}-${end}`];
}

function quantity(value: number, field: string): string {
  if (!Number.isFinite(value) || value <= 0)
    throw new X12BuildError(field, 'must be a positive number.');
  return String(value);
}

function writeParty(
  w: SegmentWriter,
  entity: string,
  provider: InquiryProvider,
  field: string,
): void {
  if (!isValidNpi(provider.npi))
    throw new X12BuildError(`${field}.npi`, `"${provider.npi}" is not a valid NPI.`);
  if ('organizationName' in provider) {
    w.add(
      'NM1',
      [entity, '2', provider.organizationName, '', '', '', '', 'XX', provider.npi],
      field,
    );
  } else {
    w.add(
      'NM1',
      [entity, '1', provider.lastName, provider.firstName, '', '', '', 'XX', provider.npi],
      field,
    );
  }
}

function writeDelivery(
  w: SegmentWriter,
  delivery: ServiceDeliveryInput | undefined,
  field: string,
): void {
  if (delivery === undefined) return;
  w.add(
    'HSD',
    [
      delivery.quantityQualifier,
      quantity(delivery.quantity, `${field}.quantity`),
      delivery.unit ?? '',
      delivery.perUnit === undefined ? '' : quantity(delivery.perUnit, `${field}.perUnit`),
      delivery.periodQualifier ?? '',
      delivery.periodCount === undefined
        ? ''
        : quantity(delivery.periodCount, `${field}.periodCount`),
      delivery.pattern ?? '',
    ],
    field,
  );
}

function writeDiagnoses(w: SegmentWriter, diagnoses: readonly string[]): void {
  if (diagnoses.length === 0 || diagnoses.length > 12) {
    throw new X12BuildError('event.diagnoses', 'give 1 to 12 ICD-10-CM diagnoses.');
  }
  const written = diagnoses.map((value, i) => {
    if (!isValidIcd10CmFormat(value))
      throw new X12BuildError(
        `event.diagnoses[${String(i)}]`,
        `"${value}" is not an ICD-10-CM code.`,
      );
    return [i === 0 ? 'ABK' : 'ABF', normalizeIcd10Cm(value).replace('.', '')];
  });
  w.add('HI', written, 'event.diagnoses');
}

function writeServiceLine(w: SegmentWriter, line: ServiceLineInput, field: string): void {
  const charge = line.chargeCents === undefined ? '' : formatCents(line.chargeCents);
  const units = quantity(line.units, `${field}.units`);
  const modifiers = (line.modifiers ?? []).slice(0, 4);
  if (line.kind === 'professional') {
    w.add(
      'SV1',
      [['HC', line.procedure, ...modifiers], charge, line.unitType ?? 'UN', units],
      field,
    );
  } else {
    const procedure = line.procedure === undefined ? '' : ['HC', line.procedure, ...modifiers];
    w.add('SV2', [line.revenueCode, procedure, charge, line.unitType ?? 'UN', units], field);
  }
}

function writeMember(
  w: SegmentWriter,
  request: AuthorizationRequest,
  hl: { next: number },
): number {
  const { subscriber, dependent } = request;
  w.add('HL', [String(hl.next), '2', '22', '1']);
  const subscriberHl = hl.next++;
  w.add(
    'NM1',
    [
      'IL',
      '1',
      subscriber.lastName,
      subscriber.firstName,
      subscriber.middleName ?? '',
      '',
      '',
      'MI',
      subscriber.memberId,
    ],
    'subscriber',
  );
  if (subscriber.birthDate !== undefined)
    w.add(
      'DMG',
      ['D8', date(subscriber.birthDate, 'subscriber.birthDate'), subscriber.sex ?? ''],
      'subscriber',
    );
  if (dependent === undefined) return subscriberHl;
  w.add('HL', [String(hl.next), String(subscriberHl), '23', '1']);
  const dependentHl = hl.next++;
  w.add(
    'NM1',
    ['QC', '1', dependent.lastName, dependent.firstName, dependent.middleName ?? ''],
    'dependent',
  );
  if (dependent.birthDate !== undefined)
    w.add(
      'DMG',
      ['D8', date(dependent.birthDate, 'dependent.birthDate'), dependent.sex ?? ''],
      'dependent',
    );
  return dependentHl;
}

/**
 * Builds a 005010X217 278 request: UMO, requester, subscriber (and dependent), one patient event
 * (UM, DTP*AAH, HI, HSD, service provider) and one service level per line (UM, DTP*472, SV1/SV2,
 * HSD). Pure; throws X12BuildError naming the field for inputs that cannot be written.
 */
export function buildAuthorizationRequest(
  request: AuthorizationRequest,
  options: WriteOptions = {},
): string {
  const w = new SegmentWriter(options.separators ?? DEFAULT_SEPARATORS);
  const { envelope, umo, requester, event } = request;
  if (request.services.length === 0)
    throw new X12BuildError('services', 'request at least one service line.');
  w.add(
    'BHT',
    ['0007', '13', request.reference, formatDate8(envelope.date), envelope.time.replace(':', '')],
    'reference',
  );
  w.add('HL', ['1', '', '20', '1']);
  w.add('NM1', ['X3', '2', umo.name, '', '', '', '', umo.idQualifier ?? 'PI', umo.id], 'umo');
  w.add('HL', ['2', '1', '21', '1']);
  writeParty(w, '1P', requester, 'requester');
  if (requester.contact !== undefined) {
    w.add(
      'PER',
      ['IC', requester.contact.name ?? '', 'TE', requester.contact.phone],
      'requester.contact',
    );
  }
  const hl = { next: 3 };
  const patientHl = writeMember(w, request, hl);
  const eventHl = hl.next++;
  w.add('HL', [String(eventHl), String(patientHl), 'EV', '1']);
  w.add('TRN', ['1', request.trace.number, request.trace.originatorId], 'trace');
  w.add(
    'UM',
    [
      code(REQUEST_CATEGORY_CODES, event.requestCategory, 'event.requestCategory'),
      code(CERTIFICATION_TYPE_CODES, event.certificationType, 'event.certificationType'),
      code(SERVICE_TYPE_CODES, event.serviceType, 'event.serviceType'),
      event.placeOfService === undefined ? '' : [event.placeOfService, 'B'],
      '',
      event.levelOfService === undefined
        ? ''
        : code(LEVEL_OF_SERVICE_CODES, event.levelOfService, 'event.levelOfService'),
    ],
    'event',
  );
  w.add('DTP', ['AAH', ...dates(event.dateRange, 'event.dateRange')], 'event.dateRange');
  writeDiagnoses(w, event.diagnoses);
  writeDelivery(w, event.delivery, 'event.delivery');
  if (request.serviceProvider !== undefined)
    writeParty(w, 'SJ', request.serviceProvider, 'serviceProvider');
  request.services.forEach((line, i) => {
    const field = `services[${String(i)}]`;
    w.add('HL', [String(hl.next++), String(eventHl), 'SS', '0']);
    w.add('UM', ['HS', event.certificationType], field);
    if (line.dateRange !== undefined)
      w.add('DTP', ['472', ...dates(line.dateRange, `${field}.dateRange`)], field);
    writeServiceLine(w, line, field);
    writeDelivery(w, line.delivery, `${field}.delivery`);
  });
  return writeInterchange(
    envelope,
    { type: '278', functionalId: 'HI', implementation: '005010X217' },
    w,
    options,
  );
}
