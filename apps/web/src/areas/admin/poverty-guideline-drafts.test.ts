import { describe, expect, it } from 'vitest';
import { POVERTY_GUIDELINES } from '@infusio/domain/financial';
import { draftOf, isOverride, restoredFrom, sentRow } from './poverty-guideline-drafts.ts';

const rows = draftOf({
  rows: POVERTY_GUIDELINES.map((r) => ({ ...r, note: r.note ?? null, origin: 'table' })),
  overrides: [],
  updatedAt: null,
});

describe('the poverty guideline draft', () => {
  it('sends no override while the rows are the built-in table', () => {
    expect(rows.filter(isOverride)).toEqual([]);
  });

  it('sends a changed row in cents, and nothing once the built-in figures are restored', () => {
    const [first] = rows;
    if (!first) throw new Error('no row');
    const changed = { ...first, base: '16000.5', increment: 5600 };
    expect(isOverride(changed)).toBe(true);
    expect(sentRow(changed)).toMatchObject({ baseCents: 16_000_50, incrementCents: 5_600_00 });
    const builtIn = POVERTY_GUIDELINES[0];
    if (!builtIn) throw new Error('no built-in row');
    expect(isOverride(restoredFrom(changed, builtIn))).toBe(false);
  });

  it('sends a year the table does not have', () => {
    const [first] = rows;
    if (!first) throw new Error('no row');
    expect(isOverride({ ...first, year: 2026, isAdded: true })).toBe(true);
  });
});
