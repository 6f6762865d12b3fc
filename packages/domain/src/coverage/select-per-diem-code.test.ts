import { describe, expect, it } from 'vitest';
import { parseDosingFrequency } from './dosing-frequency.ts';
import { PER_DIEM_CODES } from './per-diem-codes.ts';
import { selectPerDiemCode } from './select-per-diem-code.ts';

describe('selectPerDiemCode (DOMAIN.md §1.4 S-code table)', () => {
  it.each([
    ['q3h', 'S9497'],
    ['q4h', 'S9504'],
    ['q6h', 'S9503'],
    ['QID', 'S9503'],
    ['q8h', 'S9502'],
    ['TID', 'S9502'],
    ['every 8 hours', 'S9502'],
    ['q12h', 'S9501'],
    ['BID', 'S9501'],
    ['q24h', 'S9500'],
    ['daily', 'S9500'],
    ['q48h', 'S9494'],
    ['as directed', 'S9494'],
  ])('codes an anti-infective given %s as %s', (frequency, code) => {
    expect(selectPerDiemCode('anti-infective', frequency).code).toBe(code);
  });

  it.each([
    [0.8, 'S9365'],
    [1, 'S9365'],
    [1.5, 'S9366'],
    [2, 'S9366'],
    [2.5, 'S9367'],
    [3.2, 'S9368'],
  ])('codes TPN of %s L/day as %s', (litres, code) => {
    expect(selectPerDiemCode('parenteral-nutrition', 'continuous', litres).code).toBe(code);
  });

  it('uses the generic TPN code when the volume is not known', () => {
    expect(selectPerDiemCode('parenteral-nutrition', 'daily').code).toBe('S9364');
  });

  it.each([
    [1, 'S9374'],
    [1.5, 'S9375'],
    [3, 'S9376'],
    [4, 'S9377'],
  ])('codes hydration of %s L/day as %s', (litres, code) => {
    expect(selectPerDiemCode('hydration', 'daily', litres).code).toBe(code);
  });

  it('uses the generic hydration code when the volume is not known', () => {
    expect(selectPerDiemCode('hydration', 'daily').code).toBe('S9373');
  });

  it('codes continuous and intermittent chemotherapy and pain management separately', () => {
    expect(selectPerDiemCode('chemotherapy', 'continuous').code).toBe('S9330');
    expect(selectPerDiemCode('chemotherapy', 'q24h').code).toBe('S9331');
    expect(selectPerDiemCode('chemotherapy', 'per protocol').code).toBe('S9329');
    expect(selectPerDiemCode('pain-management', 'continuous').code).toBe('S9326');
    expect(selectPerDiemCode('pain-management', 'q4h').code).toBe('S9327');
    expect(
      selectPerDiemCode('pain-management', 'continuous', undefined, { implantedPump: true }).code,
    ).toBe('S9328');
  });

  it.each([
    ['ivig', 'S9338'],
    ['scig', 'S9338'],
    ['inotrope', 'S9348'],
    ['pulmonary-hypertension', 'S9347'],
    ['anti-hemophilic', 'S9345'],
    ['alpha-1-proteinase-inhibitor', 'S9346'],
    ['chelation', 'S9355'],
    ['enzyme-replacement', 'S9357'],
    ['anti-tnf', 'S9359'],
    ['diuretic', 'S9361'],
    ['anti-emetic', 'S9370'],
    ['anticoagulant', 'S9372'],
    ['corticosteroid', 'S9490'],
    ['biologic', 'S9379'],
    ['other', 'S9379'],
  ] as const)('codes %s as %s', (therapy, code) => {
    expect(selectPerDiemCode(therapy, 'daily').code).toBe(code);
  });

  it('bills therapies given less often than every 72 hours per dosing day, not per day of access', () => {
    expect(selectPerDiemCode('ivig', 'every 4 weeks').basis).toBe('per-dosing-day');
    expect(selectPerDiemCode('anti-infective', 'q72h').basis).toBe('per-day-of-access');
    expect(selectPerDiemCode('anti-infective', 'q24h').basis).toBe('per-day-of-access');
  });

  it('lists every S-code of DOMAIN.md §1.4 once', () => {
    const codes = PER_DIEM_CODES.map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(47);
  });
});

describe('parseDosingFrequency', () => {
  it.each([
    ['q8h', { kind: 'interval', hours: 8 }],
    ['Q 12 H', { kind: 'interval', hours: 12 }],
    ['every 4 weeks', { kind: 'interval', hours: 672 }],
    ['q4w', { kind: 'interval', hours: 672 }],
    ['weekly', { kind: 'interval', hours: 168 }],
    ['every other day', { kind: 'interval', hours: 48 }],
    ['b.i.d.', { kind: 'interval', hours: 12 }],
    ['continuous infusion', { kind: 'continuous' }],
    ['once', { kind: 'once' }],
    ['per protocol', { kind: 'unknown', text: 'per protocol' }],
  ])('reads %s', (text, expected) => {
    expect(parseDosingFrequency(text)).toEqual(expected);
  });
});
