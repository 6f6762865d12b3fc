import { describe, expect, it } from 'vitest';
import { formatCents, parseCents, parseDateValue } from './values.ts';

describe('X12 values', () => {
  it.each([
    ['10.00', 1000],
    ['10', 1000],
    ['10.5', 1050],
    ['.28', 28],
    ['-1.27', -127],
    ['211366.97', 21_136_697],
    ['0.005', 1],
  ])('reads the amount %s as %i cents without floating-point drift', (raw, cents) => {
    expect(parseCents(raw)).toBe(cents);
  });

  it('refuses text that is not an amount', () => {
    expect(parseCents('12,50')).toBeNull();
    expect(parseCents('')).toBeNull();
    expect(parseCents('1.2.3')).toBeNull();
  });

  it('writes cents back as an X12 decimal', () => {
    expect(formatCents(28_300)).toBe('283.00');
    expect(formatCents(-127)).toBe('-1.27');
  });

  it('reads single dates and ranges, and refuses impossible ones', () => {
    expect(parseDateValue('D8', '20260302')).toEqual({ start: '2026-03-02', end: '2026-03-02' });
    expect(parseDateValue('RD8', '20050502-20050602')).toEqual({
      start: '2005-05-02',
      end: '2005-06-02',
    });
    expect(parseDateValue('RD8', '20050602-20050502')).toBeNull();
    expect(parseDateValue('D8', '20250229')).toBeNull();
  });
});
