/**
 * National Provider Identifier check (CMS NPI standard): 10 digits, the last a Luhn check digit
 * computed over the ISO prefix 80840 followed by the first nine digits.
 */
const NPI_PREFIX = '80840';

export function computeLuhnCheckDigit(digits: string): number {
  let sum = 0;
  // Walk right to left; the rightmost payload digit is doubled (the check digit will follow it).
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidNpi(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  const expected = computeLuhnCheckDigit(NPI_PREFIX + value.slice(0, 9));
  return expected === Number(value[9]);
}

/** Why an NPI is rejected, in words a coordinator can act on; undefined when it is valid. */
export function explainInvalidNpi(value: string): string | undefined {
  if (!/^\d+$/.test(value)) return 'An NPI contains digits only.';
  if (value.length !== 10) return `An NPI has 10 digits; this one has ${value.length}.`;
  if (!isValidNpi(value))
    return 'The NPI check digit does not match: a digit is probably mistyped.';
  return undefined;
}
