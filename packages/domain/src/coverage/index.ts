// @infusio/domain/coverage — drug catalog, code tables, Medicare benefit routing, expected
// charges and the payer directory. Pure rules: no I/O.
export * from './rule-source.ts';
export { SOURCES } from './sources.ts';
export * from './plan-type.ts';
export * from './drug-catalog.ts';
export { normalizeDrugName } from './drug-name.ts';
export * from './dosing-frequency.ts';
export * from './medicare-codes.ts';
export * from './per-diem-codes.ts';
export * from './select-per-diem-code.ts';
export * from './diagnosis-groups.ts';
export * from './administration-methods.ts';
export type * from './benefit-routing.types.ts';
export { THERAPY_COMPONENTS } from './benefit-routing.types.ts';
export { ROUTING_RULES } from './benefit-routing.rules.ts';
export { routeBenefits } from './route-benefits.ts';
export { ROUTING_MESSAGES_EN, renderExplanationEn } from './routing-messages.ts';
export * from './service-types.ts';
export * from './fee-schedule.ts';
export { DEMO_FEE_SCHEDULE } from './fee-schedule.demo.ts';
export type * from './expected-charges.types.ts';
export {
  buildExpectedCharges,
  compareChargeLines,
  nextHitInitialVisitDate,
} from './build-expected-charges.ts';
export { buildTherapyCalendar, type TherapyCalendar, type NurseVisit } from './therapy-calendar.ts';
export { countBillingUnits } from './dose-units.ts';
export { addDays, daysBetween, monthOf } from './iso-date.ts';
export * from './payer-directory/index.ts';
