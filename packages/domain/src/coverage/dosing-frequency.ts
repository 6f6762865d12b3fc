/**
 * Dosing frequency as written on a prescription ("q8h", "every 4 weeks", "continuous", "BID")
 * turned into something we can count doses and pick per diem codes with.
 */
export type DosingFrequency =
  | { kind: 'continuous' }
  | { kind: 'interval'; hours: number }
  | { kind: 'once' }
  | { kind: 'unknown'; text: string };

const TIMES_PER_DAY: Readonly<Record<string, number>> = {
  qd: 1,
  daily: 1,
  'once daily': 1,
  'once a day': 1,
  'every day': 1,
  bid: 2,
  'twice daily': 2,
  'twice a day': 2,
  tid: 3,
  'three times daily': 3,
  'three times a day': 3,
  qid: 4,
  'four times daily': 4,
  'four times a day': 4,
};

const NAMED_INTERVAL_HOURS: Readonly<Record<string, number>> = {
  qod: 48,
  'every other day': 48,
  weekly: 168,
  'once weekly': 168,
  'once a week': 168,
  'every week': 168,
  biweekly: 336,
  monthly: 720,
  'every month': 720,
};

const UNIT_HOURS: Readonly<Record<string, number>> = {
  h: 1,
  hr: 1,
  hrs: 1,
  hour: 1,
  hours: 1,
  d: 24,
  day: 24,
  days: 24,
  w: 168,
  wk: 168,
  wks: 168,
  week: 168,
  weeks: 168,
};

const Q_FORM = /^q\s*(\d+(?:\.\d+)?)\s*(h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?)?$/;
const EVERY_FORM = /^every\s+(\d+(?:\.\d+)?)\s*(h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?)$/;

export function parseDosingFrequency(text: string): DosingFrequency {
  const clean = text.trim().toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');
  if (/\bcontinuous(ly)?\b|\bcontinuous infusion\b|\b24 ?h(ou)?r? infusion\b/.test(clean)) {
    return { kind: 'continuous' };
  }
  if (/^(once|x ?1|one time|single dose)$/.test(clean)) return { kind: 'once' };
  const perDay = TIMES_PER_DAY[clean];
  if (perDay !== undefined) return { kind: 'interval', hours: 24 / perDay };
  const named = NAMED_INTERVAL_HOURS[clean];
  if (named !== undefined) return { kind: 'interval', hours: named };
  const match = Q_FORM.exec(clean) ?? EVERY_FORM.exec(clean);
  if (match !== null) {
    const amount = Number(match[1]);
    const unitHours = UNIT_HOURS[match[2] ?? 'h'] ?? 1;
    const hours = amount * unitHours;
    if (hours > 0) return { kind: 'interval', hours };
  }
  return { kind: 'unknown', text };
}

/** Doses given on each dosing day (continuous counts as one bag/cassette a day). */
export function dosesPerDosingDay(frequency: DosingFrequency): number {
  switch (frequency.kind) {
    case 'continuous':
    case 'once':
    case 'unknown':
      return 1;
    case 'interval':
      return frequency.hours >= 24 ? 1 : Math.round(24 / frequency.hours);
  }
}

/** Days between dosing days (1 for daily or more often). */
export function daysBetweenDoses(frequency: DosingFrequency): number {
  return frequency.kind === 'interval' && frequency.hours > 24
    ? Math.max(1, Math.round(frequency.hours / 24))
    : 1;
}
