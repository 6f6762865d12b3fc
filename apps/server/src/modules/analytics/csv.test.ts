import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvField } from './csv.ts';

describe('RFC 4180 CSV', () => {
  it('quotes fields holding a comma, a quote or a line break, doubling inner quotes', () => {
    expect(formatCsvField('Aetna, Inc.')).toBe('"Aetna, Inc."');
    expect(formatCsvField('the "big" payer')).toBe('"the ""big"" payer"');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField('plain')).toBe('plain');
  });

  it('writes numbers as they are and nothing for null or non-finite values', () => {
    expect(formatCsvField(133.8)).toBe('133.8');
    expect(formatCsvField(null)).toBe('');
    expect(formatCsvField(Number.NaN)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(formatCsvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(formatCsvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formatCsvField('-2')).toBe("'-2");
  });

  it('ends every record, the header included, with CRLF', () => {
    expect(
      formatCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [null, 'y,z'],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n,"y,z"\r\n');
  });
});
