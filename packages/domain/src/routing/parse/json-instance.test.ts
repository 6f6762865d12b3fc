import { describe, expect, it } from 'vitest';
import { parseJsonInstance } from './json-instance.ts';

const valid = `{
  "name": "tiny",
  "locations": [
    { "id": "branch", "lat": 34.05, "lon": -118.24 },
    { "id": "p1", "lat": 34.06, "lon": -118.3 }
  ],
  "vehicles": [
    { "id": "ana", "start": "branch", "shift": { "start": 480, "end": 1020 }, "skills": ["PICC"] }
  ],
  "visits": [
    { "id": "v1", "location": "p1", "duration": 45, "windows": [{ "start": 540, "end": 720 }], "skills": ["PICC"] }
  ]
}`;

describe('parseJsonInstance', () => {
  it('reads a well-formed instance', () => {
    const instance = parseJsonInstance(valid);
    expect(instance.visits[0]?.windows).toEqual([{ start: 540, end: 720 }]);
  });

  it('rejects broken JSON syntax with the line of the fault', () => {
    const broken = valid.replace('"duration": 45,', '"duration": 45');
    expect(() => parseJsonInstance(broken)).toThrow(/^line 11: expected "," or "}"/);
  });

  it('rejects a visit at an unknown location with the line of that visit', () => {
    const unknown = valid.replace('"location": "p1"', '"location": "p9"');
    expect(() => parseJsonInstance(unknown)).toThrow(
      /^line 11: visits\[0\]\.location: unknown location "p9"/,
    );
  });

  it('rejects a field of the wrong type and an unknown field', () => {
    expect(() => parseJsonInstance(valid.replace('"duration": 45', '"duration": "45"'))).toThrow(
      /^line 11: visits\[0\]\.duration: must be a number/,
    );
    expect(() => parseJsonInstance(valid.replace('"name": "tiny"', '"nmae": "tiny"'))).toThrow(
      /^line 2: nmae: unknown field/,
    );
  });

  it('rejects a shift that ends before it starts', () => {
    const text = valid.replace(
      '"shift": { "start": 480, "end": 1020 }',
      '"shift": { "start": 1020, "end": 480 }',
    );
    expect(() => parseJsonInstance(text)).toThrow(
      /^line 8: vehicles\[0\]\.shift: ends before it starts/,
    );
  });
});
