import { describe, expect, it } from 'vitest';
import * as x12 from '../index.ts';
import type { CodeTable } from './code-table.ts';

const tables = Object.entries(x12).filter(
  (entry): entry is [string, CodeTable] =>
    typeof entry[1] === 'object' &&
    'entries' in entry[1] &&
    'byCode' in entry[1] &&
    'source' in entry[1],
);

describe('code tables', () => {
  it('are all exported from the public surface', () => {
    expect(tables.map(([name]) => name).sort()).toEqual([
      'ADJUSTMENT_GROUP_CODES',
      'ADJUSTMENT_REASON_CODES',
      'AUTHORIZATION_INDICATOR_CODES',
      'BENEFIT_INFORMATION_CODES',
      'CERTIFICATION_TYPE_CODES',
      'CLAIM_STATUS_CODES',
      'COVERAGE_LEVEL_CODES',
      'DATE_QUALIFIER_CODES',
      'FOLLOW_UP_ACTION_CODES',
      'INSURANCE_TYPE_CODES',
      'LEVEL_OF_SERVICE_CODES',
      'NETWORK_INDICATOR_CODES',
      'QUANTITY_QUALIFIER_CODES',
      'REJECT_REASON_CODES',
      'REMITTANCE_DATE_QUALIFIER_CODES',
      'REQUEST_CATEGORY_CODES',
      'REVIEW_ACTION_CODES',
      'SERVICE_TYPE_CODES',
      'TIME_PERIOD_CODES',
      'TRANSACTION_CODES',
      'VALID_REQUEST_CODES',
    ]);
  });

  it.each(tables)('%s names its source and has no duplicate or unmarked code', (_name, table) => {
    expect(table.source.length).toBeGreaterThan(10);
    expect(table.effective.length).toBeGreaterThan(3);
    const codes = table.entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of table.entries) {
      expect(['✅', '⚠️', '❌']).toContain(entry.mark);
      expect(entry.meaning.trim()).not.toBe('');
    }
  });

  it('keeps the rows DOMAIN.md marks as verified', () => {
    const verified = (table: CodeTable): string[] =>
      table.entries.filter((e) => e.mark === '✅').map((e) => e.code);
    expect(verified(x12.REVIEW_ACTION_CODES)).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'A6',
      'C',
      'CT',
      'NA',
    ]);
    expect(x12.REVIEW_ACTION_CODES.byCode.has('A5')).toBe(false);
    expect(verified(x12.ADJUSTMENT_GROUP_CODES)).toEqual(['CO', 'PR', 'OA', 'PI', 'CR']);
    expect(x12.ADJUSTMENT_GROUP_CODES.byCode.has('OI')).toBe(false);
    expect(verified(x12.CLAIM_STATUS_CODES)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '19',
      '20',
      '21',
      '22',
      '23',
      '25',
    ]);
    expect(x12.BENEFIT_INFORMATION_CODES.byCode.has('9')).toBe(false);
  });

  it('gives every reject reason an action and marks retryable only what can succeed unchanged', () => {
    for (const entry of x12.REJECT_REASON_CODES.entries) expect(entry.action).toMatch(/\.$/);
    const retryable = x12.REJECT_REASON_CODES.entries.filter((e) => e.retryable).map((e) => e.code);
    expect(retryable).toEqual(['04', '42', '80']);
  });
});
