import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from './parse-error.ts';
import { parseSolomon } from './solomon.ts';

const fixture = (name: string): string =>
  readFileSync(
    new URL(`../../../../../fixtures/external/vrptw/solomon/${name}.txt`, import.meta.url),
    'utf8',
  );

describe('parseSolomon', () => {
  it('reads C101 as 100 visits whose windows end at due date plus service time', () => {
    const instance = parseSolomon(fixture('C101'));
    expect(instance.name).toBe('C101');
    expect(instance.visits).toHaveLength(100);
    expect(instance.vehicles[0]).toMatchObject({
      count: 25,
      capacity: [200],
      shift: { start: 0, end: 1236 },
    });
    // Customer 1: ready 912, due 967, service 90.
    expect(instance.visits[0]).toMatchObject({
      id: '1',
      duration: 90,
      windows: [{ start: 912, end: 1057 }],
      demand: [10],
    });
  });

  it('rejects a customer row with a missing column, naming its line', () => {
    const text = fixture('C101').replace(
      '    3      42         66         10         65        146         90',
      '    3      42         66         10         65        146',
    );
    expect(() => parseSolomon(text)).toThrow(ParseError);
    expect(() => parseSolomon(text)).toThrow(/^line 13: expected 7 numbers per customer, found 6/);
  });

  it('rejects a repeated customer number and a word where a number belongs', () => {
    const repeated = fixture('C101').replace(/\n\s+4\s+42\s+68/, '\n    3      42         68');
    expect(() => parseSolomon(repeated)).toThrow(/customer number 3 repeats/);
    const word = fixture('C101').replace('  25         200', '  25         lots');
    expect(() => parseSolomon(word)).toThrow(/^line 5: "lots" is not a number/);
  });
});
