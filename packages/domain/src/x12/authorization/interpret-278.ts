import { TRANSACTION_CODES } from '../codes/transaction-codes.ts';
import type { TransactionContext } from '../core/envelope.ts';
import type { HlNode } from '../core/hierarchy.ts';
import { buildHlTree, walkHl } from '../core/hierarchy.ts';
import type { QualifiedDate, X12Party } from '../core/party.ts';
import { readAddressSegment, readDemographics, readParty, readReference } from '../core/party.ts';
import type { X12Problem } from '../core/problems.ts';
import type { Rejection, RejectionLevel } from '../core/rejection.ts';
import { readRejection } from '../core/rejection.ts';
import { problemAt } from '../core/segment.ts';
import { readBeginning, readTransactionInfo } from '../core/transaction-info.ts';
import type { DateRange } from '../core/values.ts';
import type { EligibilityMember } from '../eligibility/eligibility-types.ts';
import type {
  ApprovedServices,
  AuthorizationReview,
  PatientEvent,
  ServiceReview,
} from './authorization-types.ts';
import { readReviewLevel } from './read-review-level.ts';

const HIERARCHY = TRANSACTION_CODES.byCode.get('278')?.hierarchy ?? {};
const LEVELS: Readonly<Record<string, RejectionLevel>> = {
  '20': 'payer',
  '21': 'provider',
  '22': 'subscriber',
  '23': 'dependent',
};
const CERTIFYING = new Set(['certified', 'partially-certified', 'modified']);

interface PartyLevel {
  party: X12Party | null;
  member: EligibilityMember | null;
  rejections: Rejection[];
}

function readPartyLevel(node: HlNode, problems: X12Problem[]): PartyLevel {
  const level = LEVELS[node.level] ?? 'payer';
  const result: PartyLevel = { party: null, member: null, rejections: [] };
  for (const segment of node.segments) {
    if (segment.id === 'NM1' && result.party === null) {
      result.party = readParty(segment);
      result.member = {
        ...result.party,
        birthDate: null,
        sex: null,
        address: null,
        references: [],
      };
    } else if (segment.id === 'AAA') {
      result.rejections.push(readRejection(segment, level, problems));
    } else if (segment.id === 'DMG' && result.member !== null) {
      Object.assign(result.member, readDemographics(segment, problems));
    } else if ((segment.id === 'N3' || segment.id === 'N4') && result.member !== null) {
      result.member.address = readAddressSegment(segment, result.member.address);
    } else if (segment.id === 'REF') {
      result.member?.references.push(readReference(segment));
    }
  }
  if (result.party === null) {
    problems.push(
      problemAt(
        node.hl,
        null,
        'error',
        'MISSING_SEGMENT',
        `HL ${node.id} (level ${node.level}) has no NM1 name segment.`,
      ),
    );
  }
  return result;
}

function dateOf(dates: readonly QualifiedDate[], qualifier: string): QualifiedDate | undefined {
  return dates.find((d) => d.qualifier === qualifier);
}

/** Certification effective (007) to expiration (036), else the event (AAH), service (472) or admission (435) date. */
function approvedRange(dates: readonly QualifiedDate[]): DateRange | null {
  const effective = dateOf(dates, '007');
  const expiration = dateOf(dates, '036');
  if (effective !== undefined && expiration !== undefined) {
    return { start: effective.start, end: expiration.end };
  }
  const found = dateOf(dates, 'AAH') ?? dateOf(dates, '472') ?? dateOf(dates, '435') ?? effective;
  return found === undefined ? null : { start: found.start, end: found.end };
}

function approvedOf(level: ServiceReview, isResponse: boolean): ApprovedServices | null {
  if (!isResponse || level.decision === null || !CERTIFYING.has(level.decision.outcome))
    return null;
  const delivery = level.deliveries[0];
  const fromLine = level.line?.units ?? null;
  return {
    units: fromLine ?? delivery?.quantity ?? null,
    unitType:
      fromLine !== null ? (level.line?.unitType ?? null) : (delivery?.quantityQualifier ?? null),
    dateRange: approvedRange(level.dates),
  };
}

function checkEvent(
  event: PatientEvent,
  node: HlNode,
  isResponse: boolean,
  problems: X12Problem[],
): void {
  if (event.request === null && event.rejections.length === 0) {
    problems.push(
      problemAt(
        node.hl,
        null,
        isResponse ? 'warning' : 'error',
        'MISSING_SEGMENT',
        `The patient event level (HL ${node.id}) has no UM segment saying what is reviewed.`,
      ),
    );
  }
  if (isResponse && event.decision === null && event.rejections.length === 0) {
    problems.push(
      problemAt(
        node.hl,
        null,
        'warning',
        'MISSING_SEGMENT',
        `The patient event level (HL ${node.id}) of a response has neither a decision (HCR) nor a rejection (AAA).`,
      ),
    );
  }
}

function readEvent(node: HlNode, isResponse: boolean, problems: X12Problem[]): PatientEvent {
  const { line: _line, ...event } = readReviewLevel(
    node.hl,
    node.segments,
    'patient-event',
    problems,
  );
  checkEvent(event, node, isResponse, problems);
  event.approved = approvedOf({ ...event, line: null }, isResponse);
  for (const child of node.children) {
    const {
      diagnoses: _d,
      services: _s,
      ...service
    } = readReviewLevel(child.hl, child.segments, 'service', problems);
    service.approved = approvedOf(service, isResponse);
    event.services.push(service);
  }
  return event;
}

/** Reads one 278 transaction set (request or response); problems are appended. */
export function interpretAuthorization(
  context: TransactionContext,
  problems: X12Problem[],
): AuthorizationReview {
  const tree = buildHlTree(context.transaction.body, HIERARCHY, problems);
  const beginning = readBeginning(
    tree.header,
    context,
    { structure: '0007', purposes: ['13', '11'] },
    problems,
  );
  const isResponse = beginning?.purpose === '11';
  const review: AuthorizationReview = {
    transaction: readTransactionInfo(context),
    direction: isResponse ? 'response' : 'request',
    reference: beginning?.reference ?? null,
    createdOn: beginning?.createdOn ?? null,
    umo: null,
    requester: null,
    subscriber: null,
    dependent: null,
    events: [],
    rejections: [],
  };
  for (const node of tree.roots.flatMap(walkHl)) {
    if (node.level === 'EV') {
      review.events.push(readEvent(node, isResponse, problems));
      continue;
    }
    if (node.level === 'SS') continue;
    const level = readPartyLevel(node, problems);
    review.rejections.push(...level.rejections);
    if (node.level === '20') review.umo ??= level.party;
    else if (node.level === '21') review.requester ??= level.party;
    else if (node.level === '22') review.subscriber ??= level.member;
    else if (node.level === '23') review.dependent ??= level.member;
  }
  review.rejections.push(
    ...review.events.flatMap((e) => [...e.rejections, ...e.services.flatMap((s) => s.rejections)]),
  );
  if (!tree.nodes.some((n) => n.level === 'EV')) {
    const anyRejection = review.rejections.length > 0;
    if (!anyRejection) {
      problems.push(
        problemAt(
          context.transaction.st,
          null,
          'error',
          'MISSING_SEGMENT',
          'A 278 needs a patient event level (HL with HL03 = EV).',
        ),
      );
    }
  }
  return review;
}
