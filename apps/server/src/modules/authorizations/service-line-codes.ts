// How the coverage module's charge lines become authorization lines: which service line a therapy
// component is, what a code's units count, and the words used for its frequency and description.
// Data, so a payer that counts differently is a row, not an if.
import type { ChargeRole, TherapyComponent } from '@infusio/domain/coverage';
import type { ServiceLine, UnitType } from './authorization-vocabulary.ts';

export const SERVICE_LINE_OF_COMPONENT: Readonly<Record<TherapyComponent, ServiceLine>> = {
  drug: 'drug',
  'per-diem': 'per-diem',
  'professional-services': 'nursing',
  pump: 'pump-rental',
  supplies: 'supplies',
};

interface RoleRow {
  unitType: UnitType;
  /** English description stored on the request (the payer reads it; staff may edit it). */
  description: string;
  frequency: string | null;
}

/**
 * Units as the charge builder counts them (coverage/build-expected-charges.ts): drug billing units
 * per dose, per diem days, visits, extra visit hours, rental months, supply units.
 */
export const ROLE_UNITS: Readonly<Record<ChargeRole, RoleRow>> = {
  'drug-per-dose': { unitType: 'units', description: 'Drug, HCPCS billing units', frequency: null },
  'pump-rental-month': {
    unitType: 'months',
    description: 'Infusion pump rental',
    frequency: 'monthly rental',
  },
  'supply-per-bag': {
    unitType: 'units',
    description: 'Infusion supplies per bag or cassette',
    frequency: 'each dose',
  },
  'supply-per-week': { unitType: 'units', description: 'Infusion supplies', frequency: 'weekly' },
  'supply-per-day': { unitType: 'days', description: 'Infusion supplies', frequency: 'daily' },
  'hit-initial-visit': {
    unitType: 'visits',
    description: 'Home infusion therapy services, initial visit',
    frequency: 'first visit day',
  },
  'hit-subsequent-visit': {
    unitType: 'visits',
    description: 'Home infusion therapy services, visit days',
    frequency: null,
  },
  visit: { unitType: 'visits', description: 'Nursing visit (first 2 hours)', frequency: null },
  'visit-additional-hour': {
    unitType: 'units',
    description: 'Nursing visit, each additional hour',
    frequency: null,
  },
  'per-diem': { unitType: 'days', description: 'Per diem', frequency: null },
  'pn-solution-per-day': {
    unitType: 'days',
    description: 'Parenteral nutrition solution',
    frequency: 'daily',
  },
};
