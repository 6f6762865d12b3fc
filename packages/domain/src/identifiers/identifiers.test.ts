import { describe, expect, it } from 'vitest';
import { explainInvalidNpi, isValidIcd10CmFormat, isValidNpi, normalizeIcd10Cm } from './index.ts';

describe('NPI check digit', () => {
  it('accepts the example NPI from the CMS check-digit standard', () => {
    // CMS "Requirements for NPI check digit" worked example: 123456789 → check digit 3.
    expect(isValidNpi('1234567893')).toBe(true);
  });

  it('rejects a mistyped digit and explains why', () => {
    expect(isValidNpi('1234567894')).toBe(false);
    expect(explainInvalidNpi('1234567894')).toMatch(/check digit/);
  });

  it('rejects the wrong length and non-digits with a specific message', () => {
    expect(explainInvalidNpi('123456789')).toBe('An NPI has 10 digits; this one has 9.');
    expect(explainInvalidNpi('12345678AB')).toBe('An NPI contains digits only.');
  });
});

describe('ICD-10-CM format', () => {
  it.each(['J18.9', 'D80.0', 'A41.01', 'S72.001A', 'M1A.0110', 'Z79.2', 'E11', 'U07.1'])(
    'accepts %s',
    (code) => {
      expect(isValidIcd10CmFormat(code)).toBe(true);
    },
  );

  it.each(['18.9', 'JJ8.9', 'J1', 'J18.99999', 'J18-9'])('rejects %s', (code) => {
    expect(isValidIcd10CmFormat(code)).toBe(false);
  });

  it('normalises case, spaces and a missing dot', () => {
    expect(normalizeIcd10Cm(' j189 ')).toBe('J18.9');
  });
});

describe('US addresses and phones', () => {
  it('knows the state codes, DC and the territories', async () => {
    const { isUsStateCode } = await import('./us-states.ts');
    expect(isUsStateCode('IL')).toBe(true);
    expect(isUsStateCode('DC')).toBe(true);
    expect(isUsStateCode('XX')).toBe(false);
  });

  it('normalises phone numbers written in any common way', async () => {
    const { normalizeUsPhone, formatUsPhone } = await import('./us-states.ts');
    expect(normalizeUsPhone('(773) 555-0142')).toBe('7735550142');
    expect(normalizeUsPhone('+1 773.555.0142')).toBe('7735550142');
    expect(normalizeUsPhone('555-0142')).toBeUndefined();
    expect(formatUsPhone('7735550142')).toBe('(773) 555-0142');
  });
});
