import { describe, expect, it } from 'vitest';
import { stageIndex } from '@infusio/domain/intake';
import { generateAdmissionHistory, type HistoryReferral } from './synthetic-history.ts';

const now = new Date('2026-11-02T15:00:00Z');
const patientIds = Array.from({ length: 19 }, (_, i) => `patient-${i}`);
const demo = (seed = 2026) =>
  generateAdmissionHistory({ patientIds, branchIds: ['branch'], now, seed, days: 88 });

const admissionsOf = (history: HistoryReferral[]) =>
  history.flatMap((r) => (r.admission ? [{ referral: r, admission: r.admission }] : []));

describe('the synthetic admission history', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(demo()).toEqual(demo());
    expect(demo(7)).not.toEqual(demo());
  });

  it('lies between the start of the window and now', () => {
    const start = now.getTime() - 88 * 86_400_000;
    for (const referral of demo()) {
      expect(referral.receivedAt.getTime()).toBeGreaterThanOrEqual(start);
      const times = [
        ...(referral.admission?.stages.map((s) => s.at) ?? []),
        ...(referral.admission?.statusChanges.map((c) => c.at) ?? []),
        ...(referral.respondedAt ? [referral.respondedAt] : []),
      ];
      for (const at of times) expect(at.getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });

  it('walks the stages in journey order, forward in time, start of care at its stage', () => {
    for (const { referral, admission } of admissionsOf(demo())) {
      expect(admission.stages[0]).toEqual({ stage: 'referral-received', at: referral.receivedAt });
      for (let i = 1; i < admission.stages.length; i++) {
        const [before, after] = [admission.stages[i - 1], admission.stages[i]];
        expect(stageIndex(after?.stage ?? 'referral-received')).toBe(
          stageIndex(before?.stage ?? 'discharged') + 1,
        );
        expect(after?.at.getTime()).toBeGreaterThanOrEqual(before?.at.getTime() ?? 0);
      }
      const soc = admission.stages.find((s) => s.stage === 'start-of-care');
      expect(admission.startOfCareAt).toEqual(soc?.at ?? null);
    }
  });

  it('never gives a patient two admissions open at the same time', () => {
    const byPatient = new Map<string, { receivedAt: Date; closedAt: Date | null }[]>();
    for (const { referral, admission } of admissionsOf(demo())) {
      const list = byPatient.get(admission.patientId) ?? [];
      list.push({ receivedAt: referral.receivedAt, closedAt: admission.closedAt });
      byPatient.set(admission.patientId, list);
    }
    for (const episodes of byPatient.values()) {
      episodes.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
      for (let i = 1; i < episodes.length; i++) {
        const previousClosed = episodes[i - 1]?.closedAt;
        expect(previousClosed).not.toBeNull();
        expect(previousClosed?.getTime()).toBeLessThan(episodes[i]?.receivedAt.getTime() ?? 0);
      }
    }
  });

  it('keeps each patient with one insurance across their referrals', () => {
    const payers = new Map<string, Set<string>>();
    for (const referral of demo()) {
      if (referral.patientId === null) continue;
      const seen = payers.get(referral.patientId) ?? new Set<string>();
      seen.add(referral.payerName);
      payers.set(referral.patientId, seen);
    }
    expect(payers.size).toBe(patientIds.length);
    for (const seen of payers.values()) expect(seen.size).toBe(1);
  });

  it('gives the demo a realistic mix: mostly started within 1–5 days, some refused, some waiting', () => {
    const history = demo();
    const admissions = admissionsOf(history);
    const started = admissions.filter((a) => a.admission.startOfCareAt);
    const hours = started.map(
      (a) =>
        ((a.admission.startOfCareAt?.getTime() ?? 0) - a.referral.receivedAt.getTime()) / 3.6e6,
    );
    const waiting = admissions.filter(
      (a) => !a.admission.startOfCareAt && ['open', 'on-hold'].includes(a.admission.status),
    );
    expect(history.length).toBeGreaterThanOrEqual(50);
    expect(history.length).toBeLessThanOrEqual(75);
    expect(started.length / history.length).toBeGreaterThan(0.5);
    expect(hours.filter((h) => h >= 24 && h <= 120).length / hours.length).toBeGreaterThan(0.6);
    expect(admissions.some((a) => a.admission.status === 'not-admitted')).toBe(true);
    expect(history.some((r) => r.response === 'declined' && !r.admission)).toBe(true);
    expect(waiting.some((a) => a.admission.status === 'on-hold')).toBe(true);
    const stages = new Set(waiting.map((a) => a.admission.stages.at(-1)?.stage));
    expect(stages.size).toBeGreaterThanOrEqual(2);
    expect(new Set(history.map((r) => r.therapy)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(history.map((r) => r.payerName)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(history.map((r) => r.referralSource)).size).toBeGreaterThanOrEqual(4);
  });

  it('uses only the patients it was given and spreads them over the branches', () => {
    const history = generateAdmissionHistory({
      patientIds,
      branchIds: ['a', 'b', 'c'],
      now,
      seed: 3,
      days: 200,
    });
    const used = new Set(history.flatMap((r) => (r.patientId ? [r.patientId] : [])));
    expect([...used].every((id) => patientIds.includes(id))).toBe(true);
    expect(new Set(history.map((r) => r.branchId))).toEqual(new Set(['a', 'b', 'c']));
  });
});
