import type { X12Problem } from './problems.ts';
import type { X12Segment } from './segment.ts';
import { element, problemAt } from './segment.ts';

/**
 * The control structure of a file: interchanges (ISA…IEA) holding functional groups (GS…GE)
 * holding transaction sets (ST…SE). Trailers are null when the file ends or the next header
 * starts before them; those gaps are reported as problems here, counts and control numbers in
 * check-envelope.ts.
 */
export interface X12Transaction {
  st: X12Segment;
  se: X12Segment | null;
  /** Segments between ST and SE. */
  body: X12Segment[];
}

export interface X12Group {
  gs: X12Segment;
  ge: X12Segment | null;
  transactions: X12Transaction[];
}

export interface X12Interchange {
  isa: X12Segment;
  iea: X12Segment | null;
  groups: X12Group[];
}

export interface X12Envelope {
  interchanges: X12Interchange[];
  problems: X12Problem[];
}

function missingTrailer(
  opened: X12Segment,
  trailer: string,
  before: X12Segment | null,
): X12Problem {
  const where =
    before === null
      ? 'before the end of the file (truncated?)'
      : `before segment ${String(before.index)} (${before.id})`;
  const code = trailer === 'SE' ? 'MISSING_SE' : trailer === 'GE' ? 'MISSING_GE' : 'MISSING_IEA';
  return problemAt(
    opened,
    null,
    'error',
    code,
    `${opened.id} at segment ${String(opened.index)} has no matching ${trailer} ${where}.`,
  );
}

class EnvelopeBuilder {
  readonly interchanges: X12Interchange[] = [];
  readonly problems: X12Problem[] = [];
  private interchange: X12Interchange | null = null;
  private group: X12Group | null = null;
  private transaction: X12Transaction | null = null;

  closeTransaction(next: X12Segment | null): void {
    if (this.transaction !== null)
      this.problems.push(missingTrailer(this.transaction.st, 'SE', next));
    this.transaction = null;
  }

  closeGroup(next: X12Segment | null): void {
    this.closeTransaction(next);
    if (this.group !== null) this.problems.push(missingTrailer(this.group.gs, 'GE', next));
    this.group = null;
  }

  closeInterchange(next: X12Segment | null): void {
    this.closeGroup(next);
    if (this.interchange !== null)
      this.problems.push(missingTrailer(this.interchange.isa, 'IEA', next));
    this.interchange = null;
  }

  unexpected(segment: X12Segment, why: string): void {
    this.problems.push(problemAt(segment, null, 'error', 'UNEXPECTED_SEGMENT', why));
  }

  add(segment: X12Segment): void {
    switch (segment.id) {
      case 'ISA':
        this.closeInterchange(segment);
        this.interchange = { isa: segment, iea: null, groups: [] };
        this.interchanges.push(this.interchange);
        return;
      case 'IEA':
        this.closeGroup(segment);
        if (this.interchange === null)
          this.unexpected(segment, 'IEA without an open interchange (ISA).');
        else this.interchange.iea = segment;
        this.interchange = null;
        return;
      case 'GS':
        this.closeGroup(segment);
        if (this.interchange === null) {
          this.unexpected(segment, 'GS outside an interchange: an IEA came before it.');
          return;
        }
        this.group = { gs: segment, ge: null, transactions: [] };
        this.interchange.groups.push(this.group);
        return;
      case 'GE':
        this.closeTransaction(segment);
        if (this.group === null)
          this.unexpected(segment, 'GE without an open functional group (GS).');
        else this.group.ge = segment;
        this.group = null;
        return;
      case 'ST':
        this.closeTransaction(segment);
        if (this.group === null) {
          this.unexpected(segment, 'ST outside a functional group (GS).');
          return;
        }
        this.transaction = { st: segment, se: null, body: [] };
        this.group.transactions.push(this.transaction);
        return;
      case 'SE':
        if (this.transaction === null)
          this.unexpected(segment, 'SE without an open transaction set (ST).');
        else this.transaction.se = segment;
        this.transaction = null;
        return;
      case 'TA1':
        if (this.interchange === null || this.group !== null) {
          this.unexpected(segment, 'TA1 belongs directly inside an interchange, outside groups.');
        }
        return;
      default:
        if (this.transaction === null) {
          this.unexpected(segment, `${segment.id} is outside a transaction set (ST…SE).`);
        } else {
          this.transaction.body.push(segment);
        }
    }
  }
}

export function parseEnvelope(segments: readonly X12Segment[]): X12Envelope {
  const builder = new EnvelopeBuilder();
  for (const segment of segments) builder.add(segment);
  builder.closeInterchange(null);
  return { interchanges: builder.interchanges, problems: builder.problems };
}

/** A transaction with the group and interchange around it. */
export interface TransactionContext {
  interchange: X12Interchange;
  group: X12Group;
  transaction: X12Transaction;
}

export function listTransactions(envelope: X12Envelope): TransactionContext[] {
  return envelope.interchanges.flatMap((interchange) =>
    interchange.groups.flatMap((group) =>
      group.transactions.map((transaction) => ({ interchange, group, transaction })),
    ),
  );
}

/** ST01 of a transaction, e.g. '271'. */
export function transactionType(context: TransactionContext): string {
  return element(context.transaction.st, 1);
}

/** The implementation guide: ST03 when present, else GS08. */
export function implementationOf(context: TransactionContext): string {
  const st03 = element(context.transaction.st, 3);
  return st03 === '' ? element(context.group.gs, 8) : st03;
}
