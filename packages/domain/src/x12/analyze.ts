import { checkEnvelope } from './core/check-envelope.ts';
import type { TransactionContext, X12Envelope } from './core/envelope.ts';
import { listTransactions, parseEnvelope, transactionType } from './core/envelope.ts';
import type { X12Problem } from './core/problems.ts';
import { tokenizeX12 } from './core/tokenize.ts';
import type {
  EligibilityInquiryRead,
  EligibilityResponse,
} from './eligibility/eligibility-types.ts';
import { interpretEligibilityInquiry } from './eligibility/interpret-270.ts';
import { interpretEligibilityResponse } from './eligibility/interpret-271.ts';
import type { AuthorizationReview } from './authorization/authorization-types.ts';
import { interpretAuthorization } from './authorization/interpret-278.ts';
import type { RemittanceAdvice } from './remittance/remittance-types.ts';
import { interpretRemittance } from './remittance/interpret-835.ts';
import { checkClaim } from './claims/check-837.ts';

/** One transaction set read with the reader for its ST01. */
export type TransactionReading =
  | { type: '270'; context: TransactionContext; inquiries: EligibilityInquiryRead[] }
  | { type: '271'; context: TransactionContext; responses: EligibilityResponse[] }
  | { type: '278'; context: TransactionContext; review: AuthorizationReview }
  | { type: '835'; context: TransactionContext; remittance: RemittanceAdvice }
  | { type: 'unread'; context: TransactionContext; transactionType: string };

export interface X12Analysis {
  segmentCount: number;
  envelope: X12Envelope;
  readings: TransactionReading[];
  /** Every problem, in file order. */
  problems: X12Problem[];
}

function readTransaction(context: TransactionContext, problems: X12Problem[]): TransactionReading {
  const type = transactionType(context);
  switch (type) {
    case '270':
      return { type, context, inquiries: interpretEligibilityInquiry(context, problems) };
    case '271':
      return { type, context, responses: interpretEligibilityResponse(context, problems) };
    case '278':
      return { type, context, review: interpretAuthorization(context, problems) };
    case '835':
      return { type, context, remittance: interpretRemittance(context, problems) };
    case '837':
      checkClaim(context, problems);
      return { type: 'unread', context, transactionType: type };
    default:
      return { type: 'unread', context, transactionType: type };
  }
}

/**
 * Tokenizes, checks the envelope and reads every transaction set, collecting every problem on the
 * way. Readers and `checkX12` share this one pass, so `check` reports exactly what makes `read`
 * refuse a file.
 */
export function analyzeX12(text: string): X12Analysis {
  const tokens = tokenizeX12(text);
  const envelope = parseEnvelope(tokens.segments);
  const problems: X12Problem[] = [
    ...tokens.problems,
    ...envelope.problems,
    ...checkEnvelope(envelope),
  ];
  const readings = listTransactions(envelope).map((context) => readTransaction(context, problems));
  problems.sort((a, b) => (a.offset ?? -1) - (b.offset ?? -1));
  return { segmentCount: tokens.segments.length, envelope, readings, problems };
}

/** Validates X12 text: every problem with segment, element and byte position. Empty when clean. */
export function checkX12(text: string): X12Problem[] {
  return analyzeX12(text).problems;
}
