import {
  daysBetweenDoses,
  dosesPerDosingDay,
  parseDosingFrequency,
  type DosingFrequency,
} from './dosing-frequency.ts';
import type { TherapyPlan } from './expected-charges.types.ts';
import { addDays } from './iso-date.ts';

export interface NurseVisit {
  date: string;
  hours: number;
}

/** The dated facts of a therapy plan the charges are counted from. */
export interface TherapyCalendar {
  frequency: DosingFrequency;
  /** Every day of access, first to last. */
  therapyDays: readonly string[];
  /** Days a dose is given. */
  doseDays: readonly string[];
  dosesPerDoseDay: number;
  visits: readonly NurseVisit[];
}

function range(count: number, step: number, start: string): string[] {
  const days: string[] = [];
  for (let offset = 0; offset < count; offset += step) days.push(addDays(start, offset));
  return days;
}

function visitDates(plan: TherapyPlan, doseDays: readonly string[]): string[] {
  const { nursing } = plan;
  switch (nursing.schedule) {
    case 'each-dose-day':
      return [...doseDays];
    case 'weekly': {
      const perWeek = Math.max(0, nursing.visitsPerWeek ?? 1);
      if (perWeek === 0) return [];
      const dates = new Set<string>();
      for (let k = 0; ; k += 1) {
        const offset = Math.round((k * 7) / perWeek);
        if (offset >= plan.durationDays) break;
        dates.add(addDays(plan.startDate, offset));
      }
      return [...dates];
    }
  }
}

export function buildTherapyCalendar(plan: TherapyPlan): TherapyCalendar {
  if (!Number.isInteger(plan.durationDays) || plan.durationDays < 1) {
    throw new RangeError('A therapy plan lasts at least one whole day');
  }
  const frequency = parseDosingFrequency(plan.frequency);
  const therapyDays = range(plan.durationDays, 1, plan.startDate);
  const doseDays =
    frequency.kind === 'once'
      ? [plan.startDate]
      : range(plan.durationDays, daysBetweenDoses(frequency), plan.startDate);
  const visits = visitDates(plan, doseDays).map((date, index) => ({
    date,
    hours:
      index === 0
        ? (plan.nursing.firstVisitHours ?? plan.nursing.hoursPerVisit)
        : plan.nursing.hoursPerVisit,
  }));
  return {
    frequency,
    therapyDays,
    doseDays,
    dosesPerDoseDay: dosesPerDosingDay(frequency),
    visits,
  };
}
