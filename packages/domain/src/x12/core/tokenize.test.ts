import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read271 } from '../read-x12.ts';
import { checkX12 } from '../analyze.ts';
import { tokenizeX12 } from './tokenize.ts';

const fixture = (path: string): string =>
  readFileSync(new URL(`../../../../../fixtures/external/x12/${path}`, import.meta.url), 'utf8');

const SUBSCRIBER_271 = fixture('271/linuxforhealth__subscriber-health-benefit-check.271');

/** Swaps every separator for another set (the ISA's fixed widths keep their places). */
function withSeparators(
  text: string,
  element: string,
  component: string,
  repetition: string,
  segment: string,
): string {
  return text
    .replaceAll('*', '\u0001')
    .replaceAll(':', '\u0002')
    .replaceAll('^', '\u0003')
    .replaceAll('~', '\u0004')
    .replaceAll('\u0001', element)
    .replaceAll('\u0002', component)
    .replaceAll('\u0003', repetition)
    .replaceAll('\u0004', segment);
}

describe('tokenizeX12', () => {
  it('takes the separators from the ISA fixed positions', () => {
    const { segments } = tokenizeX12(SUBSCRIBER_271);
    expect(segments[0]?.separators).toEqual({
      element: '*',
      component: ':',
      repetition: '^',
      segment: '~',
    });
    expect(segments).toHaveLength(26);
    expect(segments.map((s) => s.id).slice(0, 4)).toEqual(['ISA', 'GS', 'ST', 'BHT']);
  });

  it('reads the same figures whatever separators the sender chose', () => {
    const original = read271(SUBSCRIBER_271).responses;
    const pipes = withSeparators(SUBSCRIBER_271, '|', '>', '!', "'");
    expect(tokenizeX12(pipes).segments[0]?.separators).toEqual({
      element: '|',
      component: '>',
      repetition: '!',
      segment: "'",
    });
    expect(read271(pipes).responses.map((r) => r.benefits)).toEqual(
      original.map((r) => r.benefits),
    );
  });

  it('reads a file without line breaks, and one where the line break is the terminator', () => {
    const flat = SUBSCRIBER_271.replaceAll('\n', '');
    expect(checkX12(flat)).toEqual([]);
    expect(read271(flat).responses[0]?.benefits).toHaveLength(5);
    const newlineTerminated = SUBSCRIBER_271.replaceAll('~', '\n');
    expect(tokenizeX12(newlineTerminated).segments[0]?.separators.segment).toBe('\n');
    expect(checkX12(newlineTerminated)).toEqual([]);
  });

  it('tolerates a byte-order mark, CRLF and indentation, and counts offsets in UTF-8 bytes', () => {
    const text = fixture('278/oopfactory__Example_3_1_2_Response.txt');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { segments, problems } = tokenizeX12(text);
    expect(problems).toEqual([]);
    const bytes = Buffer.from(text, 'utf8');
    for (const segment of segments) {
      expect(bytes.toString('latin1', segment.offset, segment.offset + segment.id.length)).toBe(
        segment.id,
      );
    }
    expect(segments[0]?.offset).toBe(3);
    expect(segments.find((s) => s.id === 'HCR')?.elements).toEqual(['HCR', 'A1', 'AUTH0001']);
  });

  it('numbers segments and lines from 1 and gives each element a byte position', () => {
    const { segments } = tokenizeX12(SUBSCRIBER_271);
    const eb = segments.find((s) => s.id === 'EB' && s.elements[1] === 'B');
    expect(eb).toMatchObject({ index: 22, line: 22 });
    expect(eb?.offset).toBe(SUBSCRIBER_271.indexOf('EB*B'));
  });

  it('reads several interchanges in one file, each with its own separators', () => {
    const second = withSeparators(SUBSCRIBER_271, '|', '>', '!', '~');
    const { segments, problems } = tokenizeX12(`${SUBSCRIBER_271}\n${second}`);
    expect(problems).toEqual([]);
    expect(segments.filter((s) => s.id === 'ISA')).toHaveLength(2);
    expect(segments.at(-1)?.separators.element).toBe('|');
    expect(read271(`${SUBSCRIBER_271}${second}`).responses).toHaveLength(2);
  });

  it('treats a 4010-style ISA11 "U" as no repetition separator', () => {
    const { segments } = tokenizeX12(fixture('270/oopfactory__Example1_IG.txt'));
    expect(segments[0]?.separators.repetition).toBeNull();
  });

  it('reports a file that ends without its last terminator', () => {
    const { problems } = tokenizeX12(SUBSCRIBER_271.trimEnd().slice(0, -1));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'MISSING_TERMINATOR', segmentId: 'IEA' }),
    ]);
  });
});

describe('padding after the last segment', () => {
  it('ignores NUL and Ctrl-Z padding at the end of a transmitted file', () => {
    expect(checkX12(`${SUBSCRIBER_271}\u001a\u0000\u0000`)).toEqual([]);
  });
});
