import type { TransactionReading, X12Analysis } from './analyze.ts';
import { analyzeX12 } from './analyze.ts';
import type { AuthorizationReview } from './authorization/authorization-types.ts';
import type { X12Problem } from './core/problems.ts';
import { X12UnsupportedError, X12ValidationError, hasX12Errors } from './core/problems.ts';
import { TRANSACTION_CODES } from './codes/transaction-codes.ts';
import type {
  EligibilityInquiryRead,
  EligibilityResponse,
} from './eligibility/eligibility-types.ts';
import type { RemittanceAdvice } from './remittance/remittance-types.ts';

/** What `readX12` returns: the readings of one transaction type plus the warnings that did not stop it. */
export type X12Reading =
  | { transactionType: '270'; inquiries: EligibilityInquiryRead[]; warnings: X12Problem[] }
  | { transactionType: '271'; responses: EligibilityResponse[]; warnings: X12Problem[] }
  | { transactionType: '278'; reviews: AuthorizationReview[]; warnings: X12Problem[] }
  | { transactionType: '835'; remittances: RemittanceAdvice[]; warnings: X12Problem[] };

export type ReadableTransactionType = X12Reading['transactionType'];

const READABLE: readonly string[] = ['270', '271', '278', '835'];

/** Runs the analysis and refuses the file when any problem is an error. */
function analyzeOrThrow(text: string): X12Analysis {
  const analysis = analyzeX12(text);
  if (hasX12Errors(analysis.problems)) throw new X12ValidationError(analysis.problems);
  return analysis;
}

function typesIn(readings: readonly TransactionReading[]): string[] {
  return [...new Set(readings.map((r) => (r.type === 'unread' ? r.transactionType : r.type)))];
}

function unsupported(found: readonly string[], expected: string): X12UnsupportedError {
  const type = found.join(', ') || 'none';
  const name =
    found.length === 1 ? TRANSACTION_CODES.byCode.get(found[0] ?? '')?.meaning : undefined;
  const what = name === undefined ? `transaction set ${type}` : `${type} (${name.toLowerCase()})`;
  return new X12UnsupportedError(
    type,
    `This file holds ${what}; ${expected}. Use "check" to validate it.`,
  );
}

/**
 * Reads any 270, 271, 278 or 835 file (the transaction type comes from ST01). Throws
 * X12ValidationError with every problem when the envelope or structure is broken, and
 * X12UnsupportedError for other transactions (837, 999…) or files mixing types.
 */
export function readX12(text: string): X12Reading {
  const analysis = analyzeOrThrow(text);
  const types = typesIn(analysis.readings);
  const [type] = types;
  if (types.length !== 1 || type === undefined || !READABLE.includes(type)) {
    throw unsupported(types, 'the reader handles 270, 271, 278 and 835 files, one type per file');
  }
  const warnings = analysis.problems;
  const { readings } = analysis;
  switch (type) {
    case '270':
      return {
        transactionType: '270',
        inquiries: readings.flatMap((r) => (r.type === '270' ? r.inquiries : [])),
        warnings,
      };
    case '271':
      return {
        transactionType: '271',
        responses: readings.flatMap((r) => (r.type === '271' ? r.responses : [])),
        warnings,
      };
    case '278':
      return {
        transactionType: '278',
        reviews: readings.flatMap((r) => (r.type === '278' ? [r.review] : [])),
        warnings,
      };
    default:
      return {
        transactionType: '835',
        remittances: readings.flatMap((r) => (r.type === '835' ? [r.remittance] : [])),
        warnings,
      };
  }
}

function readExpecting<T extends ReadableTransactionType>(
  text: string,
  expected: T,
): Extract<X12Reading, { transactionType: T }> {
  const reading = readX12(text);
  if (reading.transactionType !== expected) {
    throw unsupported([reading.transactionType], `a ${expected} was expected`);
  }
  return reading as Extract<X12Reading, { transactionType: T }>;
}

/** Reads a 271: one EligibilityResponse per patient (subscriber or dependent) answered. */
export function read271(text: string): {
  responses: EligibilityResponse[];
  warnings: X12Problem[];
} {
  const { responses, warnings } = readExpecting(text, '271');
  return { responses, warnings };
}

/** Reads a 270: what is asked, per patient. */
export function read270(text: string): {
  inquiries: EligibilityInquiryRead[];
  warnings: X12Problem[];
} {
  const { inquiries, warnings } = readExpecting(text, '270');
  return { inquiries, warnings };
}

/** Reads a 278 request or response. */
export function read278(text: string): { reviews: AuthorizationReview[]; warnings: X12Problem[] } {
  const { reviews, warnings } = readExpecting(text, '278');
  return { reviews, warnings };
}

/** Reads an 835 remittance (one advice per transaction set; a file may hold several). */
export function read835(text: string): { remittances: RemittanceAdvice[]; warnings: X12Problem[] } {
  const { remittances, warnings } = readExpecting(text, '835');
  return { remittances, warnings };
}
