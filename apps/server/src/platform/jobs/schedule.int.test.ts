import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { jobs } from './jobs.tables.ts';
import { enqueueDueJobs, periodKey, type JobSchedule } from './schedule.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const count = async (kind: string) =>
  (await t.ctx.db.select().from(jobs).where(eq(jobs.kind, kind))).length;

describe('the job scheduler', () => {
  it('names periods by UTC day, month and N-minute slot', () => {
    const at = new Date('2026-11-22T15:37:10Z');
    expect(periodKey('day', at)).toBe('2026-11-22');
    expect(periodKey('month', at)).toBe('2026-11');
    expect(periodKey({ minutes: 15 }, at)).toBe('2026-11-22T15:30');
  });

  it('enqueues a daily job once per day however often it ticks, and again the next day', async () => {
    const schedules: JobSchedule[] = [
      { kind: 'test.daily', every: 'day', payload: { scope: 'all' } },
    ];
    t.clock.set('2026-11-22T01:00:00Z');
    expect(await enqueueDueJobs(t.ctx.db, t.clock, schedules)).toEqual(['test.daily']);
    t.clock.set('2026-11-22T23:59:00Z');
    expect(await enqueueDueJobs(t.ctx.db, t.clock, schedules)).toEqual([]);
    t.clock.set('2026-11-23T00:01:00Z');
    expect(await enqueueDueJobs(t.ctx.db, t.clock, schedules)).toEqual(['test.daily']);
    expect(await count('test.daily')).toBe(2);
    const [job] = await t.ctx.db.select().from(jobs).where(eq(jobs.kind, 'test.daily'));
    expect(job?.payload).toMatchObject({ scope: 'all', period: '2026-11-22', scheduled: true });
  });

  it('enqueues a monthly job once per calendar month, even from concurrent ticks', async () => {
    const schedules: JobSchedule[] = [{ kind: 'test.monthly', every: 'month' }];
    t.clock.set('2026-11-05T10:00:00Z');
    await Promise.all([1, 2, 3].map(() => enqueueDueJobs(t.ctx.db, t.clock, schedules)));
    t.clock.set('2026-11-30T10:00:00Z');
    await enqueueDueJobs(t.ctx.db, t.clock, schedules);
    expect(await count('test.monthly')).toBe(1);
    t.clock.set('2026-12-01T00:00:00Z');
    await enqueueDueJobs(t.ctx.db, t.clock, schedules);
    expect(await count('test.monthly')).toBe(2);
  });
});
