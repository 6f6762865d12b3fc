import { describe, expect, it } from 'vitest';
import { formatPhone, idPrefixOfReference, referenceOf } from './inquiry-values.ts';

describe('the reference a family quotes', () => {
  it('is RC- and the first eight hex digits of the id, grouped by four', () => {
    expect(referenceOf('3f9a1c2b-0000-4000-8000-000000000000')).toBe('RC-3F9A-1C2B');
  });

  it('is found again however it is typed', () => {
    for (const typed of ['RC-3F9A-1C2B', 'rc 3f9a 1c2b', '3F9A1C2B', ' RC-3f9a-1c2b '])
      expect(idPrefixOfReference(typed)).toBe('3f9a1c2b');
    expect(idPrefixOfReference('RC-3F9A')).toBeUndefined();
    expect(idPrefixOfReference("RC-3F9A-1C2%' or 1=1")).toBeUndefined();
  });
});

describe('the phone as stored', () => {
  it('writes North American numbers one way', () => {
    expect(formatPhone('773.555.0142')).toBe('(773) 555-0142');
    expect(formatPhone('+1 (773) 555 0142')).toBe('(773) 555-0142');
  });
});
