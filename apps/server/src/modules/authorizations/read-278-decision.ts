// The payer's 278 response turned into what the authorization records: the decision (HCR01), the
// certification number (HCR02), the approved units and dates, and the reason given. Pure: the
// X12 reader throws on any error, so a response that fails reading yields nothing to store.
import {
  read278,
  type AuthorizationOutcome,
  type AuthorizationReview,
  type PatientEvent,
  type ReviewDecision,
  type ServiceReview,
} from '@infusio/domain/x12';
import type { AuthorizationStatus, DecisionOutcome } from './authorization-vocabulary.ts';

/** HCR01 outcome → the authorization's status (DOMAIN.md §2.2: A1, A2, A3, A4, A6, C, CT, NA). */
export const STATUS_OF_OUTCOME: Readonly<Record<DecisionOutcome, AuthorizationStatus>> = {
  certified: 'approved',
  'partially-certified': 'partially-approved',
  modified: 'partially-approved',
  'not-certified': 'denied',
  pended: 'pended',
  // "Contact payer": no decision yet; the deadline keeps running while staff call.
  'contact-payer': 'pended',
  cancelled: 'cancelled',
  'no-action-required': 'not-required',
};

export interface ExpectedRequest {
  traceNumber: string;
  unitsRequested: number;
  startDate: string;
  endDate: string;
}

export interface PayerDecision {
  kind: 'decision';
  actionCode: string;
  outcome: DecisionOutcome;
  status: AuthorizationStatus;
  certificationNumber: string | null;
  unitsApproved: number | null;
  approvedStart: string | null;
  approvedEnd: string | null;
  /** HCR03 and the payer's messages, for denials and pended requests. */
  reason: string | null;
  /** The payer's own tracking number of a pended request (REF*NT), when given. */
  payerReference: string | null;
}

export interface PayerRejection {
  kind: 'rejected';
  /** AAA: the payer refused the request itself (member not found, invalid provider, ...). */
  rejections: { code: string; meaning: string; action: string }[];
  reason: string;
}

export type Read278Result = PayerDecision | PayerRejection;

/** The response answers another request (its trace number is not ours): nothing is stored. */
export class ResponseMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResponseMismatchError';
  }
}

function isDecisionOutcome(outcome: AuthorizationOutcome | 'unknown'): outcome is DecisionOutcome {
  return outcome !== 'unknown';
}

/** The service line's decision when it has one (the units live there), else the event's. */
function decidingLevel(event: PatientEvent): PatientEvent | ServiceReview {
  return event.services.find((service) => service.decision !== null) ?? event;
}

function reasonOf(decision: ReviewDecision, levels: readonly (PatientEvent | ServiceReview)[]) {
  const parts = [
    decision.reasonCode === null ? null : `Reason code ${decision.reasonCode}`,
    ...levels.flatMap((level) => level.messages),
  ].filter((part): part is string => part !== null && part.trim() !== '');
  return parts.length === 0 ? null : [...new Set(parts)].join(' — ');
}

function checkTrace(event: PatientEvent, expected: ExpectedRequest): void {
  if (event.traces.length === 0) return;
  if (event.traces.some((trace) => trace.number === expected.traceNumber)) return;
  throw new ResponseMismatchError(
    `The 278 response carries trace ${event.traces.map((t) => t.number).join(', ')}, not ours (${expected.traceNumber}).`,
  );
}

export function decisionFromReview(
  review: AuthorizationReview,
  expected: ExpectedRequest,
): Read278Result {
  if (review.direction !== 'response')
    throw new ResponseMismatchError('The payer sent a 278 request, not a response.');
  const [event] = review.events;
  if (event === undefined) {
    if (review.rejections.length === 0)
      throw new ResponseMismatchError('The 278 response holds no patient event and no rejection.');
    return rejectionOf(review);
  }
  checkTrace(event, expected);
  const level = decidingLevel(event);
  const decision = level.decision ?? event.decision;
  if (decision === null) return rejectionOf(review);
  if (!isDecisionOutcome(decision.outcome))
    throw new ResponseMismatchError(`HCR01 "${decision.action}" is not a decision we can record.`);
  const outcome = decision.outcome;
  const status = STATUS_OF_OUTCOME[outcome];
  const approved = level.approved ?? event.approved;
  const certifies = status === 'approved' || status === 'partially-approved';
  const range = approved?.dateRange ?? null;
  return {
    kind: 'decision',
    actionCode: decision.action,
    outcome,
    status,
    certificationNumber: certifies ? decision.certificationNumber : null,
    // Certified in total without a count means what was asked; a partial answer must say how much.
    unitsApproved: certifies
      ? (approved?.units ?? (outcome === 'certified' ? expected.unitsRequested : null))
      : null,
    approvedStart: certifies ? (range?.start ?? expected.startDate) : null,
    approvedEnd: certifies ? (range?.end ?? expected.endDate) : null,
    reason: certifies && outcome === 'certified' ? null : reasonOf(decision, [event, level]),
    payerReference:
      [...level.references, ...event.references].find((ref) => ref.qualifier === 'NT')?.value ??
      null,
  };
}

function rejectionOf(review: AuthorizationReview): PayerRejection {
  const rejections = [
    ...review.rejections,
    ...review.events.flatMap((e) => [...e.rejections, ...e.services.flatMap((s) => s.rejections)]),
  ];
  const unique = new Map(rejections.map((r) => [`${r.code}|${r.segmentIndex}`, r]));
  const list = [...unique.values()].map((r) => ({
    code: r.code,
    meaning: r.meaning,
    action: r.action,
  }));
  if (list.length === 0)
    throw new ResponseMismatchError('The 278 response holds neither a decision nor a rejection.');
  return {
    kind: 'rejected',
    rejections: list,
    reason: list.map((r) => `${r.code} ${r.meaning}`).join('; '),
  };
}

/** Reads a 278 response text (throws X12ValidationError / X12UnsupportedError when unreadable). */
export function readDecisionFrom278(text: string, expected: ExpectedRequest): Read278Result {
  const { reviews } = read278(text);
  const [review] = reviews;
  if (review === undefined) throw new ResponseMismatchError('The file holds no 278 transaction.');
  return decisionFromReview(review, expected);
}
