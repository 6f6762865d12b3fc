import { describe, expect, it } from 'vitest';
import {
  computeDecisionDeadline,
  DEADLINE_RULES,
  isBoundByCms0057F,
} from './decision-deadlines.ts';

const at = (iso: string) => new Date(iso);

describe('decision deadlines', () => {
  it('gives a Medicare Advantage urgent request 72 hours under CMS-0057-F', () => {
    const deadline = computeDecisionDeadline({
      from: at('2026-03-02T09:30:00Z'),
      kind: 'initial',
      level: 'urgent',
      planType: 'medicare-advantage',
    });
    expect(deadline.dueAt.toISOString()).toBe('2026-03-05T09:30:00.000Z');
    expect(deadline).toMatchObject({ binding: true, ruleId: 'cms-0057-f-expedited', hours: 72 });
    expect(deadline.source).toContain('CMS-0057-F');
  });

  it('gives a Medicaid standard request 7 calendar days, across a month end', () => {
    const deadline = computeDecisionDeadline({
      from: at('2026-01-28T16:00:00Z'),
      kind: 'initial',
      level: 'standard',
      planType: 'medicaid',
    });
    expect(deadline.dueAt.toISOString()).toBe('2026-02-04T16:00:00.000Z');
    expect(deadline.binding).toBe(true);
  });

  it('treats Medicare fee-for-service and commercial plans as informational, same figures', () => {
    for (const planType of ['medicare-ffs', 'commercial', 'employer-self-funded'] as const) {
      const deadline = computeDecisionDeadline({
        from: at('2026-06-01T00:00:00Z'),
        kind: 'initial',
        level: 'standard',
        planType,
      });
      expect(deadline.binding).toBe(false);
      expect(deadline.mark).toBe('unverified');
      expect(deadline.dueAt.toISOString()).toBe('2026-06-08T00:00:00.000Z');
    }
  });

  it('does not bind Medicare Advantage before the rule took effect on 1 January 2026', () => {
    const deadline = computeDecisionDeadline({
      from: at('2025-12-31T23:00:00Z'),
      kind: 'initial',
      level: 'urgent',
      planType: 'medicare-advantage',
    });
    expect(deadline.binding).toBe(false);
    expect(deadline.ruleId).toBe('local-expedited');
  });

  it('lets the organisation change informational targets but never a binding limit', () => {
    const targets = { initial: { standard: 120 } };
    const commercial = computeDecisionDeadline(
      { from: at('2026-06-01T00:00:00Z'), kind: 'initial', level: 'standard', planType: null },
      targets,
    );
    expect(commercial.hours).toBe(120);
    const medicaid = computeDecisionDeadline(
      {
        from: at('2026-06-01T00:00:00Z'),
        kind: 'initial',
        level: 'standard',
        planType: 'managed-medicaid',
      },
      targets,
    );
    expect(medicaid.hours).toBe(168);
  });

  it('gives an appeal its own, longer standard deadline', () => {
    const deadline = computeDecisionDeadline({
      from: at('2026-06-01T00:00:00Z'),
      kind: 'appeal',
      level: 'standard',
      planType: 'medicare-advantage',
    });
    expect(deadline.dueAt.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(deadline.mark).toBe('secondary');
  });

  it('names the plans the rule binds', () => {
    expect(isBoundByCms0057F('managed-medicaid')).toBe(true);
    expect(isBoundByCms0057F('medicare-ffs')).toBe(false);
    expect(isBoundByCms0057F(null)).toBe(false);
  });

  it('carries a source and an effective date on every row', () => {
    for (const row of DEADLINE_RULES) {
      expect(row.source.length).toBeGreaterThan(20);
      expect(row.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
