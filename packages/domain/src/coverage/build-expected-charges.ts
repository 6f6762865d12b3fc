import type {
  BenefitRouting,
  CodeRef,
  ComponentDecision,
  TherapyComponent,
} from './benefit-routing.types.ts';
import { THERAPY_COMPONENTS } from './benefit-routing.types.ts';
import { countBillingUnits } from './dose-units.ts';
import { findDrugById } from './drug-catalog.ts';
import type {
  ChargeWarning,
  ExpectedChargeLine,
  ExpectedCharges,
  TherapyPlan,
} from './expected-charges.types.ts';
import { findRate, type FeeSchedule } from './fee-schedule.ts';
import { addDays, monthOf } from './iso-date.ts';
import { HIT_INITIAL_VISIT_GAP_DAYS, NURSING_BASE_VISIT_HOURS } from './medicare-codes.ts';
import { selectPerDiemBasis } from './select-per-diem-code.ts';
import { findServiceType } from './service-types.ts';
import { buildTherapyCalendar, type TherapyCalendar } from './therapy-calendar.ts';

interface UnitEvent {
  date: string;
  units: number;
}

const DAYS_PER_RENTAL_MONTH = 30;
const DAYS_PER_SUPPLY_WEEK = 7;

function every(days: readonly string[], stepDays: number): string[] {
  return days.filter((_, index) => index % stepDays === 0);
}

/** Visit days that are also dosing days: the HIT "infusion drug administration calendar days". */
function hitVisitDays(calendar: TherapyCalendar): string[] {
  const doseDays = new Set(calendar.doseDays);
  return calendar.visits.map((visit) => visit.date).filter((date) => doseDays.has(date));
}

function eventsFor(
  ref: CodeRef,
  plan: TherapyPlan,
  calendar: TherapyCalendar,
  drugUnitsPerDose: number,
): UnitEvent[] {
  const perDoseDay = (units: number) =>
    calendar.doseDays.map((date) => ({ date, units: units * calendar.dosesPerDoseDay }));
  const once = (dates: readonly string[]) => dates.map((date) => ({ date, units: 1 }));
  const initialBillable = plan.hitBilledWithin60Days !== true;
  switch (ref.role) {
    case 'drug-per-dose':
      return perDoseDay(drugUnitsPerDose);
    case 'supply-per-bag':
      return perDoseDay(plan.bagsPerDose ?? 1);
    case 'per-diem':
      return once(
        selectPerDiemBasis(calendar.frequency) === 'per-dosing-day'
          ? calendar.doseDays
          : calendar.therapyDays,
      );
    case 'pn-solution-per-day':
    case 'supply-per-day':
      return once(calendar.therapyDays);
    case 'pump-rental-month':
      return once(every(calendar.therapyDays, DAYS_PER_RENTAL_MONTH));
    case 'supply-per-week':
      return once(every(calendar.therapyDays, DAYS_PER_SUPPLY_WEEK));
    case 'visit':
      return once(calendar.visits.map((visit) => visit.date));
    case 'visit-additional-hour':
      return calendar.visits
        .map((visit) => ({
          date: visit.date,
          units: Math.max(0, Math.ceil(visit.hours - NURSING_BASE_VISIT_HOURS - 1e-9)),
        }))
        .filter((event) => event.units > 0);
    case 'hit-initial-visit':
      return initialBillable ? once(hitVisitDays(calendar).slice(0, 1)) : [];
    case 'hit-subsequent-visit':
      return once(hitVisitDays(calendar).slice(initialBillable ? 1 : 0));
  }
}

function drugUnitsPerDose(
  routing: BenefitRouting,
  ref: CodeRef,
  plan: TherapyPlan,
  warnings: ChargeWarning[],
): number {
  const per = findDrugById(routing.drugId)?.hcpcs;
  if (per?.code !== ref.code) return 1;
  const units = countBillingUnits(plan.dose, per.per);
  if (units !== undefined) return units;
  warnings.push({
    kind: 'dose-unit-mismatch',
    code: ref.code,
    doseUnit: plan.dose.unit,
    codeUnit: per.per.unit,
  });
  return 0;
}

function linesFor(
  decision: ComponentDecision,
  plan: TherapyPlan,
  calendar: TherapyCalendar,
  routing: BenefitRouting,
  schedule: FeeSchedule,
  warnings: ChargeWarning[],
): ExpectedChargeLine[] {
  const lines: ExpectedChargeLine[] = [];
  for (const ref of decision.codes) {
    const unitsPerDose =
      ref.role === 'drug-per-dose' ? drugUnitsPerDose(routing, ref, plan, warnings) : 1;
    const byMonth = new Map<string, UnitEvent[]>();
    for (const event of eventsFor(ref, plan, calendar, unitsPerDose)) {
      if (event.units <= 0) continue;
      const month = monthOf(event.date);
      byMonth.set(month, [...(byMonth.get(month) ?? []), event]);
    }
    const rate = findRate(schedule, ref.code, decision.benefit);
    if (rate === undefined && byMonth.size > 0) warnings.push({ kind: 'no-rate', code: ref.code });
    for (const [month, events] of byMonth) {
      const units = events.reduce((sum, event) => sum + event.units, 0);
      const first = events[0]?.date ?? plan.startDate;
      const last = events[events.length - 1]?.date ?? first;
      lines.push({
        id: `${month}:${ref.code}`,
        month,
        fromDate: first,
        toDate: last,
        component: decision.component,
        code: ref.code,
        ...(ref.modifier === undefined ? {} : { modifier: ref.modifier }),
        role: ref.role,
        benefit: decision.benefit,
        destination: decision.destination,
        serviceType: findServiceType(decision.component, decision.benefit),
        units,
        allowedCents: (rate?.allowedCents ?? 0) * units,
        selfPayCents: (rate?.selfPayCents ?? 0) * units,
        isPriced: rate !== undefined,
      });
    }
  }
  return lines;
}

const COMPONENT_ORDER: Readonly<Record<TherapyComponent, number>> = Object.fromEntries(
  THERAPY_COMPONENTS.map((component, index) => [component, index]),
) as Record<TherapyComponent, number>;

/** Lines in date order, then drug, per diem, nursing, pump, supplies, then code. */
export function compareChargeLines(a: ExpectedChargeLine, b: ExpectedChargeLine): number {
  if (a.fromDate !== b.fromDate) return a.fromDate < b.fromDate ? -1 : 1;
  const byComponent = COMPONENT_ORDER[a.component] - COMPONENT_ORDER[b.component];
  if (byComponent !== 0) return byComponent;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * The charges a therapy plan is expected to produce, one line per code per calendar month: drug
 * units per dose × doses, per diem days, nursing visits (99601 + 99602 hours beyond two), HIT
 * visit days (initial code first), pump rental months, supplies per bag, week or day. Each line
 * carries its component, benefit, claim destination and the service type whose cost sharing
 * applies. Components that are bundled or not needed produce no line.
 */
export function buildExpectedCharges(
  plan: TherapyPlan,
  schedule: FeeSchedule,
  routing: BenefitRouting,
): ExpectedCharges {
  const calendar = buildTherapyCalendar(plan);
  const warnings: ChargeWarning[] = [];
  const lines = THERAPY_COMPONENTS.flatMap((component) =>
    linesFor(routing.decisions[component], plan, calendar, routing, schedule, warnings),
  );
  const decisions = routing.decisions;
  if (decisions.drug.codes.length === 0 && decisions.drug.benefit !== 'bundled') {
    warnings.push({ kind: 'no-drug-code', drug: routing.drugName });
  }
  return {
    lines: lines.sort(compareChargeLines),
    feeScheduleId: schedule.id,
    isDemoPricing: schedule.isDemo,
    warnings,
  };
}

/**
 * The first date an initial-visit G-code may be billed again after the last HIT G-code: more than
 * 60 days must pass (DOMAIN.md §1.1: billable again on day 61).
 */
export function nextHitInitialVisitDate(lastHitDate: string): string {
  return addDays(lastHitDate, HIT_INITIAL_VISIT_GAP_DAYS + 1);
}
