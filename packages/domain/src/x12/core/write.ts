import type { X12Separators } from './segment.ts';
import { formatDate8 } from './values.ts';

/** Thrown by the builders when an input cannot be written as X12; names the field. */
export class X12BuildError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'X12BuildError';
    this.field = field;
  }
}

export const DEFAULT_SEPARATORS: X12Separators = {
  element: '*',
  component: ':',
  repetition: '^',
  segment: '~',
};

/** Control numbers and parties of the envelope; the caller supplies them (no clock, no randomness). */
export interface EnvelopeInput {
  sender: { qualifier: string; id: string };
  receiver: { qualifier: string; id: string };
  /** GS02/GS03 application codes; default to the ISA ids. */
  applicationSenderCode?: string;
  applicationReceiverCode?: string;
  /** ISA13/IEA02: 1..999999999. */
  interchangeControlNumber: number;
  /** GS06/GE02: 1..999999999. */
  groupControlNumber: number;
  /** ST02/SE02: 4 to 9 characters (numbers are zero-padded to 4). */
  transactionControlNumber: string | number;
  /** ISO date and 24-hour time (HH:MM) of creation. */
  date: string;
  time: string;
  usage: 'T' | 'P';
  acknowledgmentRequested?: boolean;
}

export interface WriteOptions {
  separators?: X12Separators;
  /** Put a line break after each segment terminator (default true); X12 readers ignore it. */
  lineBreaks?: boolean;
}

/** An element value: plain text, a composite (components), or repetitions of a repeating element. */
export type ElementValue = string | readonly string[] | { repeated: readonly string[] };

/** Collects segments, refusing values that contain a separator. */
export class SegmentWriter {
  readonly segments: string[] = [];

  constructor(readonly separators: X12Separators) {}

  private check(value: string, field: string): string {
    const { element, component, repetition, segment } = this.separators;
    for (const ch of [element, component, repetition, segment]) {
      if (ch !== null && value.includes(ch)) {
        throw new X12BuildError(field, `"${value}" contains the X12 separator "${ch}".`);
      }
    }
    if (/[\r\n]/.test(value))
      throw new X12BuildError(field, 'line breaks cannot be written in X12.');
    return value;
  }

  private write(value: ElementValue, field: string): string {
    if (typeof value === 'string') return this.check(value, field);
    if ('repeated' in value) {
      const separator = this.separators.repetition;
      if (separator === null && value.repeated.length > 1) {
        throw new X12BuildError(field, 'no repetition separator is available.');
      }
      return value.repeated.map((v) => this.check(v, field)).join(separator ?? '');
    }
    const components = value.map((c) => this.check(c, field));
    while (components.length > 0 && components[components.length - 1] === '') components.pop();
    return components.join(this.separators.component);
  }

  /** Adds a segment; trailing empty elements are dropped. `field` names the input for errors. */
  add(id: string, elements: readonly ElementValue[], field = id): void {
    const written = elements.map((value) => this.write(value, field));
    while (written.length > 0 && written[written.length - 1] === '') written.pop();
    this.segments.push([id, ...written].join(this.separators.element));
  }
}

function fixed(value: string, width: number, field: string): string {
  if (value.length > width) throw new X12BuildError(field, `at most ${String(width)} characters.`);
  return value.padEnd(width, ' ');
}

function controlNumber(value: number, field: string): string {
  if (!Number.isInteger(value) || value < 1 || value > 999_999_999) {
    throw new X12BuildError(field, 'a control number is an integer from 1 to 999999999.');
  }
  return String(value);
}

function checkDateTime(envelope: EnvelopeInput): { date8: string; time4: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(envelope.date))
    throw new X12BuildError('envelope.date', 'use YYYY-MM-DD.');
  if (!/^([01]\d|2[0-3]):?[0-5]\d$/.test(envelope.time))
    throw new X12BuildError('envelope.time', 'use HH:MM.');
  return { date8: formatDate8(envelope.date), time4: envelope.time.replace(':', '') };
}

/** ST02 as written: numbers zero-padded to 4 digits. */
export function transactionControlNumberOf(envelope: EnvelopeInput): string {
  const raw = envelope.transactionControlNumber;
  const value = typeof raw === 'number' ? String(raw).padStart(4, '0') : raw;
  if (value.length < 4 || value.length > 9) {
    throw new X12BuildError('envelope.transactionControlNumber', 'ST02 is 4 to 9 characters.');
  }
  return value;
}

/**
 * Wraps one transaction body in ST/SE, GS/GE and ISA/IEA with counts and control numbers. The
 * body's writer must use the same separators.
 */
export function writeInterchange(
  envelope: EnvelopeInput,
  transaction: { type: string; functionalId: string; implementation: string },
  body: SegmentWriter,
  options: WriteOptions = {},
): string {
  const separators = body.separators;
  const { date8, time4 } = checkDateTime(envelope);
  const isa13 = controlNumber(
    envelope.interchangeControlNumber,
    'envelope.interchangeControlNumber',
  ).padStart(9, '0');
  const gs06 = controlNumber(envelope.groupControlNumber, 'envelope.groupControlNumber');
  const st02 = transactionControlNumberOf(envelope);
  const out = new SegmentWriter(separators);
  const isa = [
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    fixed(envelope.sender.qualifier, 2, 'envelope.sender.qualifier'),
    fixed(envelope.sender.id, 15, 'envelope.sender.id'),
    fixed(envelope.receiver.qualifier, 2, 'envelope.receiver.qualifier'),
    fixed(envelope.receiver.id, 15, 'envelope.receiver.id'),
    date8.slice(2),
    time4,
    separators.repetition ?? 'U',
    '00501',
    isa13,
    envelope.acknowledgmentRequested === true ? '1' : '0',
    envelope.usage,
    separators.component,
  ];
  out.segments.push(isa.join(separators.element));
  out.add(
    'GS',
    [
      transaction.functionalId,
      envelope.applicationSenderCode ?? envelope.sender.id,
      envelope.applicationReceiverCode ?? envelope.receiver.id,
      date8,
      time4,
      gs06,
      'X',
      transaction.implementation,
    ],
    'envelope',
  );
  out.add('ST', [transaction.type, st02, transaction.implementation], 'envelope');
  out.segments.push(...body.segments);
  out.add('SE', [String(body.segments.length + 2), st02], 'envelope');
  out.add('GE', ['1', gs06], 'envelope');
  out.add('IEA', ['1', isa13], 'envelope');
  const terminator = separators.segment + (options.lineBreaks === false ? '' : '\n');
  return out.segments.join(terminator) + terminator;
}
