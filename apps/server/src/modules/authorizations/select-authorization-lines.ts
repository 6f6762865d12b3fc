// Which lines of the therapy plan need a prior authorization, and what to ask for: one request per
// billed code (drug, per diem, nursing, pump, supplies) over the therapy period, with the units the
// coverage module's charge builder counts. A line needs authorization when the 271 says so for its
// service type (EB11 = Y) or the directory plan lists the therapy; a 271 "N" or a plan that does not
// list it means not needed; with neither (plan not in the directory) every billed line is proposed.
import type { BenefitRouting, ExpectedChargeLine } from '@infusio/domain/coverage';
import type { TherapyType } from '@infusio/domain/intake';
import type { ServiceLine, UnitType } from './authorization-vocabulary.ts';
import { ROLE_UNITS, SERVICE_LINE_OF_COMPONENT } from './service-line-codes.ts';

export type NeedReason =
  | { kind: 'eligibility-requires'; serviceType: string }
  | { kind: 'eligibility-not-required'; serviceType: string }
  | { kind: 'plan-lists-therapy'; therapy: TherapyType }
  | { kind: 'plan-does-not-list-therapy'; therapy: TherapyType }
  | { kind: 'plan-unknown' };

export interface ProposedLine {
  serviceLine: ServiceLine;
  procedureCode: string;
  modifier: string | null;
  description: string;
  unitsRequested: number;
  unitType: UnitType;
  frequency: string | null;
  startDate: string;
  endDate: string;
  /** X12 service type whose benefits apply (from the charge line). */
  serviceType: string | null;
  needsAuthorization: boolean;
  reason: NeedReason;
}

export interface SelectLinesInput {
  routing: BenefitRouting;
  lines: readonly ExpectedChargeLine[];
  /** The directory plan's prior-authorization therapies; null when the coverage has no directory plan. */
  planPriorAuthTherapies: readonly string[] | null;
  /** EB11 per service type from the latest 271 (true Y, false N, absent = not said); null = no 271. */
  eligibilityAuthRequired: ReadonlyMap<string, boolean> | null;
  therapyPeriod: { start: string; end: string };
  frequencies: { drug: string; nursing: string };
}

/** Billed to a payer at all: not-covered and self-pay lines go to the patient, nothing to authorize. */
function isBilledToPayer(line: ExpectedChargeLine): boolean {
  return line.destination !== 'patient' && line.destination !== 'none';
}

function needOf(input: SelectLinesInput, serviceType: string | null): NeedReason {
  const therapy = input.routing.therapy;
  const said = serviceType === null ? undefined : input.eligibilityAuthRequired?.get(serviceType);
  const listed = input.planPriorAuthTherapies?.includes(therapy);
  if (said === true && serviceType !== null) return { kind: 'eligibility-requires', serviceType };
  if (listed === true) return { kind: 'plan-lists-therapy', therapy };
  if (said === false && serviceType !== null)
    return { kind: 'eligibility-not-required', serviceType };
  if (listed === false) return { kind: 'plan-does-not-list-therapy', therapy };
  return { kind: 'plan-unknown' };
}

const NEEDS: ReadonlySet<NeedReason['kind']> = new Set([
  'eligibility-requires',
  'plan-lists-therapy',
  'plan-unknown',
]);

function frequencyOf(line: ExpectedChargeLine, input: SelectLinesInput): string | null {
  const fixed = ROLE_UNITS[line.role].frequency;
  if (fixed !== null) return fixed;
  if (line.component === 'drug') return input.frequencies.drug;
  if (line.component === 'per-diem') return null;
  return input.frequencies.nursing;
}

function daysInPeriod(period: { start: string; end: string }): number {
  return Math.round((Date.parse(period.end) - Date.parse(period.start)) / 86_400_000) + 1;
}

/** One proposed request per billed code, in the charge builder's order (drug, per diem, nursing, ...). */
export function selectAuthorizationLines(input: SelectLinesInput): ProposedLine[] {
  const byCode = new Map<string, ProposedLine>();
  for (const line of input.lines) {
    if (!isBilledToPayer(line)) continue;
    const key = `${line.component}|${line.code}|${line.modifier ?? ''}`;
    const existing = byCode.get(key);
    if (existing) {
      existing.unitsRequested += line.units;
      continue;
    }
    const role = ROLE_UNITS[line.role];
    const reason = needOf(input, line.serviceType);
    byCode.set(key, {
      serviceLine: SERVICE_LINE_OF_COMPONENT[line.component],
      procedureCode: line.code,
      modifier: line.modifier ?? null,
      description:
        line.component === 'drug' ? `${input.routing.drugName} (${line.code})` : role.description,
      unitsRequested: line.units,
      unitType: role.unitType,
      frequency: frequencyOf(line, input),
      startDate: input.therapyPeriod.start,
      endDate: input.therapyPeriod.end,
      serviceType: line.serviceType,
      needsAuthorization: NEEDS.has(reason.kind),
      reason,
    });
  }
  const periodDays = daysInPeriod(input.therapyPeriod);
  return [...byCode.values()]
    .filter((line) => line.unitsRequested > 0)
    .map((line) =>
      line.serviceLine === 'per-diem' && line.frequency === null
        ? {
            ...line,
            frequency:
              line.unitsRequested >= periodDays ? 'every day of therapy' : 'each dosing day',
          }
        : line,
    );
}
