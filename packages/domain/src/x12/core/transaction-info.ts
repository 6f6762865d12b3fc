import type { TransactionContext } from './envelope.ts';
import { implementationOf } from './envelope.ts';
import type { X12Problem } from './problems.ts';
import type { X12Segment } from './segment.ts';
import { element, optionalElement, problemAt } from './segment.ts';
import { parseDate8 } from './values.ts';

/** Where a reading came from: enough to match a response to its request and to audit it. */
export interface TransactionInfo {
  transactionType: string;
  implementation: string;
  interchangeControlNumber: string;
  groupControlNumber: string;
  transactionControlNumber: string;
  senderQualifier: string;
  senderId: string;
  receiverQualifier: string;
  receiverId: string;
  /** GS04/GS05 as YYYY-MM-DD and HH:MM (when the sender built the group). */
  date: string | null;
  time: string | null;
  usage: 'test' | 'production';
  /** Segment ordinal of the ST. */
  segmentIndex: number;
}

export function readTransactionInfo(context: TransactionContext): TransactionInfo {
  const { interchange, group, transaction } = context;
  return {
    transactionType: element(transaction.st, 1),
    implementation: implementationOf(context),
    interchangeControlNumber: element(interchange.isa, 13),
    groupControlNumber: element(group.gs, 6),
    transactionControlNumber: element(transaction.st, 2),
    senderQualifier: element(interchange.isa, 5),
    senderId: element(interchange.isa, 6).trim(),
    receiverQualifier: element(interchange.isa, 7),
    receiverId: element(interchange.isa, 8).trim(),
    date: parseDate8(element(group.gs, 4)),
    time: /^\d{4}/.test(element(group.gs, 5))
      ? `${element(group.gs, 5).slice(0, 2)}:${element(group.gs, 5).slice(2, 4)}`
      : null,
    usage: element(interchange.isa, 15) === 'P' ? 'production' : 'test',
    segmentIndex: transaction.st.index,
  };
}

export interface BeginningOfTransaction {
  /** BHT02: 13 request, 11 response. */
  purpose: string;
  /** BHT03 submitter's reference. */
  reference: string | null;
  /** BHT04 as YYYY-MM-DD. */
  createdOn: string | null;
  /** BHT06 transaction type code (278: 18 notification response ⚠️, 19 …). */
  typeCode: string | null;
}

/** Reads and checks the BHT that must open the transaction body. */
export function readBeginning(
  header: readonly X12Segment[],
  context: TransactionContext,
  expected: { structure: string; purposes: readonly string[] },
  problems: X12Problem[],
): BeginningOfTransaction | null {
  const bht = header[0];
  if (bht?.id !== 'BHT') {
    problems.push(
      problemAt(
        bht ?? context.transaction.st,
        null,
        'error',
        'MISSING_SEGMENT',
        'The transaction must start with a BHT (beginning of hierarchical transaction) after ST.',
      ),
    );
    return null;
  }
  if (element(bht, 1) !== expected.structure) {
    problems.push(
      problemAt(
        bht,
        1,
        'error',
        'INVALID_VALUE',
        `BHT01 must be ${expected.structure}; found "${element(bht, 1)}".`,
      ),
    );
  }
  if (!expected.purposes.includes(element(bht, 2))) {
    problems.push(
      problemAt(
        bht,
        2,
        'error',
        'UNKNOWN_CODE',
        `BHT02 "${element(bht, 2)}" is not ${expected.purposes.join(' or ')} (13 request, 11 response).`,
      ),
    );
  }
  const date = element(bht, 4);
  const createdOn = date === '' ? null : parseDate8(date);
  if (date !== '' && createdOn === null) {
    problems.push(
      problemAt(bht, 4, 'error', 'INVALID_VALUE', `BHT04 "${date}" is not a date CCYYMMDD.`),
    );
  }
  return {
    purpose: element(bht, 2),
    reference: optionalElement(bht, 3),
    createdOn,
    typeCode: optionalElement(bht, 6),
  };
}
