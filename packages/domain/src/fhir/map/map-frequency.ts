/**
 * Dosage.timing → the frequency as a prescriber writes it ('q8h', 'q24h', 'every 4 weeks',
 * 'continuous'), in the forms parseDosingFrequency (coverage/dosing-frequency.ts) reads.
 * Timing.repeat: frequency times per period periodUnit (https://hl7.org/fhir/R4/datatypes.html#Timing).
 */
import { getObject, getObjects, getString } from '../validate/json.ts';
import type { JsonObject } from '../validate/json.ts';
import { codesOf } from './concepts.ts';

const UNIT_HOURS: Readonly<Record<string, number>> = {
  s: 1 / 3600,
  min: 1 / 60,
  h: 1,
  d: 24,
  wk: 168,
  mo: 720,
  a: 8760,
};

/** Timing.code (v3 GTSAbbreviation) as the words parseDosingFrequency knows. */
const TIMING_ABBREVIATIONS: Readonly<Record<string, string>> = {
  QD: 'daily',
  BID: 'bid',
  TID: 'tid',
  QID: 'qid',
  QOD: 'qod',
  Q1H: 'q1h',
  Q2H: 'q2h',
  Q3H: 'q3h',
  Q4H: 'q4h',
  Q6H: 'q6h',
  Q8H: 'q8h',
  WK: 'weekly',
  MO: 'monthly',
};

export function mapFrequency(dosage: JsonObject): string | undefined {
  const timing = getObject(dosage, 'timing');
  const repeat = timing === undefined ? undefined : getObject(timing, 'repeat');
  const fromRepeat = repeat === undefined ? undefined : formatRepeat(repeat);
  if (fromRepeat !== undefined) return fromRepeat;
  const code = codesOf(timing === undefined ? undefined : getObject(timing, 'code')).find(
    (c) => c.code !== undefined && TIMING_ABBREVIATIONS[c.code] !== undefined,
  )?.code;
  if (code !== undefined) return TIMING_ABBREVIATIONS[code];
  const hasRate = getObjects(dosage, 'doseAndRate').some((d) =>
    Object.keys(d).some((k) => k.startsWith('rate')),
  );
  if (hasRate && repeat?.frequency === undefined) return 'continuous';
  return getString(dosage, 'text');
}

function formatRepeat(repeat: JsonObject): string | undefined {
  const period = repeat.period;
  const unit = getString(repeat, 'periodUnit');
  const frequency = typeof repeat.frequency === 'number' ? repeat.frequency : 1;
  if (typeof period !== 'number' || unit === undefined) return undefined;
  const unitHours = UNIT_HOURS[unit];
  if (unitHours === undefined || period <= 0) return undefined;
  const hours = (period * unitHours) / frequency;
  if (unit === 'wk' || (hours >= 168 && hours % 168 === 0)) {
    const weeks = hours / 168;
    if (Number.isInteger(weeks)) return weeks === 1 ? 'weekly' : `every ${weeks} weeks`;
  }
  if (unit === 'mo' && frequency === 1) return period === 1 ? 'monthly' : `every ${period} months`;
  if (Number.isInteger(hours) && hours >= 1) return `q${hours}h`;
  return `${frequency} times every ${period} ${unit}`;
}
