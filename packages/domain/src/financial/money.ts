/**
 * Money is integer cents everywhere. Rates (coinsurance 0.2, discount 0.75) are turned into
 * basis points first so that no floating-point product is ever rounded twice.
 */

export function assertCents(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole, non-negative number of cents (got ${value})`);
  }
}

export function assertRate(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`${name} must be a rate between 0 and 1 (got ${value})`);
  }
}

const BASIS_POINTS = 10_000;

/** cents × rate, rounded half up to a whole cent (rate given as 0..1, kept to 0.01%). */
export function applyRate(cents: number, rate: number): number {
  const basisPoints = Math.round(rate * BASIS_POINTS);
  return Math.floor((cents * basisPoints + BASIS_POINTS / 2) / BASIS_POINTS);
}

/** "$1,234.56" — for logs and tests; the web app formats money for the reader's locale. */
export function formatUsd(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}
