import type {
  AuthorizationReview,
  PatientEvent,
  ServiceReview,
} from '../authorization/authorization-types.ts';
import type { QualifiedDate } from '../core/party.ts';
import type { DateRange } from '../core/values.ts';
import { formatCents, formatDate8 } from '../core/values.ts';
import type { ElementValue } from '../core/write.ts';
import { DEFAULT_SEPARATORS, SegmentWriter, writeInterchange } from '../core/write.ts';
import { read278 } from '../read-x12.ts';
import type { AuthorizationAction } from './member-profiles.ts';
import { AUTHORIZATION_PROFILES, REVIEW_PROCEDURE_CODES } from './member-profiles.ts';
import { hashText, responseEnvelope, writeParty } from './response-envelope.ts';

const CERTIFYING: readonly AuthorizationAction[] = ['A1', 'A2', 'A6'];

/** The decision for a request: pended when a line needs review, else by member id prefix, else A1. */
export function decideAuthorization(review: AuthorizationReview): AuthorizationAction {
  const memberId = (review.subscriber?.id ?? '').toUpperCase();
  const byMember = AUTHORIZATION_PROFILES.find((p) => memberId.startsWith(p.prefix))?.action;
  const needsReview = review.events.some((e) =>
    e.services.some((s) => REVIEW_PROCEDURE_CODES.includes(s.line?.procedure?.code ?? '')),
  );
  if (byMember === 'A3') return 'A3';
  if (needsReview) return 'A4';
  return byMember ?? 'A1';
}

function certificationNumber(review: AuthorizationReview, event: PatientEvent): string {
  const seed = `${event.traces[0]?.number ?? ''}|${review.subscriber?.id ?? ''}|${review.reference ?? ''}`;
  return `SIM${hashText(seed).toString(36).toUpperCase().padStart(7, '0')}`;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function approvedRange(range: DateRange, action: AuthorizationAction): DateRange {
  if (action !== 'A6') return range;
  const cut = addDays(range.start, 29);
  return { start: range.start, end: cut < range.end ? cut : range.end };
}

function approvedUnits(units: number, action: AuthorizationAction): number {
  if (action === 'A2') return Math.max(1, Math.floor(units / 2));
  if (action === 'A6') return Math.max(1, Math.floor(units * 0.75));
  return units;
}

function rangeOf(dates: readonly QualifiedDate[], qualifiers: readonly string[]): DateRange | null {
  const found = qualifiers
    .map((q) => dates.find((d) => d.qualifier === q))
    .find((d) => d !== undefined);
  return found === undefined ? null : { start: found.start, end: found.end };
}

function writeRange(w: SegmentWriter, qualifier: string, range: DateRange): void {
  const start = formatDate8(range.start);
  const end = formatDate8(range.end);
  w.add('DTP', start === end ? [qualifier, 'D8', start] : [qualifier, 'RD8', `${start}-${end}`]);
}

function writeUm(w: SegmentWriter, level: ServiceReview): void {
  const request = level.request;
  if (request === null) return;
  const facility =
    request.facility === null ? '' : [request.facility.code, request.facility.qualifier ?? ''];
  w.add('UM', [
    request.category,
    request.certificationType,
    request.serviceType ?? '',
    facility,
    '',
    request.levelOfService ?? '',
  ]);
}

function writeDecision(w: SegmentWriter, action: AuthorizationAction, cert: string): void {
  w.add('HCR', [action, CERTIFYING.includes(action) ? cert : '']);
  if (action === 'A4') w.add('REF', ['NT', cert]);
}

function writeService(
  w: SegmentWriter,
  service: ServiceReview,
  action: AuthorizationAction,
  cert: string,
): void {
  writeUm(w, service);
  writeDecision(w, action, cert);
  const range = rangeOf(service.dates, ['472']);
  if (range !== null)
    writeRange(w, '472', CERTIFYING.includes(action) ? approvedRange(range, action) : range);
  const line = service.line;
  if (line === null) return;
  const units =
    line.units === null
      ? ''
      : String(CERTIFYING.includes(action) ? approvedUnits(line.units, action) : line.units);
  const procedure: ElementValue =
    line.procedure === null
      ? ''
      : [line.procedure.qualifier, line.procedure.code, ...line.procedure.modifiers];
  const charge = line.chargeCents === null ? '' : formatCents(line.chargeCents);
  if (line.kind === 'professional') w.add('SV1', [procedure, charge, line.unitType ?? '', units]);
  else w.add('SV2', [line.revenueCode ?? '', procedure, charge, line.unitType ?? '', units]);
}

function writeEvent(
  w: SegmentWriter,
  review: AuthorizationReview,
  event: PatientEvent,
  parentHl: number,
  hl: { next: number },
): void {
  const action = decideAuthorization(review);
  const cert = certificationNumber(review, event);
  const eventHl = hl.next++;
  w.add('HL', [String(eventHl), String(parentHl), 'EV', event.services.length > 0 ? '1' : '0']);
  for (const trace of event.traces) w.add('TRN', ['2', trace.number, trace.originatorId ?? '']);
  writeUm(w, { ...event, line: null });
  writeDecision(w, action, cert);
  const range = rangeOf(event.dates, ['AAH', '435']);
  if (range !== null)
    writeRange(w, 'AAH', CERTIFYING.includes(action) ? approvedRange(range, action) : range);
  if (event.diagnoses.length > 0)
    w.add(
      'HI',
      event.diagnoses.map((d) => [d.qualifier, d.code]),
    );
  if (action === 'A3')
    w.add('MSG', [
      'NOT CERTIFIED - SEND CLINICAL NOTES FOR RECONSIDERATION OR REQUEST A PEER-TO-PEER REVIEW',
    ]);
  if (action === 'CT') w.add('MSG', ['CALL UTILIZATION MANAGEMENT TO COMPLETE THIS REQUEST']);
  for (const service of event.services) {
    w.add('HL', [String(hl.next++), String(eventHl), 'SS', '0']);
    writeService(w, service, action, cert);
  }
}

/**
 * The payer simulator for prior authorization: answers a 278 request with a 278 response,
 * deterministically (see AUTHORIZATION_PROFILES and REVIEW_PROCEDURE_CODES). Certified answers
 * carry a certification number derived from the trace number and member id.
 */
export function simulateAuthorizationResponse(x278: string): string {
  const { reviews } = read278(x278);
  const review = reviews[0];
  if (review?.direction !== 'request') throw new Error('A 278 request was expected.');
  const w = new SegmentWriter(DEFAULT_SEPARATORS);
  w.add('BHT', [
    '0007',
    '11',
    review.reference ?? '',
    formatDate8(review.transaction.date ?? '2000-01-01'),
    (review.transaction.time ?? '00:00').replace(':', ''),
  ]);
  w.add('HL', ['1', '', '20', '1']);
  if (review.umo !== null) writeParty(w, review.umo);
  w.add('HL', ['2', '1', '21', '1']);
  if (review.requester !== null) writeParty(w, review.requester);
  w.add('HL', ['3', '2', '22', '1']);
  if (review.subscriber !== null) writeParty(w, review.subscriber);
  const hl = { next: 4 };
  let parent = 3;
  if (review.dependent !== null) {
    parent = hl.next++;
    w.add('HL', [String(parent), '3', '23', '1']);
    writeParty(w, review.dependent);
  }
  for (const event of review.events) writeEvent(w, review, event, parent, hl);
  return writeInterchange(
    responseEnvelope(review.transaction),
    { type: '278', functionalId: 'HI', implementation: '005010X217' },
    w,
  );
}
