import { describe, expect, it } from 'vitest';
import { daysUntil, evaluateReminders, type ReminderSubject } from './reminder-rules.ts';

const subject = (overrides: Partial<ReminderSubject> = {}): ReminderSubject => ({
  id: 'a1',
  status: 'approved',
  serviceLine: 'nursing',
  procedureCode: '99601',
  decisionDueAt: null,
  approvedEnd: '2026-12-31',
  unitsApproved: 10,
  unitsUsed: 0,
  hasRenewal: false,
  admissionActive: true,
  ...overrides,
});

const kinds = (s: ReminderSubject, now: string) =>
  evaluateReminders(s, new Date(now)).map((r) => r.kind);

describe('authorization reminders', () => {
  it('says the payer is late only after the deadline, while a decision is awaited', () => {
    const waiting = subject({
      status: 'submitted',
      decisionDueAt: new Date('2026-11-10T12:00:00Z'),
    });
    expect(kinds(waiting, '2026-11-10T12:00:00Z')).toEqual([]);
    expect(kinds(waiting, '2026-11-10T12:00:01Z')).toEqual(['authorization-decision-overdue']);
    expect(kinds({ ...waiting, status: 'pended' }, '2026-11-11T00:00:00Z')).toEqual([
      'authorization-decision-overdue',
    ]);
    expect(kinds({ ...waiting, status: 'approved' }, '2026-11-11T00:00:00Z')).not.toContain(
      'authorization-decision-overdue',
    );
  });

  it('reminds 14 days before the approval ends, not 15, and not once a renewal exists', () => {
    expect(kinds(subject(), '2026-12-16T08:00:00Z')).toEqual([]);
    expect(kinds(subject(), '2026-12-17T08:00:00Z')).toEqual(['authorization-expiring']);
    expect(kinds(subject({ hasRenewal: true }), '2026-12-17T08:00:00Z')).toEqual([]);
    expect(kinds(subject({ status: 'expired' }), '2027-01-02T08:00:00Z')).toEqual([
      'authorization-expiring',
    ]);
  });

  it('reminds when 80% of the approved units are used', () => {
    expect(kinds(subject({ unitsUsed: 7 }), '2026-11-01T00:00:00Z')).toEqual([]);
    expect(kinds(subject({ unitsUsed: 8 }), '2026-11-01T00:00:00Z')).toEqual([
      'authorization-units-low',
    ]);
    expect(kinds(subject({ unitsApproved: 5, unitsUsed: 4 }), '2026-11-01T00:00:00Z')).toEqual([
      'authorization-units-low',
    ]);
  });

  it('names each occasion in the key, so a new deadline or new units make a new reminder', () => {
    const [first] = evaluateReminders(subject({ unitsUsed: 9 }), new Date('2026-11-01'));
    const [second] = evaluateReminders(
      subject({ unitsUsed: 9, unitsApproved: 11 }),
      new Date('2026-11-01'),
    );
    expect(first?.dedupeKey).toBe('authorization-units-low:a1:10');
    expect(second?.dedupeKey).toBe('authorization-units-low:a1:11');
  });

  it('raises nothing for a closed admission', () => {
    expect(
      kinds(subject({ unitsUsed: 10, admissionActive: false }), '2026-12-30T00:00:00Z'),
    ).toEqual([]);
  });

  it('counts whole calendar days', () => {
    expect(daysUntil('2026-03-09', '2026-03-08')).toBe(1);
    expect(daysUntil('2026-03-01', '2026-02-15')).toBe(14);
    expect(daysUntil('2026-02-15', '2026-03-01')).toBe(-14);
  });
});
