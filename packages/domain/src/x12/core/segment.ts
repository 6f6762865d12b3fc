import type { X12Problem, X12ProblemCode, X12Severity } from './problems.ts';

/** Delimiters of one interchange, read from the ISA's fixed positions. */
export interface X12Separators {
  element: string;
  component: string;
  /** ISA11 in 00501; null when ISA11 is not a usable separator (e.g. 'U' from 00401). */
  repetition: string | null;
  segment: string;
}

export interface X12Segment {
  id: string;
  /** elements[0] is the segment id, so EB03 is elements[3]. Values are raw (components unsplit). */
  elements: readonly string[];
  /** Ordinal in the file, 1-based. */
  index: number;
  /** UTF-8 byte offset of the segment id. */
  offset: number;
  /** 1-based line of the segment id. */
  line: number;
  separators: X12Separators;
}

/** Element n of a segment ('' when absent), e.g. element(eb, 3) for EB03. */
export function element(segment: X12Segment, n: number): string {
  return segment.elements[n] ?? '';
}

/** Element n or null when empty. */
export function optionalElement(segment: X12Segment, n: number): string | null {
  const value = segment.elements[n] ?? '';
  return value === '' ? null : value;
}

/** Components of a composite element (SV101 'HC:J3370:JW' → ['HC', 'J3370', 'JW']). */
export function components(segment: X12Segment, n: number): string[] {
  const value = element(segment, n);
  return value === '' ? [] : value.split(segment.separators.component);
}

/** Repetitions of a repeating element (EB03 '1^33^35' → ['1', '33', '35']). */
export function repetitions(segment: X12Segment, n: number): string[] {
  const value = element(segment, n);
  if (value === '') return [];
  const separator = segment.separators.repetition;
  return separator === null ? [value] : value.split(separator).filter((v) => v !== '');
}

/** 'EB03' for element 3 of an EB segment. */
export function elementName(segment: X12Segment, n: number): string {
  return `${segment.id}${String(n).padStart(2, '0')}`;
}

/** UTF-8 length of a string (a BOM or any BMP character above U+07FF counts 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Byte offset of element n inside the file (of the segment id for n = 0). */
export function elementOffset(segment: X12Segment, n: number): number {
  let offset = segment.offset;
  const last = Math.min(n, segment.elements.length);
  for (let i = 0; i < last; i++) offset += utf8Length(segment.elements[i] ?? '') + 1;
  return offset;
}

/** A problem located at a segment, or at one of its elements when n is given. */
export function problemAt(
  segment: X12Segment,
  n: number | null,
  severity: X12Severity,
  code: X12ProblemCode,
  message: string,
): X12Problem {
  return {
    severity,
    code,
    message,
    segmentIndex: segment.index,
    segmentId: segment.id,
    element: n === null ? null : elementName(segment, n),
    offset: n === null ? segment.offset : elementOffset(segment, n),
    line: segment.line,
  };
}

/** A problem about the file as a whole (nothing to point at). */
export function fileProblem(
  severity: X12Severity,
  code: X12ProblemCode,
  message: string,
  offset: number | null = null,
  line: number | null = null,
): X12Problem {
  return {
    severity,
    code,
    message,
    segmentIndex: null,
    segmentId: null,
    element: null,
    offset,
    line,
  };
}
