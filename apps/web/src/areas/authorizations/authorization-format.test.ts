import { describe, expect, it } from 'vitest';
import { isUnitsLow, splitHoursLeft, usedPercent } from './authorization-format.ts';

describe('authorization display helpers', () => {
  it('splits the time left into days and hours, and says when the payer is late', () => {
    expect(splitHoursLeft(71.6)).toEqual({ late: false, days: 3, hours: 0 });
    expect(splitHoursLeft(30)).toEqual({ late: false, days: 1, hours: 6 });
    expect(splitHoursLeft(-5.2)).toEqual({ late: true, days: 0, hours: 5 });
  });

  it('caps the bar at 100% and counts units low from 80%', () => {
    expect(usedPercent(12, 10)).toBe(100);
    expect(usedPercent(3, 12)).toBe(25);
    expect(usedPercent(3, null)).toBe(0);
    expect(isUnitsLow(7, 10)).toBe(false);
    expect(isUnitsLow(8, 10)).toBe(true);
    expect(isUnitsLow(0, 0)).toBe(false);
  });
});
