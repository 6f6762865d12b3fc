import { describe, expect, it } from 'vitest';
import {
  FieldCollector,
  ageInYears,
  checkBirthDate,
  checkEmail,
  checkLanguage,
  checkPhone,
  checkPostalCode,
  checkStateCode,
} from './demographics-rules.ts';

function run<T>(check: (out: FieldCollector) => T) {
  const out = new FieldCollector();
  const value = check(out);
  return { value, codes: out.problems.map((p) => p.code) };
}

describe('demographics rules', () => {
  it.each([
    ['312-555-0100', '(312) 555-0100'],
    ['+1 (312) 555 0100', '(312) 555-0100'],
    ['3125550100', '(312) 555-0100'],
  ])('formats the phone %s as %s', (input, formatted) => {
    expect(run((out) => checkPhone(out, '/phone', input))).toEqual({ value: formatted, codes: [] });
  });

  it.each(['555-0100', '112-555-0100', '312-555-01000'])('refuses the phone %s', (input) => {
    expect(run((out) => checkPhone(out, '/phone', input)).codes).toEqual(['phone']);
  });

  it('treats a blank phone or e-mail as none', () => {
    expect(run((out) => checkPhone(out, '/phone', '  ')).value).toBeNull();
    expect(run((out) => checkEmail(out, '/email', '')).value).toBeNull();
  });

  it.each([
    ['a@b.co', []],
    ['Mei.Chen@Example.com', []],
    ['mei@', ['email']],
    ['mei@example', ['email']],
    ['mei chen@example.com', ['email']],
  ])('checks the e-mail %s', (input, codes) => {
    expect(run((out) => checkEmail(out, '/email', input)).codes).toEqual(codes);
  });

  it('accepts USPS state and territory codes in any case and refuses others', () => {
    expect(run((out) => checkStateCode(out, '/state', 'il'))).toEqual({ value: 'IL', codes: [] });
    expect(run((out) => checkStateCode(out, '/state', 'PR')).codes).toEqual([]);
    expect(run((out) => checkStateCode(out, '/state', 'ZZ')).codes).toEqual(['state_code']);
  });

  it.each([
    ['60618', []],
    ['60618-1234', []],
    ['6061', ['postal_code']],
    ['60618-12', ['postal_code']],
    ['ABCDE', ['postal_code']],
  ])('checks the ZIP %s', (input, codes) => {
    expect(run((out) => checkPostalCode(out, '/postalCode', input)).codes).toEqual(codes);
  });

  it('refuses a birth date in the future or more than 120 years ago', () => {
    const today = '2026-11-02';
    expect(run((out) => checkBirthDate(out, '/birthDate', '2026-11-02', today)).codes).toEqual([]);
    expect(run((out) => checkBirthDate(out, '/birthDate', '2026-11-03', today)).codes).toEqual([
      'future_date',
    ]);
    expect(run((out) => checkBirthDate(out, '/birthDate', '1905-11-02', today)).codes).toEqual([
      'out_of_range',
    ]);
  });

  it('counts whole years of age, the birthday itself included', () => {
    expect(ageInYears('1950-11-02', '2026-11-02')).toBe(76);
    expect(ageInYears('1950-11-03', '2026-11-02')).toBe(75);
  });

  it.each([
    ['en', 'en'],
    ['zh-Hans', 'zh-Hans'],
    ['ES', 'es'],
    ['yue', 'yue'],
  ])('accepts the language %s as %s', (input, canonical) => {
    expect(run((out) => checkLanguage(out, '/preferredLanguage', input))).toEqual({
      value: canonical,
      codes: [],
    });
  });

  it.each(['xx', 'english', '12', ''])('refuses the language %j', (input) => {
    expect(run((out) => checkLanguage(out, '/preferredLanguage', input)).codes).toEqual([
      'language',
    ]);
  });
});
