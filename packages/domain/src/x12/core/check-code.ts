import type { CodeTable } from '../codes/code-table.ts';
import type { X12Problem } from './problems.ts';
import type { X12Segment } from './segment.ts';
import { element, problemAt, repetitions } from './segment.ts';

/**
 * Checks element n of a segment against a code table. Empty elements pass (requiredness is
 * checked separately). With `repeating`, every repetition is checked.
 */
export function checkCode(
  table: CodeTable,
  segment: X12Segment,
  n: number,
  problems: X12Problem[],
  options: { repeating?: boolean; component?: number } = {},
): void {
  let values: string[];
  if (options.repeating === true) values = repetitions(segment, n);
  else if (options.component !== undefined) {
    values = [element(segment, n).split(segment.separators.component)[options.component] ?? ''];
  } else values = [element(segment, n)];
  for (const value of values) {
    if (value === '' || table.byCode.has(value)) continue;
    problems.push(
      problemAt(
        segment,
        n,
        table.unknownSeverity,
        'UNKNOWN_CODE',
        `"${value}" is not a known ${table.name.toLowerCase()} code (${table.element}; ${table.effective}).${
          options.component === undefined
            ? ''
            : ` The component separator declared in ISA16 is "${segment.separators.component}".`
        }`,
      ),
    );
  }
}

/** Reports element n when it is empty. */
export function requireElement(
  segment: X12Segment,
  n: number,
  problems: X12Problem[],
  what: string,
): boolean {
  if (element(segment, n) !== '') return true;
  problems.push(problemAt(segment, n, 'error', 'MISSING_ELEMENT', `${what} is required.`));
  return false;
}
