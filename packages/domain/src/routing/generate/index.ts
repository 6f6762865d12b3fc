// Generated home-care days for benchmarks and tests: '@infusio/domain/routing/generate'.
export type { HomeCareDayOptions } from './home-care-day.ts';
export { DEFAULT_HOME_CARE_DAY, generateHomeCareDay } from './home-care-day.ts';
