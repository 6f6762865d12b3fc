import { describe, expect, it } from 'vitest';
import {
  dollarsToCents,
  formatMoney,
  formatMonth,
  formatRate,
  portalLanguage,
} from './financial-format.ts';

describe('financial formats', () => {
  it('formats cents as US dollars in both languages', () => {
    expect(formatMoney(838_50, 'en')).toBe('$838.50');
    expect(formatMoney(1_234_56, 'zh-CN')).toContain('1,234.56');
  });

  it('names months without shifting them by time zone', () => {
    expect(formatMonth('2026-12', 'en')).toBe('December 2026');
    expect(formatMonth('2027-01', 'zh-CN')).toBe('2027年1月');
  });

  it('turns typed dollars into cents and refuses more than two decimals', () => {
    expect(dollarsToCents('30,000')).toBe(30_000_00);
    expect(dollarsToCents('$1,234.5')).toBe(1_234_50);
    expect(dollarsToCents('1.234')).toBeUndefined();
    expect(dollarsToCents('')).toBeUndefined();
  });

  it('shows rates as percentages and maps chart languages onto the portal’s two', () => {
    expect(formatRate(0.75, 'en')).toBe('75%');
    expect(portalLanguage('zh-Hans')).toBe('zh-CN');
    expect(portalLanguage('es')).toBe('en');
  });
});
