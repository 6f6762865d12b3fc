import type { X12Problem } from './problems.ts';
import type { X12Segment, X12Separators } from './segment.ts';
import { fileProblem, problemAt } from './segment.ts';

/**
 * Splits X12 text into segments. The delimiters come from each ISA's fixed positions (ASC X12
 * 005010 control segments): the element separator is the character after "ISA", ISA11 is the
 * repetition separator, ISA16 the component separator and the character after ISA16 ends the
 * segment. A file may hold several interchanges, each with its own delimiters. Tolerated as the
 * fixtures show them: a UTF-8 byte-order mark, CRLF or LF line breaks (or none), indentation.
 */
export interface X12Tokens {
  segments: X12Segment[];
  problems: X12Problem[];
}

/** ISA01..ISA16 widths; with "ISA" and 16 separators the ISA is 105 characters, 106 with its terminator. */
export const ISA_ELEMENT_WIDTHS: readonly number[] = [
  2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1,
];
const ISA_LENGTH = 106;
const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;
const ALPHANUMERIC = /^[A-Za-z0-9]$/;

function isWhitespace(ch: string | undefined): boolean {
  // NUL and SUB (Ctrl-Z) pad some transmitted files; they are never data between segments.
  return (
    ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '\u0000' || ch === '\u001a'
  );
}

class Cursor {
  pos = 0;
  byte = 0;
  line = 1;

  constructor(readonly text: string) {}

  /** Moves to `to`, keeping the byte offset and line number in step. */
  advanceTo(to: number): void {
    const { text } = this;
    for (let i = this.pos; i < to; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        this.byte += 1;
        if (code === 10) this.line++;
      } else if (code < 0x800) this.byte += 2;
      else if (code >= 0xd800 && code <= 0xdbff) {
        this.byte += 4;
        i++;
      } else this.byte += 3;
    }
    this.pos = Math.max(to, this.pos);
  }

  skipWhitespace(): void {
    let to = this.pos;
    while (to < this.text.length && isWhitespace(this.text[to])) to++;
    this.advanceTo(to);
  }
}

interface IsaRead {
  segment: X12Segment;
  end: number;
  problems: X12Problem[];
}

/** Finds ISA01..ISA16 by walking element separators; null when the ISA cannot be delimited at all. */
function locateIsaElements(text: string, start: number, separator: string): string[] | null {
  const values: string[] = [];
  let at = start + 3;
  for (let i = 1; i <= 15; i++) {
    const next = text.indexOf(separator, at + 1);
    if (next < 0 || next - start > ISA_LENGTH * 2) return null;
    values.push(text.slice(at + 1, next));
    at = next;
  }
  const isa16 = text[at + 1];
  if (isa16 === undefined) return null;
  values.push(isa16);
  return values;
}

function readIsa(cursor: Cursor, index: number): IsaRead | X12Problem {
  const { text, pos } = cursor;
  const elementSeparator = text[pos + 3];
  if (elementSeparator === undefined || ALPHANUMERIC.test(elementSeparator)) {
    return fileProblem(
      'error',
      'SEPARATORS',
      'The ISA segment does not start with "ISA" followed by an element separator.',
      cursor.byte,
      cursor.line,
    );
  }
  const values = locateIsaElements(text, pos, elementSeparator);
  if (values === null) {
    return fileProblem(
      'error',
      'ISA_WIDTH',
      'The ISA segment is truncated: it does not hold the 16 elements of an interchange header.',
      cursor.byte,
      cursor.line,
    );
  }
  const rawLength = 3 + values.reduce((sum, v) => sum + v.length + 1, 0);
  const terminator = text[pos + rawLength];
  const component = values[15] ?? '';
  const isa11 = values[10] ?? '';
  const version = values[11] ?? '';
  const repetitionUsable =
    version >= '00501' &&
    isa11.length === 1 &&
    !ALPHANUMERIC.test(isa11) &&
    isa11 !== ' ' &&
    isa11 !== elementSeparator &&
    isa11 !== component;
  const separators: X12Separators = {
    element: elementSeparator,
    component,
    repetition: repetitionUsable ? isa11 : null,
    segment: terminator ?? '~',
  };
  const segment: X12Segment = {
    id: 'ISA',
    elements: ['ISA', ...values],
    index,
    offset: cursor.byte,
    line: cursor.line,
    separators,
  };
  const problems: X12Problem[] = [];
  ISA_ELEMENT_WIDTHS.forEach((width, i) => {
    const value = values[i] ?? '';
    if (value.length !== width) {
      problems.push(
        problemAt(
          segment,
          i + 1,
          'error',
          'ISA_WIDTH',
          `ISA${String(i + 1).padStart(2, '0')} must be exactly ${String(width)} characters (the ISA is fixed-width, ${String(ISA_LENGTH)} characters); found ${String(value.length)}: "${value}".`,
        ),
      );
    }
  });
  if (terminator === undefined) {
    problems.push(
      problemAt(
        segment,
        16,
        'error',
        'MISSING_TERMINATOR',
        'The file ends inside the ISA segment.',
      ),
    );
  } else if (
    ALPHANUMERIC.test(terminator) ||
    terminator === elementSeparator ||
    terminator === component
  ) {
    problems.push(
      problemAt(
        segment,
        16,
        'error',
        'SEPARATORS',
        `The character after ISA16 ("${terminator}") cannot be a segment terminator.`,
      ),
    );
  }
  if (ALPHANUMERIC.test(component) || component === elementSeparator) {
    problems.push(
      problemAt(
        segment,
        16,
        'error',
        'SEPARATORS',
        `ISA16 ("${component}") cannot be a component separator.`,
      ),
    );
  }
  if (version >= '00501' && !repetitionUsable) {
    problems.push(
      problemAt(
        segment,
        11,
        'warning',
        'SEPARATORS',
        `ISA11 "${isa11}" is not a usable repetition separator for version ${version}; repeated elements are read as single values.`,
      ),
    );
  }
  return { segment, end: pos + rawLength + 1, problems };
}

function isIsaStart(text: string, pos: number): boolean {
  const next = text[pos + 3];
  return text.startsWith('ISA', pos) && next !== undefined && !ALPHANUMERIC.test(next);
}

/** Tokenizes a whole file. Problems here are about delimiters; structure is checked elsewhere. */
export function tokenizeX12(text: string): X12Tokens {
  const cursor = new Cursor(text);
  const segments: X12Segment[] = [];
  const problems: X12Problem[] = [];
  if (text.startsWith('\uFEFF')) cursor.advanceTo(1);
  cursor.skipWhitespace();
  if (cursor.pos >= text.length) {
    problems.push(fileProblem('error', 'EMPTY_INPUT', 'The file is empty.'));
    return { segments, problems };
  }
  if (!isIsaStart(text, cursor.pos)) {
    problems.push(
      fileProblem(
        'error',
        'MISSING_ISA',
        'An X12 interchange must start with an ISA segment.',
        cursor.byte,
        cursor.line,
      ),
    );
    return { segments, problems };
  }
  let separators: X12Separators | null = null;
  while (cursor.pos < text.length) {
    cursor.skipWhitespace();
    if (cursor.pos >= text.length) break;
    if (isIsaStart(text, cursor.pos)) {
      const isa = readIsa(cursor, segments.length + 1);
      if ('severity' in isa) {
        problems.push(isa);
        break;
      }
      segments.push(isa.segment);
      problems.push(...isa.problems);
      separators = isa.segment.separators;
      cursor.advanceTo(Math.min(isa.end, text.length));
      continue;
    }
    if (separators === null) break;
    readSegment(cursor, separators, segments, problems);
  }
  return { segments, problems };
}

function readSegment(
  cursor: Cursor,
  separators: X12Separators,
  segments: X12Segment[],
  problems: X12Problem[],
): void {
  const { text } = cursor;
  const found = text.indexOf(separators.segment, cursor.pos);
  const terminated = found >= 0;
  let raw = text.slice(cursor.pos, terminated ? found : text.length);
  if (!terminated) {
    let end = raw.length;
    while (end > 0 && isWhitespace(raw[end - 1])) end--;
    raw = raw.slice(0, end);
  }
  const elements = raw.split(separators.element);
  const segment: X12Segment = {
    id: elements[0] ?? '',
    elements,
    index: segments.length + 1,
    offset: cursor.byte,
    line: cursor.line,
    separators,
  };
  segments.push(segment);
  if (!SEGMENT_ID.test(segment.id)) {
    problems.push(
      problemAt(
        segment,
        null,
        'error',
        'BAD_SEGMENT_ID',
        `"${segment.id.slice(0, 20)}" is not a segment identifier (2 or 3 capital letters or digits).`,
      ),
    );
  }
  if (!terminated) {
    problems.push(
      problemAt(
        segment,
        null,
        'error',
        'MISSING_TERMINATOR',
        `The file ends without the segment terminator "${separators.segment}": it looks truncated.`,
      ),
    );
  }
  cursor.advanceTo(terminated ? found + 1 : text.length);
}
