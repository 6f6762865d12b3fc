/**
 * What `checkX12` and the readers report. Every problem names where it is: the segment's ordinal
 * in the file (ISA = 1), its id, the element (e.g. 'EB03') and the UTF-8 byte offset of that
 * element (or of the segment when no element is concerned), plus the 1-based line for people
 * reading the file in an editor.
 */
export type X12Severity = 'error' | 'warning';

export type X12ProblemCode =
  | 'EMPTY_INPUT'
  | 'MISSING_ISA'
  | 'ISA_WIDTH'
  | 'ISA_VALUE'
  | 'SEPARATORS'
  | 'MISSING_TERMINATOR'
  | 'BAD_SEGMENT_ID'
  | 'UNEXPECTED_SEGMENT'
  | 'MISSING_IEA'
  | 'IEA_COUNT'
  | 'IEA_CONTROL'
  | 'MISSING_GS'
  | 'MISSING_GE'
  | 'GE_COUNT'
  | 'GE_CONTROL'
  | 'MISSING_ST'
  | 'MISSING_SE'
  | 'SE_COUNT'
  | 'SE_CONTROL'
  | 'VERSION'
  | 'FUNCTIONAL_GROUP'
  | 'HL_SEQUENCE'
  | 'HL_PARENT'
  | 'HL_LEVEL'
  | 'HL_CHILD_FLAG'
  | 'MISSING_SEGMENT'
  | 'MISSING_ELEMENT'
  | 'UNKNOWN_CODE'
  | 'INVALID_VALUE'
  | 'CLAIM_OUT_OF_BALANCE'
  | 'LINE_OUT_OF_BALANCE'
  | 'PAYMENT_OUT_OF_BALANCE'
  | 'UNSUPPORTED_TRANSACTION';

export interface X12Problem {
  severity: X12Severity;
  code: X12ProblemCode;
  message: string;
  /** Ordinal of the segment in the file, 1-based (the first ISA is 1); null for whole-file problems. */
  segmentIndex: number | null;
  segmentId: string | null;
  /** Element reference such as 'EB03' or 'ISA13'; null when the whole segment is concerned. */
  element: string | null;
  /** UTF-8 byte offset into the file (a BOM counts 3 bytes); null for whole-file problems. */
  offset: number | null;
  /** 1-based line number, for files with line breaks. */
  line: number | null;
}

/** Thrown by the readers when the file's envelope or structure is broken; carries every problem found. */
export class X12ValidationError extends Error {
  readonly problems: readonly X12Problem[];

  constructor(problems: readonly X12Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const first = errors[0];
    super(
      first === undefined
        ? 'The X12 file was rejected.'
        : `The X12 file was rejected: ${String(errors.length)} error(s); first: ${describeX12Problem(first)}`,
    );
    this.name = 'X12ValidationError';
    this.problems = problems;
  }
}

/** Thrown when a file is well-formed X12 but not a transaction the reader handles. */
export class X12UnsupportedError extends Error {
  readonly transactionType: string;

  constructor(transactionType: string, message: string) {
    super(message);
    this.name = 'X12UnsupportedError';
    this.transactionType = transactionType;
  }
}

export function hasX12Errors(problems: readonly X12Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** One line a person can act on: "segment 14 (EB), element EB03, byte 1234, line 15: …". */
export function describeX12Problem(problem: X12Problem): string {
  const where: string[] = [];
  if (problem.segmentIndex !== null) {
    where.push(`segment ${String(problem.segmentIndex)} (${problem.segmentId ?? '?'})`);
  }
  if (problem.element !== null) where.push(`element ${problem.element}`);
  if (problem.offset !== null) where.push(`byte ${String(problem.offset)}`);
  if (problem.line !== null) where.push(`line ${String(problem.line)}`);
  const location = where.length > 0 ? `${where.join(', ')}: ` : '';
  return `${location}${problem.message} [${problem.code}]`;
}
